// Layer kind → kernel calls (forward and backward side by side), the engine half of the layer
// registry in src/shared/layers.ts. Shapes below are per batch of n images.
import { paddingBefore } from '../shared/layers';
import type { LayerPlan } from '../shared/plan';
import type { KernelExports, Ptr } from './kernels';
import { avgPool2d, dropout } from './layer-runtime-avgpool-dropout';

/**
 * Where a layer's parameters, gradients and max-winners (or dropout mask) live (0 = absent). A runtime reads these
 * when it runs, not when it is made: the network allocates `winners` after asking
 * `winnersPerImage`.
 */
export interface LayerBuffers {
  kernel: Ptr;
  bias: Ptr;
  dKernel: Ptr;
  dBias: Ptr;
  winners: Ptr;
  /** The layer's own output (n, …out) in this lane (0 for Flatten). */
  output: Ptr;
  /** The lane's scratch (at least the largest scratchFloats of its layers), shared by its layers. */
  scratch: Ptr;
}

/** What a forward pass knows beyond its images; only dropout reads it. */
export interface ForwardStep {
  /** True in a training step; evaluate, predict and activations run inference. */
  training: boolean;
  /** This training step's 32-bit mask seed, drawn from the model's generator (0 without dropout). */
  seed: number;
  /** Index of this lane's first image in the whole batch, so masks do not depend on the lane split. */
  first: number;
}

export interface LayerRuntime {
  /** False for layers whose output is their input re-read (Flatten): no buffer of their own. */
  ownsOutput: boolean;
  /** 32-bit words kept per image for the backward: max layers' i32 winners, dropout's f32 mask (0 otherwise). */
  winnersPerImage: number;
  /** Whether forward applies ReLU, so backward must mask dy with the output first. */
  relu: boolean;
  /** f32 of scratch its backward uses (the transposed weights of the input gradient). */
  scratchFloats: number;
  /** Draws from the step's mask seed (dropout): the trainer then draws one seed per step. */
  stochastic?: boolean;
  /** x (n, …in) → y (n, …out). Without `step`, inference. */
  forward(x: Ptr, y: Ptr, n: number, step?: ForwardStep): void;
  /**
   * dy (n, …out), already ReLU-masked → parameter gradients (written) and dx (written) unless
   * dx = 0. mask ≠ 0 is x itself, the output of a ReLU layer below: dx must get that layer's ReLU
   * backward (dx = x > 0 ? dx : 0). Returns whether it applied it (fused into its kernels); if not,
   * the caller does.
   */
  backward(x: Ptr, dy: Ptr, dx: Ptr, n: number, mask: Ptr): boolean;
}

export type Factory = (k: KernelExports, layer: LayerPlan, buffers: LayerBuffers) => LayerRuntime;

const conv2d: Factory = (k, layer, b) => {
  if (layer.spec.kind !== 'conv2d') throw new Error('conv2d runtime for a non-conv layer');
  const [h, w, c] = layer.inputShape;
  const [oh, ow, f] = layer.outputShape;
  const [kh, kw] = layer.spec.kernelSize;
  const [sh, sw] = layer.spec.strides ?? [1, 1];
  const padding = layer.spec.padding ?? 'valid';
  const padTop = paddingBefore(h, kh, sh, oh, padding);
  const padLeft = paddingBefore(w, kw, sw, ow, padding);
  const relu = layer.spec.activation === 'relu';
  // 3×3, stride 1, C and K ≥ 4: forward and input gradient as Winograd F(2×2, 3×3), the filter
  // gradient as F(3×3, 2×2) when C and K are multiples of 4 (assembly/ops/conv2d-winograd.ts)
  const winograd = k.winogradEligible(kh, kw, sh, sw, c, f) === 1;
  const winogradFilter = k.winogradFilterEligible(kh, kw, sh, sw, c, f) === 1; // and C, K multiples of 4
  return {
    ownsOutput: true,
    winnersPerImage: 0,
    relu,
    scratchFloats: winograd ? Math.max(k.winogradScratchFloats(c, f), k.winogradBackwardScratchFloats(c, f)) : kh * kw * c * f,
    // x (n,h,w,c) kernel (kh,kw,c,f) y (n,oh,ow,f)
    forward: winograd
      ? (x, y, n) => k.conv2dForwardWinograd(x, b.kernel, b.bias, y, b.scratch, n, h, w, c, f, padTop, padLeft, oh, ow, relu ? 1 : 0)
      : (x, y, n) => k.conv2dForward(x, b.kernel, b.bias, y, n, h, w, c, kh, kw, f, sh, sw, padTop, padLeft, oh, ow, relu ? 1 : 0),
    backward: (x, dy, dx, n, mask) => {
      if (winogradFilter) k.conv2dBackwardFilterWinograd(x, dy, b.dKernel, b.scratch, n, h, w, c, f, padTop, padLeft, oh, ow);
      else k.conv2dBackwardFilter(x, dy, b.dKernel, n, h, w, c, kh, kw, f, sh, sw, padTop, padLeft, oh, ow);
      if (b.dBias) k.biasBackward(dy, b.dBias, n * oh * ow, f);
      if (dx && winograd) k.conv2dBackwardInputWinograd(dy, b.kernel, b.scratch, dx, mask, n, h, w, c, f, padTop, padLeft, oh, ow);
      else if (dx) k.conv2dBackwardInput(dy, b.kernel, b.scratch, dx, mask, n, h, w, c, kh, kw, f, sh, sw, padTop, padLeft, oh, ow);
      return true;
    },
  };
};

