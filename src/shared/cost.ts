// What a model costs, from its plan alone (pure; the sandbox shows it live as the learner types,
// the benchmark divides its timings by the FLOPs):
//   - per layer: output shape, parameters, multiply-adds per image, activation bytes per image;
//   - per model: the same totals, FLOPs (2 per multiply-add), and the bytes the engine lays out to
//     train at a batch size (src/engine/network.ts's arena, mirrored below and pinned by a test).
// Multiply-adds count only the products of conv and dense layers: bias, ReLU, pooling, dropout,
// softmax and Adam are O(outputs) or O(params), so achieved GFLOP/s slightly UNDER-states the work.
//   conv forward          (output pixel, tap) pairs · C · K
//   conv backward-input   the same pairs (dx = dy ⊛ wᵀ), skipped for layer 0: the image needs no dx
//   conv backward-filter  the same pairs (dw = Σ x-patch ⊗ dy)
//   dense                 I·O forward, backward-input (not for layer 0), backward-weights
// Training = forward + backward, as the engine runs it (network.ts, backward()).
// Two countings of the conv pairs: 'done' counts only the taps that land inside the input — the
// multiply-adds FilterFit's kernels do, since they skip the zero padding of 'same' convs — and
// 'nominal' every KH·KW tap of every output, OH·OW·KH·KW (what a kernel convolving an explicitly
// padded input does, e.g. tfjs-wasm/XNNPACK). They differ only for 'same' convs: 28×28, 3×3
// 'same' does 95.3 % of nominal. The sandbox and the benchmark show 'done' unless labelled.
import { paddingBefore, type Shape } from './layers';
import { byLayerKind, planModel, sizeOf, type LayerKindMap, type LayerPlan, type ModelPlan } from './plan';
import { CLASS_COUNT, type ModelSpec } from './spec';

/**
 * 'done': the (pixel, tap) pairs inside the input — a direct conv skipping 'same' padding, what
 * the sandbox teaches; 'nominal': every tap; 'engine': what FilterFit's kernels multiply, 'done'
 * except that 3×3 stride-1 convs with C, K ≥ 4 run as Winograd F(2×2, 3×3) in the forward and
 * input-gradient passes, and (C, K multiples of 4) their filter gradient as F(3×3, 2×2): 16
 * products per 2×2 output tile and channel pair instead of 36 (see winogradMacs).
 */
export type MacCounting = 'done' | 'nominal' | 'engine';

/** Mirror of the kernels' winogradEligible (assembly/ops/conv2d-winograd.ts; a test pins them equal). */
export function winogradEligible(kh: number, kw: number, strideH: number, strideW: number, c: number, k: number): boolean {
  return kh === 3 && kw === 3 && strideH === 1 && strideW === 1 && c >= 4 && k >= 4;
}

/** Mirror of winogradFilterEligible: the filter gradient as F(3×3, 2×2) also needs C and K multiples of 4. */
export function winogradFilterEligible(kh: number, kw: number, strideH: number, strideW: number, c: number, k: number): boolean {
  return winogradEligible(kh, kw, strideH, strideW, c, k) && c % 4 === 0 && k % 4 === 0;
}

/** Tiles per block of the Winograd kernels (TILE_BLOCK there). */
const WINOGRAD_TILE_BLOCK = 64;
/** Mirror of winogradScratchFloats / winogradBackwardScratchFloats: the larger of the two (a test pins them). */
export function winogradScratchFloats(c: number, k: number): number {
  // three arrays of 16 planes, each padded by 16 f32 (PLANE_PAD), and a 64-f32 staging area
  const forward = (cc: number, kk: number) => 16 * (cc * kk + 16) + 16 * (WINOGRAD_TILE_BLOCK * cc + 16) + 16 * (WINOGRAD_TILE_BLOCK * kk + 16) + 64;
  return Math.max(forward(c, k), 9 * c * k + forward(k, c));
}

/** Winograd F(2×2, 3×3) products of an out-h × out-w map (partial tiles count whole): 16 per tile per channel pair. */
const winogradMacs = (outH: number, outW: number, c: number, k: number) => 16 * Math.ceil(outH / 2) * Math.ceil(outW / 2) * c * k;

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

