// The training loop (Keras fit semantics): validation = the LAST fraction of the arrays, taken
// before shuffling; the training part is reshuffled every epoch; metrics are sample-weighted
// means over the epoch. Non-finite loss stops training and restores the weights of the last good
// epoch. Epochs are numbered as in Keras: fit trains epochs initialEpoch … epochs − 1.
//
// Shuffling: epoch e trains in the order of the identity shuffled e + 1 times (Fisher–Yates) by
// one mulberry32 stream seeded from the model's seed. A fit that starts at initialEpoch = N
// replays the N earlier shuffles first (cheap: no training), so a run resumed from a checkpoint
// after epoch N visits the images exactly as the uninterrupted run does.
import { CLASS_COUNT } from '../shared/spec';
import { trainCountAfterSplit, VALIDATION_SPLIT, type EpochLogs, type Evaluation, type History, type OptimizerConfig } from '../shared/training-types';
import { mulberry32, shuffleInPlace } from './random';
import type { Network, TrainingState } from './network';

export interface Dataset {
  /** n × (h·w·c) uint8 pixels, row-major NHWC. */
  images: Uint8Array;
  /** n class indices. */
  labels: Uint8Array;
}

export interface BatchLogs {
  /** Running means over the epoch so far (what Keras' progress bar shows). */
  loss: number;
  acc: number;
  /** Batches done in this epoch, and how many there are. */
  batch: number;
  batches: number;
  size: number;
}

export interface FitCallbacks {
  onEpochBegin?(epoch: number): void | Promise<void>;
  onEpochEnd?(epoch: number, logs: EpochLogs): void | Promise<void>;
  /**
   * Before each batch (Keras on_train_batch_begin). May return a promise: the worker pauses
   * training by not resolving it yet, so no batch starts while paused.
   */
  onBatchBegin?(batch: number): void | Promise<void>;
  onBatchEnd?(batch: number, logs: BatchLogs): void | Promise<void>;
}

export interface FitOptions {
  /** The epoch to stop before (Keras): with initialEpoch 0, the number of epochs to train. */
  epochs: number;
  /** The first epoch's index (Keras' initial_epoch), to continue a run; default 0. */
  initialEpoch?: number;
  batchSize?: number;
  shuffle?: boolean;
  /** Fraction of the arrays (from the end) held out for validation; 0 disables. */
  validationSplit?: number;
  callbacks?: FitCallbacks;
  optimizer?: OptimizerConfig;
}

export class TrainingInputError extends Error {
  override name = 'TrainingInputError';
}

/** Lets pending messages (pause, stop) in between batches without a per-batch cost. */
const YIELD_EVERY_MS = 25;
const yieldToEventLoop: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : () => new Promise((resolve) => setTimeout(resolve, 0));

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function checkDataset(data: Dataset, inputSize: number, classes: number): number {
  const n = data.labels.length;
  if (!(data.images instanceof Uint8Array) || !(data.labels instanceof Uint8Array)) {
    throw new TrainingInputError('images and labels must be Uint8Arrays');
  }
  if (data.images.length !== n * inputSize) {
    throw new TrainingInputError(`${data.images.length} pixels do not make ${n} images of ${inputSize} pixels`);
  }
  for (let i = 0; i < n; i++) {
    if (data.labels[i] >= classes) throw new TrainingInputError(`label ${data.labels[i]} at index ${i} is not a class 0–${classes - 1}`);
  }
  return n;
}

/** Forward passes over a dataset in batches; loss and accuracy means. */
export function evaluateNetwork(net: Network, data: Dataset, start: number, count: number): Evaluation {
  let lossSum = 0;
  let correct = 0;
  const b = net.batchCapacity;
  for (let s = 0; s < count; s += b) {
    const result = net.evaluateBatch(data.images, data.labels, start + s, Math.min(b, count - s));
    lossSum += result.lossSum;
    correct += result.correct;
  }
  return { loss: lossSum / count, acc: correct / count };
}

