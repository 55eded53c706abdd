// The Keras-shaped model API. The same code runs in Node (CLI, tests) and in the browser
// worker; only the way the kernel module is obtained differs (node.ts / browser.ts).
import { sizeOf, type ModelPlan } from '../shared/plan';
import { formatShape } from '../shared/layers';
import { CLASS_COUNT, type ModelSpec } from '../shared/spec';
import { summaryText } from '../shared/summary';
import { ADAM_DEFAULTS, type Evaluation, type History, type LayerActivation, type OptimizerConfig, type WeightTensor } from '../shared/training-types';
import { checkDataset, evaluateNetwork, fitNetwork, TrainingInputError, type Dataset, type FitOptions } from './fit';
import { Network, type TrainingState } from './network';
import { mulberry32 } from './random';
import { createParallelNetwork, type SpawnLane } from './parallel';
import { instantiateKernels, withWinograd } from './wasm';

export interface CreateModelOptions {
  /** Seeds the initial weights and every epoch's shuffle: same seed, bit-identical run. */
  seed?: number;
  /** Batch capacity laid out up front (fit re-lays it for another batch size, between epochs). */
  batchSize?: number;
  optimizer?: OptimizerConfig;
  /**
   * Threads for data-parallel training (lanes on workers sharing one memory). Needs
   * SharedArrayBuffer (cross-origin isolation in browsers); without it the model falls back to
   * one thread and says why in `Model.threadsNote`.
   */
  threads?: number;
  /**
   * false runs every conv on the direct kernels instead of Winograd (3×3 stride-1 convs use it
   * by default): the same sums in another rounding, e.g. to compare step by step with a library
   * that convolves directly.
   */
  winograd?: boolean;
}

/** Keeps the shuffle stream apart from the initialiser's (both start from the model's seed). */
const SHUFFLE_SEED_SALT = 0x5eed;

export class Model {
  private stopRequested = false;
  readonly optimizer: OptimizerConfig;

  /** Why the model runs on fewer threads than asked for, if it does. */
  threadsNote?: string;

  constructor(
    private readonly net: Network,
    readonly seed: number,
    optimizer: OptimizerConfig,
    private readonly release: () => void = () => {},
  ) {
    this.optimizer = optimizer;
  }

  /** Threads a batch is split across. */
  get threads(): number {
    return this.net.laneCount;
  }

  /** Stops the lane threads (multi-threaded models); the model must not be used afterwards. */
  dispose(): void {
    this.release();
  }

  get plan(): ModelPlan {
    return this.net.plan;
  }

  get spec(): ModelSpec {
    return this.net.plan.spec;
  }

  /** Bytes of kernel memory in use (parameters, optimiser state, batch buffers). */
  get memoryBytes(): number {
    return this.net.memoryBytes;
  }

  summary(): string {
    return summaryText(this.net.plan);
  }

  /** Bytes of the WebAssembly memory the model lives in (grows, never shrinks). */
  get wasmMemoryBytes(): number {
    return this.net.wasmMemoryBytes;
  }

  /**
   * Keras fit: trains epochs `initialEpoch` … `epochs` − 1. Every epoch's shuffle follows from the
   * seed and the epoch's index, so a model restored with importTrainingState after epoch N and
   * fit with initialEpoch N continues exactly as the uninterrupted run (same thread count).
   */
  async fit(images: Uint8Array, labels: Uint8Array, options: FitOptions): Promise<History> {
    this.stopRequested = false;
    return fitNetwork(this.net, { images, labels }, options, this.seed ^ SHUFFLE_SEED_SALT, () => this.stopRequested, options.optimizer ?? this.optimizer);
  }

  /** Ends fit() before the next batch; the history so far is returned with status 'stopped'. */
  stopTraining(): void {
    this.stopRequested = true;
  }

