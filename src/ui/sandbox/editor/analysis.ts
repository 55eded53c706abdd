// What the editor shows live for a draft (pure): each layer's output shape, parameters, FLOPs and
// activation memory per image, as far as the layers can be worked out (up to the first layer
// whose options or input break a rule), the first rule the network breaks (the spec's rules and
// the sandbox's caps, as a SpecError naming the layer), and, once valid, the totals and the memory
// training takes at the chosen batch size. Never throws, whatever its layers hold.
import { modelCost } from '../../../shared/cost';
import { layerDefinition, type Shape } from '../../../shared/layers';
import { planModel, sizeOf, type LayerPlan, type ModelPlan } from '../../../shared/plan';
import { checkSandboxSpec } from '../../../shared/sandbox-rules';
import type { ModelSpec } from '../../../shared/spec';
import { SpecError } from '../../../shared/spec-error';

export interface LayerRow {
  index: number;
  /** Keras class (Conv2D, MaxPooling2D, …); null for an unknown kind. */
  kerasClass: string | null;
  /** Without the batch axis; null from the first layer that cannot be worked out. */
  outputShape: Shape | null;
  params: number | null;
  /** FLOPs of one image's forward pass (2 per multiply-add). */
  flops: number | null;
  /** Bytes of this layer's output (and saved winners/masks) for one image. */
  activationBytes: number | null;
}

export interface ModelTotals {
  params: number;
  /** Per image: forward, and forward + backward. */
  inferFlops: number;
  trainFlops: number;
  /** Per image, every layer. */
  activationBytes: number;
  /** Everything the engine lays out to train at the batch size and threads asked for. */
  trainingBytes: number;
}

export interface Analysis {
  rows: LayerRow[];
  /** The first rule broken (error.layerIndex: the layer, or −1 for the network as a whole), or null. */
  problem: SpecError | null;
  /** The plan and totals, when the network is valid. */
  plan: ModelPlan | null;
  totals: ModelTotals | null;
}

export interface MemorySettings {
  batchSize: number;
  threads: number;
}

/** The layers whose shapes follow from the ones before them (stops at the first that does not). */
function plannablePrefix(spec: ModelSpec): LayerPlan[] {
  const layers: LayerPlan[] = [];
  let shape: Shape = [...spec.input];
  for (const [index, layer] of spec.layers.entries()) {
    const definition = layerDefinition((layer as { kind?: unknown } | null)?.kind as string);
    if (!definition || definition.checkOptions(layer)) break;
    const output = definition.outputShape(layer, shape);
    if (!Array.isArray(output)) break;
    const params = definition.params(layer, shape);
    const paramCount = params.reduce((sum, p) => sum + sizeOf(p.shape), 0);
    layers.push({ index, name: '', spec: layer, kerasClass: definition.kerasClass, inputShape: shape, outputShape: output, params, paramCount });
    shape = output;
  }
  return layers;
}

function firstProblem(spec: ModelSpec, settings: MemorySettings): SpecError | null {
  try {
    return checkSandboxSpec(spec, settings);
  } catch (error) {
    // Not a rule but a bug: still a message at the network, never a crash of the screen.
    return new SpecError('spec.shape', {}, -1, String((error as Error)?.message ?? error));
  }
}

export function analyseSpec(spec: ModelSpec, settings: MemorySettings): Analysis {
  const problem = firstProblem(spec, settings);
  let prefix: LayerPlan[] = [];
  try {
    prefix = plannablePrefix(spec);
  } catch {
    prefix = []; // a layer too broken to read: no shapes, the problem says why
  }
  const activationsPerImage = prefix.reduce((sum, l) => sum + sizeOf(l.outputShape), 0);
  const partial: ModelPlan = { spec, layers: prefix, totalParams: prefix.reduce((sum, l) => sum + l.paramCount, 0), activationsPerImage };
  const cost = modelCost(partial, settings.batchSize, settings.threads);
  const rows: LayerRow[] = spec.layers.map((layer, index) => {
    const planned = prefix[index];
    const layerCost = cost.layers[index];
    return {
      index,
      kerasClass: planned?.kerasClass ?? layerDefinition((layer as { kind?: unknown } | null)?.kind as string)?.kerasClass ?? null,
      outputShape: planned?.outputShape ?? null,
      params: planned?.paramCount ?? null,
      flops: layerCost ? 2 * layerCost.forwardMacs : null,
      activationBytes: layerCost?.activationBytesPerImage ?? null,
    };
  });
  if (problem) return { rows, problem, plan: null, totals: null };
  const plan = planModel(spec);
  const full = modelCost(plan, settings.batchSize, settings.threads);
  return {
    rows,
    problem: null,
    plan,
    totals: {
      params: plan.totalParams,
      inferFlops: full.flops.infer,
      trainFlops: full.flops.train,
      activationBytes: full.layers.reduce((sum, l) => sum + l.activationBytesPerImage, 0),
      trainingBytes: full.memory.totalBytes,
    },
  };
}
