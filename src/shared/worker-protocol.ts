// What the app and the training worker say to each other (typed, structured-clone friendly).
import type { ModelSpec } from './spec';
import type { Evaluation, EpochLogs, FitStatus, History, LayerActivation, OptimizerConfig, WeightTensor } from './training-types';

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
  epochs: number;
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
  | { type: 'epochEnd'; epoch: number; epochs: number; logs: EpochLogs; watched: { layer: number; weights: WeightTensor[] }[] }
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
}
