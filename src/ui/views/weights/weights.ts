// Weights as Keras shows them (pure): indexing a conv kernel (KH, KW, C, K), cutting one layer out
// of a saved flat parameter vector, checking typed numbers, printing like numpy.
import { paramSlices } from '../../../shared/param-slices';
import type { ModelPlan } from '../../../shared/plan';
import type { WeightTensor } from '../../../shared/training-types';

/** Flat index of kernel[ky][kx][c][k] in a (KH, KW, C, K) array. */
export function kernelIndex(shape: readonly number[], ky: number, kx: number, c: number, k: number): number {
  const [, kw, channels, filters] = shape;
  return ((ky * kw + kx) * channels + c) * filters + k;
}

/** Filter `k`'s weights on input channel `c`, as a KH × KW row-major array. */
export function filterKernel(values: ArrayLike<number>, shape: readonly number[], k: number, c = 0): number[] {
  const [kh, kw] = shape;
  const out: number[] = [];
  for (let ky = 0; ky < kh; ky++) for (let kx = 0; kx < kw; kx++) out.push(values[kernelIndex(shape, ky, kx, c, k)]);
  return out;
}

/** One weight tensor as get_weights gives it. */
export type LayerWeights = WeightTensor;

/** Layer `layer`'s weights out of a whole-model parameter vector (layers in order, kernel then bias). */
export function layerWeightsFromFlat(plan: ModelPlan, flat: Float32Array, layer: number): LayerWeights[] {
  if (flat.length !== plan.totalParams) throw new RangeError(`the saved weights hold ${flat.length} numbers, the model needs ${plan.totalParams}`);
  return paramSlices(plan)
    .filter((s) => s.layer === layer)
    .map((s) => ({ role: s.role, shape: [...s.shape], values: flat.slice(s.offset, s.offset + s.count) }));
}

/** Largest weight a learner may type (keeps the network's numbers finite and readable). */
export const WEIGHT_LIMIT = 100;

export type ParsedWeight = { ok: true; value: number } | { ok: false; reason: 'empty' | 'notNumber' | 'outOfRange' };

/** A typed weight: decimal point or comma, optional exponent; |value| ≤ WEIGHT_LIMIT. */
export function parseWeight(text: string): ParsedWeight {
  const trimmed = text.trim().replace(/^[−–]/, '-').replace(/^＋/, '+');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const normalised = /^[+-]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return { ok: false, reason: 'notNumber' };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  if (Math.abs(value) > WEIGHT_LIMIT) return { ok: false, reason: 'outOfRange' };
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A short number for inputs and tables: up to `digits` decimals, no trailing zeros. */
export function shortNumber(value: number, digits = 4): string {
  if (value === 0) return '0';
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/**
 * numpy's repr of an array of `shape` with `digits` decimals, e.g. shape (1, 3, 1, 2):
 * array([[[[ 0.1, -0.2]],\n\n        [[ …]]]], dtype=float32)
 */
export function formatNumpy(values: ArrayLike<number>, shape: readonly number[], digits = 3): string {
  const cells = Array.from(values, (v) => v.toFixed(digits));
  const width = Math.max(...cells.map((c) => c.length), 1);
  const padded = cells.map((c) => c.padStart(width));
  const indent = 'array('.length;
  let index = 0;
  const render = (axis: number): string => {
    if (axis === shape.length) return padded[index++];
    const parts: string[] = [];
    for (let i = 0; i < shape[axis]; i++) parts.push(render(axis + 1));
    const depth = shape.length - axis - 1;
    const separator = depth === 0 ? ', ' : ',' + '\n'.repeat(depth) + ' '.repeat(indent + axis + 1);
    return `[${parts.join(separator)}]`;
  };
  return `array(${shape.length === 0 ? padded[0] : render(0)}, dtype=float32)`;
}
