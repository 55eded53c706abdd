// The one parameter table: every weight tensor of a model as a named slice of ONE flat f32
// vector (after llm.c). Layers in order, kernel before bias. The engine's arena lays its
// parameters, gradients and Adam moments out by it; exportWeights/importWeights, saved lesson
// records and the kernel benchmark use the same order.
import type { ParamShape } from './layers';
import { sizeOf, type ModelPlan } from './plan';

export interface ParamSlice extends ParamShape {
  /** Index of the layer the tensor belongs to. */
  layer: number;
  /** Offset in floats from the start of the parameter vector. */
  offset: number;
  /** Floats in the tensor (the product of its shape). */
  count: number;
}

/** Every parameter tensor of `plan` with its place in the flat vector (length plan.totalParams). */
export function paramSlices(plan: ModelPlan): ParamSlice[] {
  let offset = 0;
  return plan.layers.flatMap((layer) =>
    layer.params.map((p) => {
      const slice: ParamSlice = { ...p, layer: layer.index, offset, count: sizeOf(p.shape) };
      offset += slice.count;
      return slice;
    }),
  );
}
