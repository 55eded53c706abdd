// Data-parallel training on worker_threads sharing one memory: same results as one thread up to
// float32 summation order, deterministic for a given seed and thread count, threads shut down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { preset } from '../shared/presets';
import type { Model } from './model';
import { createModel } from './node';

let data: FashionMnist;
const models: Model[] = [];
const PIXELS = 784;

beforeAll(() => {
  data = readFashionMnist();
});
afterAll(() => models.forEach((m) => m.dispose()));

async function trained(name: string, threads: number, images = 2000, epochs = 1) {
  const model = await createModel(preset(name)!, { seed: 7, threads });
  models.push(model);
  const history = await model.fit(data.train.images.subarray(0, images * PIXELS), data.train.labels.subarray(0, images), { epochs, batchSize: 128 });
  return { model, history, weights: model.exportWeights() };
}

describe('data-parallel lanes (2 threads)', () => {
  it('matches one thread up to summation order, and is bit-identical run to run', async () => {
    const one = await trained('seed-notebook', 1, 1500);
    const two = await trained('seed-notebook', 2, 1500);
    const again = await trained('seed-notebook', 2, 1500);
    expect(two.model.threads).toBe(2);
    expect(Buffer.from(two.weights.buffer).equals(Buffer.from(again.weights.buffer))).toBe(true);
    expect(two.history.loss[0]).toBeCloseTo(one.history.loss[0], 3);
    expect(two.history.val_acc[0]).toBeCloseTo(one.history.val_acc[0], 2);
    let worst = 0;
    for (let i = 0; i < one.weights.length; i++) worst = Math.max(worst, Math.abs(one.weights[i] - two.weights[i]));
    // 11 Adam steps, each ≤ lr = 1e-3: lanes change only the order of float32 sums.
    expect(worst).toBeLessThan(1e-3);
  });

  it('trains, evaluates and predicts with odd batch splits (n = 2 lanes × 64 + leftovers)', async () => {
    const { model, history } = await trained('seed-a', 2, 6000, 2);
    expect(history.val_acc[1]).toBeGreaterThan(0.75);
    const images = data.test.images.subarray(0, 301 * PIXELS);
    const labels = data.test.labels.subarray(0, 301);
    const probs = model.predict(images, 128);
    let correct = 0;
    for (let i = 0; i < 301; i++) {
      const row = Array.from(probs.subarray(i * 10, i * 10 + 10));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      if (row.indexOf(Math.max(...row)) === labels[i]) correct++;
    }
    expect(model.evaluate(images, labels, 100).acc).toBeCloseTo(correct / 301, 10);
    expect(model.activations(images.subarray(0, PIXELS)).map((a) => a.shape)).toEqual([[28, 26, 5], [3640], [10]]);
  });
});
