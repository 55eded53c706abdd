// What a model costs, from its plan alone (pure; the sandbox shows it live as the learner types,
// the benchmark divides its timings by the FLOPs):
//   - per layer: output shape, parameters, multiply-adds per image, activation bytes per image;
//   - per model: the same totals, FLOPs (2 per multiply-add), and the bytes the engine lays out to
//     train at a batch size (src/engine/network.ts's arena, mirrored below and pinned by a test).
// Multiply-adds count only the products of conv and dense layers: bias, ReLU, pooling, dropout,
// softmax and Adam are O(outputs) or O(params), so achieved GFLOP/s slightly UNDER-states the work.
//   conv forward          OH·OW·K·KH·KW·C
//   conv backward-input   the same (dx = dy ⊛ wᵀ), skipped for layer 0: the image needs no dx
//   conv backward-filter  the same (dw = Σ x-patch ⊗ dy)
//   dense                 I·O forward, backward-input (not for layer 0), backward-weights
// Training = forward + backward, as the engine runs it (network.ts, backward()).
import type { Shape } from './layers';
import { byLayerKind, planModel, sizeOf, type LayerKindMap, type LayerPlan, type ModelPlan } from './plan';
import { CLASS_COUNT, type ModelSpec } from './spec';

export interface FlopCount {
  /** One forward pass of one image. */
  infer: number;
  /** One forward + backward pass of one image (the optimiser step is not counted). */
  train: number;
}

/** Multiply-adds of one layer's forward pass for one image (0 for layers without products). */
const FORWARD_MACS: LayerKindMap<number> = {
  conv2d: (layer) => {
    const [oh, ow, k] = layer.outputShape;
    return oh * ow * k * layer.spec.kernelSize[0] * layer.spec.kernelSize[1] * layer.inputShape[2];
  },
  maxPool2d: () => 0,
  avgPool2d: () => 0,
  channelMaxPool: () => 0,
  dropout: () => 0,
  flatten: () => 0,
  dense: (layer) => sizeOf(layer.inputShape) * layer.spec.units,
};

/**
 * What the engine keeps per layer and image (network.ts, layer-runtime*.ts): whether the layer
 * writes an output buffer of its own (Flatten re-reads its input), and how many 32-bit words it
 * saves for the backward (max winners, dropout's mask).
 */
interface LayerBuffersPerImage {
  ownsOutput: boolean;
  savedWords: number;
}

const owns = (savedWords = 0): LayerBuffersPerImage => ({ ownsOutput: true, savedWords });
const LAYER_BUFFERS: LayerKindMap<LayerBuffersPerImage> = {
  conv2d: () => owns(),
  maxPool2d: (layer) => owns(sizeOf(layer.outputShape)),
  avgPool2d: () => owns(),
  channelMaxPool: (layer) => owns(sizeOf(layer.outputShape)),
  dropout: (layer) => owns(sizeOf(layer.outputShape)),
  flatten: () => ({ ownsOutput: false, savedWords: 0 }),
  dense: () => owns(),
};

export interface LayerCost {
  index: number;
  name: string;
  kerasClass: string;
  /** Without the batch axis. */
  outputShape: Shape;
  params: number;
  /** Multiply-adds of one image's forward pass. */
  forwardMacs: number;
  /** Multiply-adds of one image's forward + backward pass. */
  trainMacs: number;
  /** f32 bytes of this layer's output and saved winners/mask for one image (0 output bytes for Flatten: it re-reads its input). */
  activationBytesPerImage: number;
}

export interface MemoryEstimate {
  batchSize: number;
  /** Data-parallel lanes (threads): each holds its share of the batch and its own gradients. */
  lanes: number;
  /** Parameters and Adam's two moments (shared), plus one gradient copy per lane. */
  parameterBytes: number;
  /** Input images (u8 staging and f32), labels, layer outputs and saved winners/masks, probabilities. */
  activationBytes: number;
  /** The backward's dlogits and its two ping-pong dX buffers (as large as the largest layer). */
  gradientBytes: number;
  /** Everything the engine allocates for training at this batch size (after the kernels' static data). */
  totalBytes: number;
}

