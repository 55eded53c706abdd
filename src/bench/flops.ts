// Floating-point work per image of a ModelSpec, counting 2 FLOPs per multiply-add and only the
// multiply-add products (conv and dense): bias, ReLU, pooling, softmax and Adam are O(outputs)
// or O(params) and left out, so achieved GFLOP/s slightly UNDER-states the work done.
//   conv forward          2·OH·OW·K·(taps inside the input)·C
//   conv backward-input   the same pairs (output pixel, tap) (dx = dy ⊛ wᵀ), skipped for layer 0
//   conv backward-filter  the same pairs (dw = Σ x-patch ⊗ dy)
//   dense                 2·I·O forward, backward-input (not for layer 0), backward-weights
// Training = forward + backward, as the engine runs it (src/engine/network.ts, backward()).
// Two countings: 'done' counts only the taps that land inside the input — the multiply-adds
// FilterFit's kernels do, since they skip the zero padding of 'same' convs — and 'nominal' every
// KH·KW tap of every output (what a kernel convolving an explicitly padded input does, e.g.
// tfjs-wasm/XNNPACK). They differ only for 'same' convs: 28×28, 3×3 'same' does 95.3 % of nominal.
import { paddingBefore } from '../shared/layers';
import { byLayerKind, planModel, sizeOf, type LayerKindMap } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';

export type FlopCounting = 'done' | 'nominal';

export interface FlopCount {
  /** One forward pass of one image. */
  infer: number;
  /** One forward + backward pass of one image (the optimiser step is not counted). */
  train: number;
}

/** Σ over output positions of the taps that land inside an input of `size` (one axis). */
export function tapsInside(size: number, taps: number, stride: number, pad: number, out: number): number {
  let total = 0;
  for (let o = 0; o < out; o++) total += Math.max(0, Math.min(taps, size - o * stride + pad) - Math.max(0, pad - o * stride));
  return total;
}

/** FLOPs of one layer's forward pass for one image (multiply-adds × 2; 0 for layers without). */
const FORWARD_FLOPS: LayerKindMap<number, [FlopCounting]> = {
  conv2d: (layer, counting) => {
    const [h, w, c] = layer.inputShape;
    const [oh, ow, k] = layer.outputShape;
    const [kh, kw] = layer.spec.kernelSize;
    const [sh, sw] = layer.spec.strides ?? [1, 1];
    const padding = layer.spec.padding ?? 'valid';
    const pairs = // (output pixel, tap) pairs
      counting === 'nominal'
        ? oh * kh * ow * kw
        : tapsInside(h, kh, sh, paddingBefore(h, kh, sh, oh, padding), oh) * tapsInside(w, kw, sw, paddingBefore(w, kw, sw, ow, padding), ow);
    return 2 * pairs * c * k;
  },
  maxPool2d: () => 0,
  channelMaxPool: () => 0,
  flatten: () => 0,
  dense: (layer) => 2 * sizeOf(layer.inputShape) * layer.spec.units,
};

export function flopsPerImage(spec: ModelSpec, counting: FlopCounting = 'done'): FlopCount {
  let infer = 0;
  let train = 0;
  for (const layer of planModel(spec).layers) {
    const forward = byLayerKind(FORWARD_FLOPS, layer, counting);
    const backwardInput = layer.index === 0 ? 0 : forward;
    const backwardWeights = forward;
    infer += forward;
    train += forward + backwardInput + backwardWeights;
  }
  return { infer, train };
}