const maxPool2d: Factory = (k, layer, b) => {
  if (layer.spec.kind !== 'maxPool2d') throw new Error('maxPool2d runtime for a non-pool layer');
  const [h, w, c] = layer.inputShape;
  const [oh, ow] = layer.outputShape;
  const [ph, pw] = layer.spec.poolSize;
  const [sh, sw] = layer.spec.strides ?? layer.spec.poolSize;
  const outSize = oh * ow * c;
  return {
    ownsOutput: true,
    winnersPerImage: outSize,
    relu: false,
    scratchFloats: 0,
    // x (n,h,w,c) y (n,oh,ow,c) winners (n,oh,ow,c); the ReLU mask below is y > 0 (y = x at the winner)
    forward: (x, y, n) => k.maxPool2dForward(x, y, b.winners, n, h, w, c, ph, pw, sh, sw, oh, ow),
    backward: (_x, dy, dx, n, mask) => {
      if (dx) k.maxPool2dBackward(dy, b.winners, mask ? b.output : 0, dx, n, h, w, c, ph, pw, sh, sw, oh, ow);
      return true;
    },
  };
};

const channelMaxPool: Factory = (k, layer, b) => {
  const [h, w, c] = layer.inputShape;
  const pixelsPerImage = h * w;
  return {
    ownsOutput: true,
    winnersPerImage: pixelsPerImage,
    relu: false,
    scratchFloats: 0,
    // x (n·h·w, c) y (n·h·w) winners (n·h·w); the ReLU mask below is y > 0 as for max-pool
    forward: (x, y, n) => k.channelMaxForward(x, y, b.winners, n * pixelsPerImage, c),
    backward: (_x, dy, dx, n, mask) => {
      if (dx) k.channelMaxBackward(dy, b.winners, mask ? b.output : 0, dx, n * pixelsPerImage, c);
      return true;
    },
  };
};

const flatten: Factory = () => ({
  ownsOutput: false,
  winnersPerImage: 0,
  relu: false,
  scratchFloats: 0,
  forward: () => {},
  backward: () => false,
});

const dense: Factory = (k, layer, b) => {
  if (layer.spec.kind !== 'dense') throw new Error('dense runtime for a non-dense layer');
  const inputs = layer.inputShape[0];
  const units = layer.spec.units;
  // softmax is not applied here: the loss kernel fuses it (training), softmaxForward (inference).
  const relu = layer.spec.activation === 'relu';
  return {
    ownsOutput: true,
    winnersPerImage: 0,
    relu,
    scratchFloats: inputs * units,
    // x (n,inputs) kernel (inputs,units) y (n,units)
    forward: (x, y, n) => k.denseForward(x, b.kernel, b.bias, y, n, inputs, units, relu ? 1 : 0),
    backward: (x, dy, dx, n, mask) => {
      k.denseBackwardWeights(x, dy, b.dKernel, n, inputs, units);
      if (b.dBias) k.biasBackward(dy, b.dBias, n, units);
      if (dx) k.denseBackwardInput(dy, b.kernel, b.scratch, dx, mask, n, inputs, units);
      return true;
    },
  };
};

const FACTORIES: Record<LayerPlan['spec']['kind'], Factory> = { conv2d, maxPool2d, avgPool2d, channelMaxPool, dropout, flatten, dense };

export function layerRuntime(k: KernelExports, layer: LayerPlan, buffers: LayerBuffers): LayerRuntime {
  return FACTORIES[layer.spec.kind](k, layer, buffers);
}