/** Multiply-adds of one layer's forward pass for one image (0 for layers without products). */
const FORWARD_MACS: LayerKindMap<number, [MacCounting]> = {
  conv2d: (layer, counting) => {
    const [h, w, c] = layer.inputShape;
    const [oh, ow, k] = layer.outputShape;
    const [kh, kw] = layer.spec.kernelSize;
    const [sh, sw] = layer.spec.strides ?? [1, 1];
    const padding = layer.spec.padding ?? 'valid';
    if (counting === 'engine' && isWinogradLayer(layer)) return winogradMacs(oh, ow, c, k);
    const pairs = // (output pixel, tap) pairs
      counting === 'nominal'
        ? oh * kh * ow * kw
        : tapsInside(h, kh, sh, paddingBefore(h, kh, sh, oh, padding), oh) * tapsInside(w, kw, sw, paddingBefore(w, kw, sw, ow, padding), ow);
    return pairs * c * k;
  },
  maxPool2d: () => 0,
  avgPool2d: () => 0,
  channelMaxPool: () => 0,
  dropout: () => 0,
  flatten: () => 0,
  dense: (layer) => sizeOf(layer.inputShape) * layer.spec.units,
};

/** Forward + backward multiply-adds of one layer for one image: layer 0 needs no input gradient. */
function trainMacsOf(layer: LayerPlan, forward: number): number {
  const backwardInput = layer.index === 0 ? 0 : forward;
  return forward + backwardInput + forward;
}

/** trainMacsOf as the engine runs it: Winograd layers' forward and input gradient, direct filter gradient. */
function engineTrainMacsOf(layer: LayerPlan): number {
  const forward = byLayerKind(FORWARD_MACS, layer, 'engine');
  if (layer.spec.kind !== 'conv2d' || !isWinogradLayer(layer)) return trainMacsOf(layer, forward);
  const [h, w, c] = layer.inputShape;
  const [oh, ow, k] = layer.outputShape;
  const backwardInput = layer.index === 0 ? 0 : winogradMacs(h, w, k, c);
  // F(3×3, 2×2) over the output's 2×2 tiles: 16 products per tile per channel pair, like the forward
  const backwardFilter = winogradFilterEligible(3, 3, 1, 1, c, k) ? winogradMacs(oh, ow, c, k) : byLayerKind(FORWARD_MACS, layer, 'done');
  return forward + backwardInput + backwardFilter;
}

function isWinogradLayer(layer: LayerPlan): boolean {
  if (layer.spec.kind !== 'conv2d') return false;
  const [sh, sw] = layer.spec.strides ?? [1, 1];
  return winogradEligible(layer.spec.kernelSize[0], layer.spec.kernelSize[1], sh, sw, layer.inputShape[2], layer.spec.filters);
}

/**
 * What the engine keeps per layer (network.ts, layer-runtime*.ts): whether the layer writes an
 * output buffer of its own (Flatten re-reads its input), how many 32-bit words per image it saves
 * for the backward (max winners, dropout's mask), and the f32 scratch its backward uses (the
 * transposed weights of conv and dense input gradients; one scratch per lane, as large as the
 * largest of its layers').
 */
interface LayerBuffersPerImage {
  ownsOutput: boolean;
  savedWords: number;
  scratchFloats: number;
}

const owns = (savedWords = 0, scratchFloats = 0): LayerBuffersPerImage => ({ ownsOutput: true, savedWords, scratchFloats });
const LAYER_BUFFERS: LayerKindMap<LayerBuffersPerImage> = {
  conv2d: (layer) => owns(0, isWinogradLayer(layer)
    ? winogradScratchFloats(layer.inputShape[2], layer.spec.filters)
    : layer.spec.kernelSize[0] * layer.spec.kernelSize[1] * layer.inputShape[2] * layer.spec.filters),
  maxPool2d: (layer) => owns(sizeOf(layer.outputShape)),
  avgPool2d: () => owns(),
  channelMaxPool: (layer) => owns(sizeOf(layer.outputShape)),
  dropout: (layer) => owns(sizeOf(layer.outputShape)),
  flatten: () => ({ ownsOutput: false, savedWords: 0, scratchFloats: 0 }),
  dense: (layer) => owns(0, sizeOf(layer.inputShape) * layer.spec.units),
};

