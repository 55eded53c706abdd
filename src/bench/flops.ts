// Floating-point work per image of a ModelSpec, counting 2 FLOPs per multiply-add and only the
// multiply-add products (conv and dense): bias, ReLU, pooling, softmax and Adam are O(outputs)
// or O(params) and left out, so achieved GFLOP/s slightly UNDER-states the work done.
//   conv forward          2·OH·OW·K·KH·KW·C
//   conv backward-input   the same (dx = dy ⊛ wᵀ), skipped for layer 0: the image needs no dx
//   conv backward-filter  the same (dw = Σ x-patch ⊗ dy)
//   dense                 2·I·O forward, backward-input (not for layer 0), backward-weights
// Training = forward + backward, as the engine runs it (src/engine/network.ts, backward()).
import { planModel, sizeOf } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';

export interface FlopCount {
  /** One forward pass of one image. */
  infer: number;
  /** One forward + backward pass of one image (the optimiser step is not counted). */
  train: number;
}

export function flopsPerImage(spec: ModelSpec): FlopCount {
  let infer = 0;
  let train = 0;
  for (const layer of planModel(spec).layers) {
    const s = layer.spec;
    let forward = 0;
    if (s.kind === 'conv2d') {
      const [oh, ow, k] = layer.outputShape;
      const c = layer.inputShape[2];
      forward = 2 * oh * ow * k * s.kernelSize[0] * s.kernelSize[1] * c;
    } else if (s.kind === 'dense') {
      forward = 2 * sizeOf(layer.inputShape) * s.units;
    }
    const backwardInput = layer.index === 0 ? 0 : forward;
    const backwardWeights = forward;
    infer += forward;
    train += forward + backwardInput + backwardWeights;
  }
  return { infer, train };
}
