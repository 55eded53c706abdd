// The worker-side implementation of TrainerApi: one model at a time on the dataset it was given.
// Separated from the worker entry so Node tests can drive it directly.
import type { Model } from '../engine/model';
import { measureThroughput } from '../engine/throughput';
import type { ThroughputMeasurement, ThroughputOptions } from '../shared/throughput';
import type { ModelSpec } from '../shared/spec';
import { measureTrainingSpeed } from './speed-probe';
import { VALIDATION_SPLIT, type LayerActivation, type TrainingState, type WeightTensor } from '../shared/training-types';
import type {
  BuildOptions,
  DatasetPayload,
  MemoryUse,
  ModelInfo,
  SpeedProbeRequest,
  TestReport,
  TrainerApi,
  TrainingEvent,
  TrainOptions,
  TrainResult,
} from '../shared/worker-protocol';

/** At most ~20 progress messages a second reach the page (epoch events always do). */
export const PROGRESS_INTERVAL_MS = 50;

export type ModelFactory = (spec: ModelSpec, options: BuildOptions) => Promise<Model>;

export class TrainerService implements TrainerApi {
  private data: DatasetPayload | null = null;
  private model: Model | null = null;
  private paused: { promise: Promise<void>; resolve: () => void } | null = null;
  private emit: ((event: TrainingEvent) => void) | null = null;
  private training = false;

  constructor(private readonly createModel: ModelFactory) {}

  setDataset(data: DatasetPayload): void {
    this.data = data;
  }

  async build(spec: ModelSpec, options: BuildOptions = {}): Promise<ModelInfo> {
    if (this.training) throw new Error('training is running: stop it before building another model');
    this.model?.dispose();
    this.model = null;
    this.model = await this.createModel(spec, options);
    return {
      name: this.model.spec.name,
      summary: this.model.summary(),
      totalParams: this.model.plan.totalParams,
      memoryBytes: this.model.memoryBytes,
      threads: this.model.threads,
      threadsNote: this.model.threadsNote,
    };
  }

  private requireModel(): Model {
    if (!this.model) throw new Error('no model: build one first');
    return this.model;
  }

  private requireData(): DatasetPayload {
    if (!this.data) throw new Error('no dataset: the app has not sent the images yet');
    return this.data;
  }

  async train(options: TrainOptions, onEvent: (event: TrainingEvent) => void): Promise<TrainResult> {
    const model = this.requireModel();
    const data = this.requireData();
    if (this.training) throw new Error('training is already running');
    const limit = Math.min(options.trainLimit ?? Infinity, data.trainLabels.length);
    const size = data.trainImages.length / data.trainLabels.length;
    const watched = () => (options.watchLayers ?? []).map((layer) => ({ layer, weights: model.getWeights(layer) }));
    let lastSent = 0;
    let currentEpoch = 0;
    let epochStarted = 0;
    let seen = 0;
    this.training = true;
    this.emit = onEvent;
    if (options.startPaused) this.pause();
    try {
      const history = await model.fit(data.trainImages.subarray(0, limit * size), data.trainLabels.subarray(0, limit), {
        epochs: options.epochs,
        initialEpoch: options.initialEpoch,
        batchSize: options.batchSize,
        validationSplit: options.validationSplit ?? VALIDATION_SPLIT,
        optimizer: options.optimizer,
        callbacks: {
          onEpochBegin: (epoch) => {
            currentEpoch = epoch;
            epochStarted = performance.now();
            seen = 0;
            onEvent({ type: 'epochBegin', epoch, epochs: options.epochs, watched: watched() });
          },
          onEpochEnd: (epoch, logs) =>
            onEvent({ type: 'epochEnd', epoch, epochs: options.epochs, logs, watched: watched(), state: options.checkpoints ? model.exportTrainingState() : undefined }),
          onBatchBegin: () => this.paused?.promise,
          onBatchEnd: (_batch, logs) => {
            const now = performance.now();
            seen += logs.size;
            if (now - lastSent >= PROGRESS_INTERVAL_MS || logs.batch === logs.batches) {
              lastSent = now;
              const samplesPerSec = seen / Math.max((now - epochStarted) / 1000, 1e-6);
              onEvent({ type: 'batch', epoch: currentEpoch, epochs: options.epochs, batch: logs.batch, batches: logs.batches, loss: logs.loss, acc: logs.acc, samplesPerSec });
            }
          },
        },
      });
      return { history, status: history.status, message: history.message };
    } finally {
      this.training = false;
      this.emit = null;
      this.paused?.resolve();
      this.paused = null;
    }
  }

  pause(): void {
    if (!this.training || this.paused) return;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.paused = { promise, resolve };
    this.emit?.({ type: 'paused' });
  }

  resume(): void {
    if (!this.paused) return;
    this.paused.resolve();
    this.paused = null;
    this.emit?.({ type: 'resumed' });
  }

  stop(): void {
    this.model?.stopTraining();
    this.resume();
  }

  evaluateTest(): TestReport {
    const data = this.requireData();
    const result = this.requireModel().evaluate(data.testImages, data.testLabels);
    const count = data.testLabels.length;
    return { ...result, count, errors: Math.round((1 - result.acc) * count) };
  }

  predictTest(start = 0, count?: number): Float32Array {
    const data = this.requireData();
    const n = Math.min(count ?? data.testLabels.length, data.testLabels.length - start);
    const size = data.testImages.length / data.testLabels.length;
    return this.requireModel().predict(data.testImages.subarray(start * size, (start + n) * size));
  }

  activations(image: Uint8Array): LayerActivation[] {
    return this.requireModel().activations(image);
  }

  getWeights(layer: number | string): WeightTensor[] {
    return this.requireModel().getWeights(layer);
  }

  setWeights(layer: number | string, arrays: { shape: number[]; values: Float32Array }[]): void {
    this.requireModel().setWeights(layer, arrays);
  }

  exportWeights(): Float32Array {
    return this.requireModel().exportWeights();
  }

  importWeights(params: Float32Array): void {
    this.requireModel().importWeights(params);
  }

  async measureThroughput(spec: ModelSpec, options: ThroughputOptions = {}): Promise<ThroughputMeasurement> {
    const data = this.requireData();
    if (this.training) throw new Error('training is running: measure before or after it');
    const batchSize = options.batchSize ?? 128;
    const model = await this.createModel(spec, { seed: options.seed, threads: options.threads, batchSize });
    try {
      const images = options.images ?? data.trainLabels.length;
      return await measureThroughput(model, data.trainImages, data.trainLabels, batchSize, images, options.validationSplit ?? VALIDATION_SPLIT);
    } finally {
      model.dispose();
    }
  }

  exportTrainingState(): TrainingState {
    return this.requireModel().exportTrainingState();
  }

  importTrainingState(state: TrainingState): void {
    this.requireModel().importTrainingState(state);
  }

  /** Times each spec on its own throw-away model; the built model is left alone. */
  async probeSpeed(request: SpeedProbeRequest): Promise<number[]> {
    if (this.training) throw new Error('training is running: the speed probe would measure both');
    const speeds: number[] = [];
    for (const spec of request.specs) speeds.push(await measureTrainingSpeed(this.createModel, spec, request));
    return speeds;
  }

  memoryUse(): MemoryUse | null {
    return this.model ? { wasmBytes: this.model.wasmMemoryBytes, arenaBytes: this.model.memoryBytes } : null;
  }
}
