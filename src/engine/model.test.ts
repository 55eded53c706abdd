// The model API on real Fashion-MNIST (a subset, to keep the suite fast): learning, Keras
// split semantics, determinism, divergence recovery, weights and activations.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { preset } from '../shared/presets';
import { createModel } from './node';
import { TrainingInputError } from './fit';

let data: FashionMnist;
const PIXELS = 784;
const subset = (n: number, from = 0) => ({
  images: data.train.images.subarray(from * PIXELS, (from + n) * PIXELS),
  labels: data.train.labels.subarray(from, from + n),
});

beforeAll(() => {
  data = readFashionMnist();
});

describe('Model.fit on real data', () => {
  it('learns seed-a: validation accuracy > 75 % after 2 epochs on 6,000 images', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 3 });
    const { images, labels } = subset(6000);
    const history = await model.fit(images, labels, { epochs: 2, batchSize: 128 });
    expect(history.status).toBe('completed');
    expect(history.loss).toHaveLength(2);
    expect(history.loss[1]).toBeLessThan(history.loss[0]);
    expect(history.val_acc[1]).toBeGreaterThan(0.75);
  });

  it('validates on the LAST 10 % of the arrays, with the final weights of the epoch', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 5 });
    const { images, labels } = subset(1000);
    const history = await model.fit(images, labels, { epochs: 1, batchSize: 64, validationSplit: 0.1 });
    const lastTenth = model.evaluate(images.subarray(900 * PIXELS), labels.subarray(900));
    expect(history.val_loss[0]).toBeCloseTo(lastTenth.loss, 5);
    expect(history.val_acc[0]).toBe(lastTenth.acc);
  });

  it('is bit-identical for the same seed and differs for another', async () => {
    const { images, labels } = subset(1500);
    const run = async (seed: number) => {
      const model = await createModel(preset('seed-notebook')!, { seed });
      await model.fit(images, labels, { epochs: 1, batchSize: 100 });
      return model.exportWeights();
    };
    const [a, b, c] = [await run(11), await run(11), await run(12)];
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    expect(Buffer.from(a.buffer).equals(Buffer.from(c.buffer))).toBe(false);
  });

  it('keeps its memory fixed across epochs (everything laid out once)', async () => {
    const model = await createModel(preset('bench-c')!, { seed: 1, batchSize: 128 });
    const before = model.memoryBytes;
    await model.fit(...(Object.values(subset(600)) as [Uint8Array, Uint8Array]), { epochs: 2, batchSize: 128 });
    expect(model.memoryBytes).toBe(before);
    expect(before).toBeLessThan(64 * 2 ** 20);
  });
});

describe('Model.fit failure paths', () => {
  it('stops on a non-finite loss and restores the last good epoch', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 2 });
    const { images, labels } = subset(1000);
    await model.fit(images, labels, { epochs: 1, batchSize: 100 });
    const good = model.exportWeights();
    const history = await model.fit(images, labels, {
      epochs: 3,
      batchSize: 100,
      optimizer: { kind: 'sgd', learningRate: 1e30 },
    });
    expect(history.status).toBe('diverged');
    expect(history.message).toMatch(/loss became (NaN|Infinity) at epoch 1, batch \d+; restored/);
    expect(Array.from(model.exportWeights())).toEqual(Array.from(good));
  });

  it('stops between batches when asked, returning the history so far', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 2 });
    const { images, labels } = subset(2000);
    let batches = 0;
    const history = await model.fit(images, labels, {
      epochs: 5,
      batchSize: 50,
      callbacks: {
        onBatchEnd: () => {
          batches++;
          if (batches === 3) model.stopTraining();
        },
      },
    });
    expect(history.status).toBe('stopped');
    expect(batches).toBe(3);
    expect(history.loss).toEqual([]);
  });

  it('rejects mismatched arrays, bad labels and bad options with a clear message', async () => {
    const model = await createModel(preset('seed-a')!);
    const { images, labels } = subset(10);
    await expect(model.fit(images.subarray(1), labels, { epochs: 1 })).rejects.toThrow(/pixels do not make 10 images of 784/);
    const bad = labels.slice();
    bad[4] = 12;
    await expect(model.fit(images, bad, { epochs: 1 })).rejects.toThrow(/label 12 at index 4/);
    await expect(model.fit(images, labels, { epochs: 1, batchSize: 0 })).rejects.toThrow(TrainingInputError);
    await expect(model.fit(images, labels, { epochs: 1, validationSplit: 1 })).rejects.toThrow(/validationSplit/);
  });
});

describe('weights and activations', () => {
  it('get/set weights with Keras shapes; "set all to 2" as in the notebook', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 4 });
    const [kernel, bias] = model.getWeights(0);
    expect(kernel.shape).toEqual([1, 3, 1, 5]);
    expect(bias.shape).toEqual([5]);
    expect(Array.from(bias.values)).toEqual([0, 0, 0, 0, 0]);
    model.setWeights(0, [{ shape: [1, 3, 1, 5], values: new Float32Array(15).fill(2) }, bias.values]);
    expect(Array.from(model.getWeights('conv2d')[0].values)).toEqual(new Array(15).fill(2));
    expect(model.getWeights(1)).toEqual([]);
    expect(() => model.setWeights(0, [kernel.values])).toThrow(/has 2 weight arrays/);
    expect(() => model.setWeights(0, [{ shape: [3, 1, 1, 5], values: kernel.values }, bias.values])).toThrow(/shape \(3, 1, 1, 5\) does not match \(1, 3, 1, 5\)/);
    expect(() => model.setWeights(0, [kernel.values, [1, 2, 3]])).toThrow(/3 values, expected 5/);
    expect(() => model.setWeights(0, [kernel.values, [1, 2, NaN, 4, 5]])).toThrow(/value 2 is NaN/);
    expect(() => model.getWeights(7)).toThrow(/no layer 7/);
  });

  it('returns every layer output with its shape; layer 0 matches a hand-computed 1×3 window', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 9 });
    const image = data.test.images.subarray(35 * PIXELS, 36 * PIXELS);
    const acts = model.activations(image);
    expect(acts.map((a) => a.shape)).toEqual([[28, 26, 5], [3640], [10]]);
    const probs = acts[2].values;
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const [kernel, bias] = model.getWeights(0);
    // output (y=14, x=10, filter f) = relu(sum_kx w[0,kx,0,f] * x[14, 10+kx] / 255 + b[f])
    for (let f = 0; f < 5; f++) {
      let sum = bias.values[f];
      for (let kx = 0; kx < 3; kx++) sum += kernel.values[kx * 5 + f] * (image[14 * 28 + 10 + kx] / 255);
      expect(acts[0].values[(14 * 26 + 10) * 5 + f]).toBeCloseTo(Math.max(0, sum), 5);
    }
    expect(() => model.activations(image.subarray(1))).toThrow(/784 pixels/);
  });

  it('predict gives N×10 rows summing to 1, matching evaluate', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 1 });
    const images = data.test.images.subarray(0, 300 * PIXELS);
    const labels = data.test.labels.subarray(0, 300);
    const probs = model.predict(images, 128);
    expect(probs.length).toBe(3000);
    let correct = 0;
    for (let i = 0; i < 300; i++) {
      const row = probs.subarray(i * 10, i * 10 + 10);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      if (row.indexOf(Math.max(...row)) === labels[i]) correct++;
    }
    expect(model.evaluate(images, labels).acc).toBe(correct / 300);
  });
});
