// A measured training speed on this device and what it predicts for an epoch (pure; the engine
// measures in src/engine/throughput.ts, the worker answers TrainerApi.measureThroughput).
import { trainCountAfterSplit, VALIDATION_SPLIT } from './training-types';

export interface ThroughputOptions {
  batchSize?: number;
  threads?: number;
  seed?: number;
  /** Images an epoch reads before the validation split (default: every training image). */
  images?: number;
  /** Default VALIDATION_SPLIT (0.1). */
  validationSplit?: number;
}

export interface ThroughputMeasurement {
  batchSize: number;
  /** Threads the measured model really ran on. */
  threads: number;
  /** Median wall time of one full training step (forward, backward, optimiser), seconds. */
  secondsPerTrainBatch: number;
  /** Median wall time of one forward pass over a batch (what validation costs), seconds. */
  secondsPerEvalBatch: number;
  trainImagesPerSecond: number;
  /** Training steps timed after the warm-up. */
  timedBatches: number;
  /** The estimate for `images` images split by `validationSplit`. */
  images: number;
  validationSplit: number;
  secondsPerEpoch: number;
}

/**
 * Seconds one epoch takes on `images` images: the training part in ceil(n / batch) steps, the
 * held-out part in ceil(m / batch) forward passes (as fit() runs them).
 */
export function epochSeconds(
  m: Pick<ThroughputMeasurement, 'batchSize' | 'secondsPerTrainBatch' | 'secondsPerEvalBatch'>,
  images: number,
  validationSplit = VALIDATION_SPLIT,
): number {
  const train = trainCountAfterSplit(images, validationSplit);
  const validation = images - train;
  return Math.ceil(train / m.batchSize) * m.secondsPerTrainBatch + Math.ceil(validation / m.batchSize) * m.secondsPerEvalBatch;
}