export interface LayerCost {
  index: number;
  name: string;
  kerasClass: string;
  /** Without the batch axis. */
  outputShape: Shape;
  params: number;
  /** Multiply-adds of one image's forward pass (counting the taps done). */
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
  /** The backward's dlogits, its two ping-pong dX buffers (as large as the largest layer) and its weight-transpose scratch. */
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
  /** 2 FLOPs per multiply-add, per image, counting the taps done (what FilterFit computes). */
  flops: FlopCount;
  /** The same counting every tap of 'same' convs, zero padding included (what tfjs-wasm computes). */
  flopsNominal: FlopCount;
  /** The same counting what FilterFit's kernels multiply: Winograd layers count their 16 products per tile ('engine'). */
  flopsEngine: FlopCount;
  memory: MemoryEstimate;
}

/** Lane control block (src/engine/lanes.ts CONTROL_BYTES = 128 + 16 · MAX_LANES). */
const CONTROL_BLOCK_BYTES = 128 + 16 * 16;
/** The engine's arena aligns every buffer to 64 bytes (src/engine/arena.ts). */
const ALIGN = 64;
const aligned = (bytes: number) => Math.ceil(bytes / ALIGN) * ALIGN;

function layerCost(layer: LayerPlan): LayerCost {
  const forward = byLayerKind(FORWARD_MACS, layer, 'done');
  const buffers = byLayerKind(LAYER_BUFFERS, layer);
  return {
    index: layer.index,
    name: layer.name,
    kerasClass: layer.kerasClass,
    outputShape: layer.outputShape,
    params: layer.paramCount,
    forwardMacs: forward,
    trainMacs: trainMacsOf(layer, forward),
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
  let scratchFloats = 0;
  for (const layer of plan.layers) {
    const out = sizeOf(layer.outputShape);
    maxOut = Math.max(maxOut, out);
    const buffers = byLayerKind(LAYER_BUFFERS, layer);
    scratchFloats = Math.max(scratchFloats, buffers.scratchFloats);
    if (buffers.savedWords) layerBytes += aligned(4 * b * buffers.savedWords);
    if (buffers.ownsOutput) layerBytes += aligned(4 * b * out);
  }
  const shared = 3 * aligned(4 * p) + aligned(CONTROL_BLOCK_BYTES);
  const perLane = {
    grads: aligned(4 * p),
    activations: aligned(b * input) + aligned(4 * b * input) + aligned(4 * b) + layerBytes + aligned(4 * b * CLASS_COUNT),
    gradients: aligned(4 * b * CLASS_COUNT) + 2 * aligned(4 * b * maxOut) + (scratchFloats ? aligned(4 * scratchFloats) : 0),
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
  let nominalForward = 0, nominalTrain = 0, engineForward = 0, engineTrain = 0;
  for (const layer of plan.layers) {
    const forward = byLayerKind(FORWARD_MACS, layer, 'nominal');
    nominalForward += forward;
    nominalTrain += trainMacsOf(layer, forward);
    engineForward += byLayerKind(FORWARD_MACS, layer, 'engine');
    engineTrain += engineTrainMacsOf(layer);
  }
  return {
    layers,
    totalParams: plan.totalParams,
    forwardMacs,
    trainMacs,
    flops: { infer: 2 * forwardMacs, train: 2 * trainMacs },
    flopsNominal: { infer: 2 * nominalForward, train: 2 * nominalTrain },
    flopsEngine: { infer: 2 * engineForward, train: 2 * engineTrain },
    memory: memoryEstimate(plan, batchSize, lanes),
  };
}

/** FLOPs per image of a spec (plans it: throws SpecError for an invalid one). The benchmark's count. */
export function flopsPerImage(spec: ModelSpec, counting: MacCounting = 'done'): FlopCount {
  const cost = modelCost(planModel(spec));
  return counting === 'done' ? cost.flops : counting === 'nominal' ? cost.flopsNominal : cost.flopsEngine;
}
