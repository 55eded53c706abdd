// Measures this device's training speed for a model on the real engine: a warm-up step, then a
// few timed training steps and forward passes on real images. Short (a handful of batches), so
// the sandbox can show seconds per epoch as the learner edits the network.
import type { ThroughputMeasurement } from '../shared/throughput';
import { epochSeconds } from '../shared/throughput';
import { VALIDATION_SPLIT } from '../shared/training-types';
import type { Model } from './model';

export const WARMUP_BATCHES = 1;
export const TIMED_BATCHES = 3;

const now = () => performance.now();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Trains `model` (a throwaway: its weights change) for WARMUP_BATCHES + TIMED_BATCHES steps of
 * `batchSize` images, then times TIMED_BATCHES forward passes. `images` / `labels` must hold at
 * least (WARMUP_BATCHES + TIMED_BATCHES) · batchSize images (fewer repeat the first ones).
 */
export async function measureThroughput(
  model: Model,
  images: Uint8Array,
  labels: Uint8Array,
  batchSize: number,
  epochImages: number,
  validationSplit = VALIDATION_SPLIT,
): Promise<ThroughputMeasurement> {
  const pixels = images.length / labels.length;
  const steps = WARMUP_BATCHES + TIMED_BATCHES;
  const count = steps * batchSize;
  const batchImages = new Uint8Array(count * pixels);
  const batchLabels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const from = i % labels.length;
    batchImages.set(images.subarray(from * pixels, (from + 1) * pixels), i * pixels);
    batchLabels[i] = labels[from];
  }
  const ends: number[] = [];
  let started = 0;
  await model.fit(batchImages, batchLabels, {
    epochs: 1, batchSize, shuffle: false, validationSplit: 0,
    callbacks: { onEpochBegin: () => void (started = now()), onBatchEnd: () => void ends.push(now()) },
  });
  const trainTimes = ends.map((end, i) => end - (i === 0 ? started : ends[i - 1])).slice(WARMUP_BATCHES);
  const evalTimes: number[] = [];
  const evalImages = batchImages.subarray(0, batchSize * pixels), evalLabels = batchLabels.subarray(0, batchSize);
  for (let i = 0; i < TIMED_BATCHES; i++) {
    const t0 = now();
    model.evaluate(evalImages, evalLabels, batchSize);
    evalTimes.push(now() - t0);
  }
  const secondsPerTrainBatch = median(trainTimes) / 1000;
  const secondsPerEvalBatch = median(evalTimes) / 1000;
  const measured = { batchSize, secondsPerTrainBatch, secondsPerEvalBatch };
  return {
    ...measured,
    threads: model.threads,
    trainImagesPerSecond: batchSize / secondsPerTrainBatch,
    timedBatches: trainTimes.length,
    images: epochImages,
    validationSplit,
    secondsPerEpoch: epochSeconds(measured, epochImages, validationSplit),
  };
}