export interface ModelCost {
  layers: LayerCost[];
  totalParams: number;
  /** Per image. */
  forwardMacs: number;
  trainMacs: number;
  /** 2 FLOPs per multiply-add, per image. */
  flops: FlopCount;
  memory: MemoryEstimate;
}

/** Lane control block (src/engine/lanes.ts CONTROL_BYTES = 128 + 16 · MAX_LANES). */
const CONTROL_BLOCK_BYTES = 128 + 16 * 16;
/** The engine's arena aligns every buffer to 64 bytes (src/engine/arena.ts). */
const ALIGN = 64;
const aligned = (bytes: number) => Math.ceil(bytes / ALIGN) * ALIGN;

function layerCost(layer: LayerPlan): LayerCost {
  const forward = byLayerKind(FORWARD_MACS, layer);
  const backwardInput = layer.index === 0 ? 0 : forward;
  const buffers = byLayerKind(LAYER_BUFFERS, layer);
  return {
    index: layer.index,
    name: layer.name,
    kerasClass: layer.kerasClass,
    outputShape: layer.outputShape,
    params: layer.paramCount,
    forwardMacs: forward,
    trainMacs: forward + backwardInput + forward,
    activationBytesPerImage: 4 * ((buffers.ownsOutput ? sizeOf(layer.outputShape) : 0) + buffers.savedWords),
  };
}

/**
 * The engine's training memory for batches of `batchSize` on `lanes` threads, buffer by buffer
 * in the order network.ts allocates them (each aligned to 64 bytes).
 */
export function memoryEstimate(plan: ModelPlan, batchSize: number, lanes = 1): MemoryEstimate {
  const p = plan.totalParams;
  const b = Math.ceil(batchSize / lanes); // images per lane
  const input = sizeOf(plan.spec.input);
  let maxOut = input;
  let layerBytes = 0;
  for (const layer of plan.layers) {
    const out = sizeOf(layer.outputShape);
    maxOut = Math.max(maxOut, out);
    const buffers = byLayerKind(LAYER_BUFFERS, layer);
    if (buffers.savedWords) layerBytes += aligned(4 * b * buffers.savedWords);
    if (buffers.ownsOutput) layerBytes += aligned(4 * b * out);
  }
  const shared = 3 * aligned(4 * p) + aligned(CONTROL_BLOCK_BYTES);
  const perLane = {
    grads: aligned(4 * p),
    activations: aligned(b * input) + aligned(4 * b * input) + aligned(4 * b) + layerBytes + aligned(4 * b * CLASS_COUNT),
    gradients: aligned(4 * b * CLASS_COUNT) + 2 * aligned(4 * b * maxOut),
  };
  const parameterBytes = shared - aligned(CONTROL_BLOCK_BYTES) + lanes * perLane.grads;
  const activationBytes = lanes * perLane.activations;
  const gradientBytes = lanes * perLane.gradients;
  return {
    batchSize,
    lanes,
    parameterBytes,
    activationBytes,
    gradientBytes,
    totalBytes: parameterBytes + activationBytes + gradientBytes + aligned(CONTROL_BLOCK_BYTES),
  };
}

/** The cost of a planned model; memory for training at `batchSize` on `lanes` threads. */
export function modelCost(plan: ModelPlan, batchSize = 128, lanes = 1): ModelCost {
  const layers = plan.layers.map(layerCost);
  const forwardMacs = layers.reduce((sum, l) => sum + l.forwardMacs, 0);
  const trainMacs = layers.reduce((sum, l) => sum + l.trainMacs, 0);
  return {
    layers,
    totalParams: plan.totalParams,
    forwardMacs,
    trainMacs,
    flops: { infer: 2 * forwardMacs, train: 2 * trainMacs },
    memory: memoryEstimate(plan, batchSize, lanes),
  };
}

/** FLOPs per image of a spec (plans it: throws SpecError for an invalid one). The benchmark's count. */
export function flopsPerImage(spec: ModelSpec): FlopCount {
  return modelCost(planModel(spec)).flops;
}
