// The engine half of the AveragePooling2D and Dropout kinds (see layer-runtime.ts for the rest).
import { paddingBefore } from '../shared/layers';
import { sizeOf } from '../shared/plan';
import type { Factory } from './layer-runtime';
import { drawThreshold } from './random';

export const avgPool2d: Factory = (k, layer) => {
  if (layer.spec.kind !== 'avgPool2d') throw new Error('avgPool2d runtime for a non-pool layer');
  const [h, w, c] = layer.inputShape;
  const [oh, ow] = layer.outputShape;
  const [ph, pw] = layer.spec.poolSize;
  const [sh, sw] = layer.spec.strides ?? layer.spec.poolSize;
  const padding = layer.spec.padding ?? 'valid';
  const padTop = paddingBefore(h, ph, sh, oh, padding);
  const padLeft = paddingBefore(w, pw, sw, ow, padding);
  return {
    ownsOutput: true,
    winnersPerImage: 0,
    relu: false,
    scratchFloats: 0,
    // x (n,h,w,c) y (n,oh,ow,c)
    forward: (x, y, n) => k.avgPool2dForward(x, y, n, h, w, c, ph, pw, sh, sw, padTop, padLeft, oh, ow),
    // the ReLU backward of the layer below is left to the caller (returns false)
    backward: (_x, dy, dx, n) => {
      if (dx) k.avgPool2dBackward(dy, dx, n, h, w, c, ph, pw, sh, sw, padTop, padLeft, oh, ow);
      return false;
    },
  };
};

/** 0x9e3779b9 (the golden ratio in 32 bits) spreads layer indices over seeds: each dropout layer draws its own stream. */
const LAYER_SEED_STEP = 0x9e3779b9;

export const dropout: Factory = (k, layer, b) => {
  if (layer.spec.kind !== 'dropout') throw new Error('dropout runtime for a non-dropout layer');
  const size = sizeOf(layer.outputShape);
  const rate = layer.spec.rate;
  const threshold = drawThreshold(rate);
  const scale = 1 / (1 - rate);
  const layerSalt = Math.imul(layer.index + 1, LAYER_SEED_STEP);
  return {
    ownsOutput: true,
    winnersPerImage: size, // the f32 mask of the last training step
    relu: false,
    stochastic: true,
    scratchFloats: 0,
    // x (n, size) y (n, size) mask (n, size); this lane's images start at step.first in the batch
    forward: (x, y, n, step) => {
      if (!step?.training) k.dropoutInference(x, y, n * size);
      else k.dropoutForward(x, y, b.winners, n * size, (step.seed ^ layerSalt) >>> 0, step.first * size, threshold, scale);
    },
    backward: (_x, dy, dx, n) => {
      if (dx) k.dropoutBackward(dy, b.winners, dx, n * size);
      return false;
    },
  };
};
