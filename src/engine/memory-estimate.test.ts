// The shared cost model's memory estimate (src/shared/cost.ts) is the engine's real layout: the
// bytes a model's arena uses after the kernels' static data, for every preset and the sandbox's
// kinds, at several batch sizes and on one and two threads.
import { afterAll, describe, expect, it } from 'vitest';
import { memoryEstimate } from '../shared/cost';
import { planModel } from '../shared/plan';
import { preset, presetNames } from '../shared/presets';
import type { ModelSpec } from '../shared/spec';
import type { Model } from './model';
import { createModel } from './node';
import { loadKernelsNode } from './wasm-node';

const models: Model[] = [];
afterAll(() => models.forEach((m) => m.dispose()));

const sandboxSpec: ModelSpec = {
  name: 'sandbox-kinds',
  input: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 7, kernelSize: [5, 5], strides: [2, 2], padding: 'same', activation: 'relu' },
    { kind: 'dropout', rate: 0.2 },
    { kind: 'avgPool2d', poolSize: [3, 3], strides: [1, 1], padding: 'same' },
    { kind: 'channelMaxPool' },
    { kind: 'flatten' },
    { kind: 'dropout', rate: 0.4 },
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
};

describe('memoryEstimate = the engine arena', () => {
  it.each([...presetNames(), 'sandbox-kinds'])('%s at batch 1, 37 and 128', async (name) => {
    const spec = name === 'sandbox-kinds' ? sandboxSpec : preset(name)!;
    const heapStart = Math.ceil((await loadKernelsNode()).exports.heapBase() / 64) * 64;
    for (const batchSize of [1, 37, 128]) {
      const model = await createModel(spec, { batchSize });
      expect(memoryEstimate(planModel(spec), batchSize).totalBytes, `batch ${batchSize}`).toBe(model.memoryBytes - heapStart);
    }
  });

  it('on two threads', async () => {
    const heapStart = Math.ceil((await loadKernelsNode()).exports.heapBase() / 64) * 64;
    const model = await createModel(sandboxSpec, { batchSize: 101, threads: 2 });
    models.push(model);
    expect(model.threads).toBe(2);
    expect(memoryEstimate(planModel(sandboxSpec), 101, 2).totalBytes).toBe(model.memoryBytes - heapStart);
  });
});
