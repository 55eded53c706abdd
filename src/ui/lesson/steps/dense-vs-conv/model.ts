// "Why not dense?", the plain logic: the weight counts (from the shared plan, so they are Keras'
// numbers), the 1×3 window's path over the 28×28 image as a pure function of position or time,
// and the check.
import { planModel, sizeOf } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import type { ModelSpec } from '../../../../shared/spec';

/** Logistic regression on the raw pixels: the dense layer this step compares against. */
const DENSE_SPEC: ModelSpec = { name: 'dense', input: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] };

export interface WeightCounts {
  inputs: number;
  units: number;
  denseWeights: number;
  denseBiases: number;
  filters: number;
  kernel: [number, number];
  convWeights: number;
  convBiases: number;
  /** Output of the conv layer: [h, w, filters] (the window's positions per filter = h × w). */
  convOutput: number[];
}

export function weightCounts(): WeightCounts {
  const dense = planModel(DENSE_SPEC).layers[1];
  const conv = planModel(preset('seed-a')!).layers[0];
  const size = (layer: typeof dense, role: 'kernel' | 'bias') => sizeOf(layer.params.find((p) => p.role === role)!.shape);
  const kernelShape = conv.params.find((p) => p.role === 'kernel')!.shape; // (kh, kw, in, out)
  return {
    inputs: sizeOf(dense.inputShape),
    units: dense.outputShape[0],
    denseWeights: size(dense, 'kernel'),
    denseBiases: size(dense, 'bias'),
    filters: kernelShape[3],
    kernel: [kernelShape[0], kernelShape[1]],
    convWeights: size(conv, 'kernel'),
    convBiases: size(conv, 'bias'),
    convOutput: conv.outputShape,
  };
}

/** Where the window is at position `index` (row-major over the output grid `outWidth` wide). */
export function windowAt(index: number, outWidth: number): { row: number; col: number } {
  return { row: Math.floor(index / outWidth), col: index % outWidth };
}

/** Positions per second when playing: one image row per second. */
export const POSITIONS_PER_SECOND = 26;

/** The position shown `ms` after the start, looping over `count` positions. */
export function positionAtTime(ms: number, count: number, perSecond = POSITIONS_PER_SECOND): number {
  return Math.floor((Math.max(0, ms) * perSecond) / 1000) % count;
}

/** A fixed pseudo-random hue per pixel: the dense layer's "own weight for every pixel". */
export function pixelWeightHue(pixel: number): number {
  let x = (pixel + 1) * 0x9e3779b1;
  x = Math.imul(x ^ (x >>> 15), 0x85ebca6b);
  x ^= x >>> 13;
  return ((x >>> 0) % 360 + 360) % 360;
}

export const WEIGHT_SHARING_POINTS = { each: 5, completion: 10 } as const;

export interface CountsCheck {
  dense: boolean;
  conv: boolean;
}

export function checkCounts(denseGuess: number, convGuess: number, counts: WeightCounts): CountsCheck {
  return { dense: denseGuess === counts.denseWeights, conv: convGuess === counts.convWeights };
}
