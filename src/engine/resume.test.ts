// Exact resume: a model trained 2 epochs, its training state exported, put into a NEW model of the
// same spec, seed and thread count and trained from epoch 2 ends bit-identical to a model trained
// 3 epochs without a break (weights, Adam moments and step, the third epoch's metrics).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import type { FashionMnist } from '../data/dataset';
import { preset } from '../shared/presets';
import { TrainingInputError } from './fit';
import { createModel } from './node';

let data: FashionMnist;
const PIXELS = 784;
const IMAGES = 640;
const options = { batchSize: 32, validationSplit: 0.1 };
const sameBits = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

beforeAll(() => {
  data = readFashionMnist();
});

const subset = () => [data.train.images.subarray(0, IMAGES * PIXELS), data.train.labels.subarray(0, IMAGES)] as const;

describe.each([1, 2])('resume on %i thread(s)', (threads) => {
  it('train 3 epochs = train 2, checkpoint, new model, restore, train epoch 3 (bit-identical)', async () => {
    const spec = preset('seed-notebook')!;
    const uninterrupted = await createModel(spec, { seed: 7, threads });
    const full = await uninterrupted.fit(...subset(), { ...options, epochs: 3 });

    const first = await createModel(spec, { seed: 7, threads });
    const start = await first.fit(...subset(), { ...options, epochs: 2 });
    const checkpoint = structuredClone(first.exportTrainingState()); // as IndexedDB would keep it
    first.dispose();

    const resumed = await createModel(spec, { seed: 7, threads });
    resumed.importTrainingState(checkpoint);
    const epochs: number[] = [];
    const rest = await resumed.fit(...subset(), { ...options, epochs: 3, initialEpoch: 2, callbacks: { onEpochBegin: (e) => void epochs.push(e) } });

    expect(epochs).toEqual([2]);
    expect(rest.epoch).toEqual([2]);
    expect([...start.loss, ...rest.loss]).toEqual(full.loss);
    expect([...start.val_acc, ...rest.val_acc]).toEqual(full.val_acc);
    const a = uninterrupted.exportTrainingState();
    const b = resumed.exportTrainingState();
    expect(b.step).toBe(a.step);
    expect(sameBits(b.params, a.params)).toBe(true);
    expect(sameBits(b.m, a.m)).toBe(true);
    expect(sameBits(b.v, a.v)).toBe(true);
    uninterrupted.dispose();
    resumed.dispose();
  });
});

describe('resume input checks', () => {
  it('a resume without the optimiser state (weights only) is not the same run', async () => {
    const spec = preset('seed-a')!;
    const full = await createModel(spec, { seed: 3 });
    await full.fit(...subset(), { ...options, epochs: 2 });
    const first = await createModel(spec, { seed: 3 });
    await first.fit(...subset(), { ...options, epochs: 1 });
    const weightsOnly = await createModel(spec, { seed: 3 });
    weightsOnly.importWeights(first.exportWeights()); // resets Adam: moments 0, step 0
    await weightsOnly.fit(...subset(), { ...options, epochs: 2, initialEpoch: 1 });
    expect(sameBits(weightsOnly.exportWeights(), full.exportWeights())).toBe(false);
  });

  it('rejects a state of another model, non-finite moments, a bad step and a bad initialEpoch', async () => {
    const model = await createModel(preset('seed-a')!, { seed: 1 });
    const state = model.exportTrainingState();
    const other = (await createModel(preset('seed-notebook')!)).exportTrainingState();
    expect(() => model.importTrainingState(other)).toThrow(/params must be 36430 float32 values for "seed-a", got 9770/);
    const nan = { ...state, v: state.v.slice() };
    nan.v[5] = NaN;
    expect(() => model.importTrainingState(nan)).toThrow(/v\[5\] is NaN/);
    expect(() => model.importTrainingState({ ...state, step: -1 })).toThrow(/step must be a whole number/);
    await expect(model.fit(...subset(), { epochs: 2, initialEpoch: 3 })).rejects.toThrow(TrainingInputError);
    await expect(model.fit(...subset(), { epochs: 2, initialEpoch: 3 })).rejects.toThrow(/initialEpoch must be a whole number from 0 to epochs \(2\), got 3/);
  });
});