  evaluate(images: Uint8Array, labels: Uint8Array, batchSize = 256): Evaluation {
    const data: Dataset = { images, labels };
    const n = checkDataset(data, this.net.inputSize, CLASS_COUNT);
    if (n === 0) throw new TrainingInputError('nothing to evaluate: 0 images');
    this.net.setBatchCapacity(batchSize);
    return evaluateNetwork(this.net, data, 0, n);
  }

  /** N × 10 class probabilities. */
  predict(images: Uint8Array, batchSize = 256): Float32Array {
    const size = this.net.inputSize;
    if (images.length % size !== 0) throw new TrainingInputError(`${images.length} pixels are not whole images of ${size} pixels`);
    const n = images.length / size;
    const out = new Float32Array(n * CLASS_COUNT);
    this.net.setBatchCapacity(batchSize);
    for (let s = 0; s < n; s += batchSize) this.net.predictBatch(images, s, Math.min(batchSize, n - s), out, s * CLASS_COUNT);
    return out;
  }

  /** Every layer's output for one image (uint8 pixels), in layer order; the last is the probs. */
  activations(image: Uint8Array): LayerActivation[] {
    if (image.length !== this.net.inputSize) {
      throw new TrainingInputError(`an image has ${this.net.inputSize} pixels (${this.spec.input.join('×')}), got ${image.length}`);
    }
    const outputs = this.net.activationsOf(image);
    return this.plan.layers.map((layer, i) => ({ layer: i, name: layer.name, kind: layer.spec.kind, shape: layer.outputShape, values: outputs[i] }));
  }

  private layerIndex(layer: number | string): number {
    const index = typeof layer === 'number' ? layer : this.plan.layers.findIndex((l) => l.name === layer);
    if (!Number.isInteger(index) || index < 0 || index >= this.plan.layers.length) {
      throw new RangeError(`no layer ${JSON.stringify(layer)} (the model has ${this.plan.layers.length} layers: ${this.plan.layers.map((l) => l.name).join(', ')})`);
    }
    return index;
  }

  /** Keras get_weights(): [kernel, bias] copies with Keras shapes ([] for layers without weights). */
  getWeights(layer: number | string): WeightTensor[] {
    const index = this.layerIndex(layer);
    return this.net.slices
      .filter((s) => s.layer === index)
      .map((s) => ({ role: s.role, shape: [...s.shape], values: this.net.paramView(s).slice() }));
  }

  /**
   * Keras set_weights(): one array per weight, in get_weights order, each either a flat array of
   * the right length or { shape, values } whose shape must match. Rejects NaN/Infinity.
   * Resets the optimiser's moments for a clean continuation.
   */
  setWeights(layer: number | string, arrays: (ArrayLike<number> | { shape: number[]; values: ArrayLike<number> })[]): void {
    const index = this.layerIndex(layer);
    const name = this.plan.layers[index].name;
    const slices = this.net.slices.filter((s) => s.layer === index);
    if (!Array.isArray(arrays) || arrays.length !== slices.length) {
      throw new TrainingInputError(`layer "${name}" has ${slices.length} weight arrays (${slices.map((s) => `${s.role} ${formatShape(s.shape).replace('None, ', '')}`).join(', ')}), got ${Array.isArray(arrays) ? arrays.length : typeof arrays}`);
    }
    const checked = slices.map((s, i) => {
      const given = arrays[i];
      // Typed arrays have a .values() method: tell flat arrays from { shape, values } explicitly.
      const flat = ArrayBuffer.isView(given) || Array.isArray(given);
      const values = flat ? (given as ArrayLike<number>) : (given as { values: ArrayLike<number> }).values;
      if (!flat && 'shape' in given && (given.shape.length !== s.shape.length || given.shape.some((d, j) => d !== s.shape[j]))) {
        throw new TrainingInputError(`layer "${name}" ${s.role}: shape (${given.shape.join(', ')}) does not match (${s.shape.join(', ')})`);
      }
      if (values.length !== s.count) {
        throw new TrainingInputError(`layer "${name}" ${s.role}: ${values.length} values, expected ${s.count} for shape (${s.shape.join(', ')})`);
      }
      for (let j = 0; j < values.length; j++) {
        if (!Number.isFinite(values[j])) throw new TrainingInputError(`layer "${name}" ${s.role}: value ${j} is ${values[j]}, weights must be finite numbers`);
      }
      return values;
    });
    slices.forEach((s, i) => this.net.paramView(s).set(checked[i]));
    this.net.resetOptimizer();
  }

