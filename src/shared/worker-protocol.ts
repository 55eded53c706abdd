// What the app and the training worker say to each other (typed, structured-clone friendly).
import type { ModelSpec } from './spec';
import type { ThroughputMeasurement, ThroughputOptions } from './throughput';
import type { Evaluation, EpochLogs, FitStatus, History, LayerActivation, OptimizerConfig, TrainingState, WeightTensor } from './training-types';

export interface DatasetPayload {
  trainImages: Uint8Array;
  trainLabels: Uint8Array;
  testImages: Uint8Array;
  testLabels: Uint8Array;
}

export interface BuildOptions {
  seed?: number;
  batchSize?: number;
  /** Data-parallel threads (default 1); falls back to 1 without cross-origin isolation. */
  threads?: number;
}

export interface ModelInfo {
  name: string;
  summary: string;
  totalParams: number;
  memoryBytes: number;
  threads: number;
  /** Why fewer threads than asked for are used, if so. */
  threadsNote?: string;
}

export interface TrainOptions {
  /** The epoch to stop before (Keras): with initialEpoch 0, the number of epochs to train. */
  epochs: number;
  /**
   * The first epoch's index (Keras' initial_epoch), to continue a run whose state was put back
   * with importTrainingState: the shuffle then goes on exactly as in the uninterrupted run.
   */
  initialEpoch?: number;
  /** Every epochEnd event carries the training state after that epoch (for checkpoints). */
  checkpoints?: boolean;
  /**
   * Held before the first batch until resume() (a run asked to wait before it began). A pause sent
   * after train() could arrive only once a short run had already trained every batch.
   */
  startPaused?: boolean;
  batchSize?: number;
  /** Default VALIDATION_SPLIT (0.1). */
  validationSplit?: number;
  /** Quick mode: train on the first `trainLimit` training images only (the split applies to them). */
  trainLimit?: number;
  optimizer?: OptimizerConfig;
  /** Layers whose weights are sent with every epoch event (the "print weights" callback). */
  watchLayers?: number[];
}

export type TrainingEvent =
  | { type: 'batch'; epoch: number; epochs: number; batch: number; batches: number; loss: number; acc: number; samplesPerSec: number }
  | { type: 'epochBegin'; epoch: number; epochs: number; watched: { layer: number; weights: WeightTensor[] }[] }
  | { type: 'epochEnd'; epoch: number; epochs: number; logs: EpochLogs; watched: { layer: number; weights: WeightTensor[] }[]; state?: TrainingState }
  | { type: 'paused' }
  | { type: 'resumed' };

export interface TrainResult {
  history: History;
  status: FitStatus;
  message?: string;
}

export interface TestReport extends Evaluation {
  count: number;
  errors: number;
}

/** A short speed test of the real kernels on one thread (the device probe, src/ui/training/device-probe.ts). */
export interface SpeedProbeRequest {
  /** Networks to time, one after the other. */
  specs: ModelSpec[];
  /** A small sample of training images (n × 784 bytes) and their labels. */
  images: Uint8Array;
  labels: Uint8Array;
  /** Milliseconds of timed training per network, after one warm-up batch. */
  budgetMs: number;
  batchSize: number;
}

export interface MemoryUse {
  /** Bytes of the model's WebAssembly memory (grows, never shrinks). */
  wasmBytes: number;
  /** Bytes of it the model's arena uses. */
  arenaBytes: number;
}

/** The worker's API, as the app sees it through the bridge (every call is async). */
export interface TrainerApi {
  setDataset(data: DatasetPayload): void;
  build(spec: ModelSpec, options?: BuildOptions): Promise<ModelInfo>;
  train(options: TrainOptions, onEvent: (event: TrainingEvent) => void): Promise<TrainResult>;
  pause(): void;
  resume(): void;
  stop(): void;
  evaluateTest(): TestReport;
  /** Probabilities (count × 10) for test images [start, start+count). */
  predictTest(start?: number, count?: number): Float32Array;
  activations(image: Uint8Array): LayerActivation[];
  getWeights(layer: number | string): WeightTensor[];
  setWeights(layer: number | string, arrays: { shape: number[]; values: Float32Array }[]): void;
  exportWeights(): Float32Array;
  importWeights(params: Float32Array): void;
  /**
   * Times a few training steps of `spec` on this device (a separate throwaway model; the built
   * model is untouched) and estimates seconds per epoch. Not while training.
   */
  measureThroughput(spec: ModelSpec, options?: ThroughputOptions): Promise<ThroughputMeasurement>;
  /** Weights, optimiser moments and step: what a checkpoint keeps. */
  exportTrainingState(): TrainingState;
  importTrainingState(state: TrainingState): void;
  /** Training images per second on one thread, per spec of the request. */
  probeSpeed(request: SpeedProbeRequest): Promise<number[]>;
  /** The built model's memory, or null without one. */
  memoryUse(): MemoryUse | null;
}