export async function fitNetwork(
  net: Network,
  data: Dataset,
  options: FitOptions,
  shuffleSeed: number,
  shouldStop: () => boolean,
  optimizer: OptimizerConfig,
): Promise<History> {
  const total = checkDataset(data, net.inputSize, CLASS_COUNT);
  const { epochs, initialEpoch = 0, batchSize = 128, shuffle = true, validationSplit = VALIDATION_SPLIT, callbacks = {} } = options;
  if (!Number.isInteger(epochs) || epochs < 0) throw new TrainingInputError(`epochs must be a whole number ≥ 0, got ${epochs}`);
  if (!Number.isInteger(initialEpoch) || initialEpoch < 0 || initialEpoch > epochs) {
    throw new TrainingInputError(`initialEpoch must be a whole number from 0 to epochs (${epochs}), got ${initialEpoch}`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new TrainingInputError(`batchSize must be a whole number ≥ 1, got ${batchSize}`);
  if (!(validationSplit >= 0 && validationSplit < 1)) throw new TrainingInputError(`validationSplit must be in [0, 1), got ${validationSplit}`);
  const trainCount = trainCountAfterSplit(total, validationSplit);
  const valCount = total - trainCount;
  if (trainCount === 0) throw new TrainingInputError('no training samples left after the validation split');

  net.setBatchCapacity(batchSize);
  const history: History = { epoch: [], loss: [], acc: [], val_loss: [], val_acc: [], status: 'completed' };
  const order = Uint32Array.from({ length: trainCount }, (_, i) => i);
  const random = mulberry32(shuffleSeed);
  if (shuffle) for (let epoch = 0; epoch < initialEpoch; epoch++) shuffleInPlace(order, random);
  const batches = Math.ceil(trainCount / batchSize);
  let lastGood: TrainingState = net.saveState();
  let lastYield = now();

  for (let epoch = initialEpoch; epoch < epochs; epoch++) {
    await callbacks.onEpochBegin?.(epoch);
    const started = now();
    if (shuffle) shuffleInPlace(order, random);
    let lossSum = 0;
    let correct = 0;
    let seen = 0;
    for (let batch = 0; batch < batches; batch++) {
      await callbacks.onBatchBegin?.(batch);
      if (shouldStop()) {
        history.status = 'stopped';
        return history;
      }
      const n = Math.min(batchSize, trainCount - batch * batchSize);
      // Dropout masks: one u32 seed per step from the model's generator (only when a layer uses it,
      // so models without dropout keep their exact shuffles).
      const maskSeed = net.stochastic ? Math.floor(random() * 2 ** 32) : 0;
      const result = net.trainStep(data.images, data.labels, batch * batchSize, n, order, optimizer, maskSeed);
      const loss = result.lossSum;
      if (!Number.isFinite(loss)) {
        net.restoreState(lastGood);
        history.status = 'diverged';
        history.message = `loss became ${loss} at epoch ${epoch + 1}, batch ${batch + 1}; restored the weights after epoch ${epoch}`;
        return history;
      }
      correct += result.correct;
      lossSum += loss;
      seen += n;
      await callbacks.onBatchEnd?.(batch, { loss: lossSum / seen, acc: correct / seen, batch: batch + 1, batches, size: n });
      if (now() - lastYield > YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYield = now();
      }
    }
    const logs: EpochLogs = { loss: lossSum / seen, acc: correct / seen, timeMs: 0, samplesPerSec: 0 };
    if (valCount > 0) {
      const val = evaluateNetwork(net, data, trainCount, valCount);
      logs.val_loss = val.loss;
      logs.val_acc = val.acc;
    }
    logs.timeMs = now() - started;
    logs.samplesPerSec = trainCount / (logs.timeMs / 1000);
    if (!net.paramsFinite()) {
      net.restoreState(lastGood);
      history.status = 'diverged';
      history.message = `weights became non-finite in epoch ${epoch + 1}; restored the weights after epoch ${epoch}`;
      return history;
    }
    lastGood = net.saveState();
    history.epoch.push(epoch);
    history.loss.push(logs.loss);
    history.acc.push(logs.acc);
    if (valCount > 0) {
      history.val_loss.push(logs.val_loss!);
      history.val_acc.push(logs.val_acc!);
    }
    await callbacks.onEpochEnd?.(epoch, logs);
  }
  return history;
}