  /** All parameters in one flat array (the arena's order): for saving and moving between threads. */
  exportWeights(): Float32Array {
    return this.net.saveState().params;
  }

  /** Adam's moments and step, in exportWeights order: for resuming training exactly. */
  getOptimizerState(): { step: number; m: Float32Array; v: Float32Array } {
    const { step, m, v } = this.net.saveState();
    return { step, m, v };
  }

  /** Weights, Adam's moments and step (copies): with the seed and the epoch, all an exact resume needs. */
  exportTrainingState(): TrainingState {
    return this.net.saveState();
  }

  /** Puts back what exportTrainingState gave (from a model of the same spec); rejects a bad state. */
  importTrainingState(state: TrainingState): void {
    const count = this.net.paramCount;
    const arrays = { params: state?.params, m: state?.m, v: state?.v };
    for (const [name, values] of Object.entries(arrays)) {
      if (!(values instanceof Float32Array) || values.length !== count) {
        throw new TrainingInputError(`training state: ${name} must be ${count} float32 values for "${this.spec.name}", got ${values instanceof Float32Array ? values.length : typeof values}`);
      }
      for (let i = 0; i < values.length; i++) {
        if (!Number.isFinite(values[i])) throw new TrainingInputError(`training state: ${name}[${i}] is ${values[i]}, must be a finite number`);
      }
    }
    if (!Number.isInteger(state.step) || state.step < 0) throw new TrainingInputError(`training state: step must be a whole number ≥ 0, got ${state.step}`);
    this.net.restoreState({ params: state.params, m: state.m, v: state.v, step: state.step });
  }

  importWeights(params: Float32Array): void {
    if (params.length !== this.net.paramCount) {
      throw new TrainingInputError(`${params.length} weights given, the model "${this.spec.name}" has ${this.net.paramCount}`);
    }
    for (let i = 0; i < params.length; i++) {
      if (!Number.isFinite(params[i])) throw new TrainingInputError(`weight ${i} is ${params[i]}, weights must be finite numbers`);
    }
    const state = this.net.saveState();
    state.params.set(params);
    this.net.restoreState(state);
    this.net.resetOptimizer();
  }
}

/** Builds a model of a checked plan (planModel) on its own kernel instance and memory. */
export async function createModelOn(module: WebAssembly.Module, plan: ModelPlan, options: CreateModelOptions = {}): Promise<Model> {
  const seed = options.seed ?? 1;
  const kernels = withWinograd(await instantiateKernels(module), options.winograd ?? true);
  const net = new Network(kernels, plan, options.batchSize ?? 128);
  net.initialize(mulberry32(seed));
  return new Model(net, seed, options.optimizer ?? ADAM_DEFAULTS);
}

/** Builds a data-parallel model: `options.threads` lanes on the threads build of the kernels. */
export async function createParallelModelOn(threadsModule: WebAssembly.Module, plan: ModelPlan, options: CreateModelOptions, spawnLane: SpawnLane): Promise<Model> {
  const seed = options.seed ?? 1;
  const { net, dispose } = await createParallelNetwork(threadsModule, plan, options.batchSize ?? 128, options.threads ?? 2, spawnLane, options.winograd ?? true);
  net.initialize(mulberry32(seed));
  return new Model(net, seed, options.optimizer ?? ADAM_DEFAULTS, dispose);
}

export { sizeOf };
