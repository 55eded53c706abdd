// AveragePooling2D and Dropout inside whole models on real Fashion-MNIST: Keras shapes and
// summary, dropout as the identity at inference, inverted dropout in training, seeded masks that
// make runs bit-identical, and masks that do not depend on how a batch is split across threads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { planModel } from '../shared/plan';
import type { LayerSpec, ModelSpec } from '../shared/spec';
import type { Model } from './model';
import { createModel } from './node';

let data: FashionMnist;
const PIXELS = 784;
const models: Model[] = [];
const subset = (n: number) => [data.train.images.subarray(0, n * PIXELS), data.train.labels.subarray(0, n)] as const;
const sameBits = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

beforeAll(() => {
  data = readFashionMnist();
});
afterAll(() => models.forEach((m) => m.dispose()));

/** conv 6@3×3 same → avgPool 2×2 → dropout → conv 8@3×3 valid → avgPool 3×3 s2 same → flatten → dropout → dense. */
function poolDropoutSpec(rate: number, withDropout = true): ModelSpec {
  const drop = (r: number): LayerSpec[] => (withDropout ? [{ kind: 'dropout', rate: r }] : []);
  return {
    name: 'avg-drop',
    input: [28, 28, 1],
    layers: [
      { kind: 'conv2d', filters: 6, kernelSize: [3, 3], padding: 'same', activation: 'relu' },
      { kind: 'avgPool2d', poolSize: [2, 2] },
      ...drop(rate),
      { kind: 'conv2d', filters: 8, kernelSize: [3, 3], activation: 'relu' },
      { kind: 'avgPool2d', poolSize: [3, 3], strides: [2, 2], padding: 'same' },
      { kind: 'flatten' },
      ...drop(rate / 2),
      { kind: 'dense', units: 10, activation: 'softmax' },
    ],
  };
}

async function build(spec: ModelSpec, seed: number, threads = 1): Promise<Model> {
  const model = await createModel(spec, { seed, threads });
  models.push(model);
  return model;
}

describe('AveragePooling2D and Dropout in a model', () => {
  it('plans Keras shapes and prints them in the summary', async () => {
    const plan = planModel(poolDropoutSpec(0.3));
    expect(plan.layers.map((l) => [l.kerasClass, l.outputShape, l.paramCount])).toEqual([
      ['Conv2D', [28, 28, 6], 60],
      ['AveragePooling2D', [14, 14, 6], 0],
      ['Dropout', [14, 14, 6], 0],
      ['Conv2D', [12, 12, 8], 440],
      ['AveragePooling2D', [6, 6, 8], 0],
      ['Flatten', [288], 0],
      ['Dropout', [288], 0],
      ['Dense', [10], 2890],
    ]);
    const text = (await build(poolDropoutSpec(0.3), 1)).summary();
    // the name column is cut at 28 characters, as Keras' line layout does
    expect(text).toMatch(/^ average_pooling2d \(AveragePo\(None, 14, 14, 6\)\s+0$/m);
    expect(text).toMatch(/^ dropout \(Dropout\)\s+\(None, 14, 14, 6\)\s+0$/m);
    expect(text).toMatch(/^ dropout_1 \(Dropout\)\s+\(None, 288\)\s+0$/m);
    expect(text).toContain('Total params: 3,390');
  });

  it('is the identity at inference: same predictions and activations as without the dropout layers', async () => {
    const withDrop = await build(poolDropoutSpec(0.6), 4);
    const without = await build(poolDropoutSpec(0.6, false), 4);
    expect(sameBits(withDrop.exportWeights(), without.exportWeights())).toBe(true); // dropout has no weights, same init stream
    const test = data.test.images.subarray(0, 64 * PIXELS);
    expect(sameBits(withDrop.predict(test), without.predict(test))).toBe(true);
    const acts = withDrop.activations(data.test.images.subarray(0, PIXELS));
    expect(acts[2].kind).toBe('dropout');
    expect(sameBits(acts[2].values, acts[1].values)).toBe(true);
    expect(sameBits(acts[6].values, acts[5].values)).toBe(true);
    const before = withDrop.evaluate(data.test.images.subarray(0, 500 * PIXELS), data.test.labels.subarray(0, 500));
    const again = withDrop.evaluate(data.test.images.subarray(0, 500 * PIXELS), data.test.labels.subarray(0, 500));
    expect(again).toEqual(before); // no randomness in evaluate
  });

  it('drops during training: the training loss is above the loss of the same weights at inference', async () => {
    // One batch, no optimiser movement to speak of (lr 1e-9): the fit loss is the loss WITH masks.
    const model = await build(poolDropoutSpec(0.7), 5);
    const [images, labels] = subset(256);
    const inference = model.evaluate(images, labels);
    let trainingLoss = NaN;
    await model.fit(images, labels, {
      epochs: 1, batchSize: 256, shuffle: false, validationSplit: 0, optimizer: { kind: 'sgd', learningRate: 1e-9 },
      callbacks: { onBatchEnd: (_b, logs) => void (trainingLoss = logs.loss) },
    });
    expect(Number.isFinite(trainingLoss)).toBe(true);
    expect(Math.abs(trainingLoss - inference.loss)).toBeGreaterThan(1e-4);
  });

  it('with rate 0 trains exactly like the same model without dropout', async () => {
    const [images, labels] = subset(600);
    const run = async (withDropout: boolean) => {
      const model = await build(poolDropoutSpec(0, withDropout), 6);
      await model.fit(images, labels, { epochs: 1, batchSize: 100, shuffle: false });
      return model.exportWeights();
    };
    expect(sameBits(await run(true), await run(false))).toBe(true);
  });

  it('learns with dropout, bit-identically for the same seed and thread count', async () => {
    const [images, labels] = subset(3000);
    const run = async (seed: number, threads: number) => {
      const model = await build(poolDropoutSpec(0.25), seed, threads);
      const history = await model.fit(images, labels, { epochs: 2, batchSize: 128 });
      return { history, weights: model.exportWeights() };
    };
    const a = await run(8, 1), b = await run(8, 1), c = await run(9, 1);
    expect(a.history.status).toBe('completed');
    expect(a.history.loss[1]).toBeLessThan(a.history.loss[0]);
    expect(a.history.val_acc[1]).toBeGreaterThan(0.4); // a slow learner (3,390 weights, 42 steps); chance is 0.1
    expect(sameBits(a.weights, b.weights)).toBe(true);
    expect(sameBits(a.weights, c.weights)).toBe(false);
    const d = await run(8, 2), e = await run(8, 2);
    expect(sameBits(d.weights, e.weights)).toBe(true);
    // 2 threads see the same masks (they depend on an image's place in the batch, not its lane):
    // the run matches one thread up to the order of float32 gradient sums.
    const losses = (h: typeof a.history) => h.loss;
    losses(d.history).forEach((loss, i) => expect(Math.abs(loss - a.history.loss[i]) / loss).toBeLessThan(1e-3));
  }, 120_000);
});
