// Floating-point work per image of a ModelSpec, counting 2 FLOPs per multiply-add and only the
// multiply-add products (conv and dense): bias, ReLU, pooling, softmax and Adam are O(outputs)
// or O(params) and left out, so achieved GFLOP/s slightly UNDER-states the work done.
//   conv forward          2·OH·OW·K·KH·KW·C
//   conv backward-input   the same (dx = dy ⊛ wᵀ), skipped for layer 0: the image needs no dx
//   conv backward-filter  the same (dw = Σ x-patch ⊗ dy)
//   dense                 2·I·O forward, backward-input (not for layer 0), backward-weights
// Training = forward + backward, as the engine runs it (src/engine/network.ts, backward()).
import { byLayerKind, planModel, sizeOf, type LayerKindMap } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';

export interface FlopCount {
  /** One forward pass of one image. */
  infer: number;
  /** One forward + backward pass of one image (the optimiser step is not counted). */
  train: number;
}

/** FLOPs of one layer's forward pass for one image (multiply-adds × 2; 0 for layers without). */
const FORWARD_FLOPS: LayerKindMap<number> = {
  conv2d: (layer) => {
    const [oh, ow, k] = layer.outputShape;
    return 2 * oh * ow * k * layer.spec.kernelSize[0] * layer.spec.kernelSize[1] * layer.inputShape[2];
  },
  maxPool2d: () => 0,
  channelMaxPool: () => 0,
  flatten: () => 0,
  dense: (layer) => 2 * sizeOf(layer.inputShape) * layer.spec.units,
};

export function flopsPerImage(spec: ModelSpec): FlopCount {
  let infer = 0;
  let train = 0;
  for (const layer of planModel(spec).layers) {
    const forward = byLayerKind(FORWARD_FLOPS, layer);
    const backwardInput = layer.index === 0 ? 0 : forward;
    const backwardWeights = forward;
    infer += forward;
    train += forward + backwardInput + backwardWeights;
  }
  return { infer, train };
}
