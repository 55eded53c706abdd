import { describe, expect, it } from 'vitest';
import type { LayerSpec, ModelSpec } from '../../../shared/spec';
import { analyseSpec } from './analysis';

const memory = { batchSize: 128, threads: 1 };
const spec = (...layers: unknown[]): ModelSpec => ({ name: 'm', input: [28, 28, 1], layers: layers as LayerSpec[] });
const conv = (extra: object = {}) => ({ kind: 'conv2d', filters: 8, kernelSize: [3, 3], strides: [2, 2], padding: 'valid', activation: 'relu', ...extra });
const tail = [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }];

describe('the editor’s live analysis', () => {
  it('gives every layer’s shape, parameters, FLOPs and memory, and the totals, for a valid network', () => {
    const a = analyseSpec(spec(conv(), { kind: 'maxPool2d', poolSize: [2, 2] }, ...tail), memory);
    expect(a.problem).toBeNull();
    expect(a.rows.map((r) => r.outputShape)).toEqual([[13, 13, 8], [6, 6, 8], [288], [10]]);
    expect(a.rows.map((r) => r.params)).toEqual([80, 0, 0, 2890]);
    // conv: 13·13·8 outputs × 9 multiply-adds × 2 FLOPs; dense: 288 × 10 × 2.
    expect(a.rows.map((r) => r.flops)).toEqual([13 * 13 * 8 * 9 * 2, 0, 0, 2880 * 2]);
    expect(a.rows[0].activationBytes).toBe(13 * 13 * 8 * 4);
    expect(a.rows[1].activationBytes).toBe(6 * 6 * 8 * 4 * 2); // the output and the max winners
    expect(a.totals).toMatchObject({ params: 2970, inferFlops: 2 * (13 * 13 * 8 * 9 + 2880) });
    expect(a.totals!.trainingBytes).toBeGreaterThan(128 * 13 * 13 * 8 * 4);
  });

  it('works out the layers above the first broken one, and says which layer breaks which rule', () => {
    const a = analyseSpec(spec(conv(), conv({ strides: [0, 1] }), ...tail), memory);
    expect(a.problem).toMatchObject({ code: 'layer.notPositiveInteger', layerIndex: 1, params: { option: 'strides[0]', value: '0' } });
    expect(a.rows.map((r) => r.outputShape)).toEqual([[13, 13, 8], null, null, null]);
    expect(a.totals).toBeNull();
    const misplaced = analyseSpec(spec(conv(), { kind: 'dense', units: 10, activation: 'softmax' }, { kind: 'flatten' }), memory);
    expect(misplaced.problem).toMatchObject({ code: 'layer.needsFlatInput', layerIndex: 1 });
    const sandboxCap = analyseSpec(spec(conv({ kernelSize: [9, 3] }), ...tail), memory);
    expect(sandboxCap.problem).toMatchObject({ code: 'sandbox.kernelTooLarge', layerIndex: 0, params: { cap: '7×7' } });
    expect(sandboxCap.rows[0].outputShape).toEqual([10, 13, 8]); // a valid shape, over the sandbox's cap
  });

  it('says the memory cap depends on the batch size', () => {
    const big = spec(conv({ filters: 64, strides: [1, 1], padding: 'same' }), conv({ filters: 64, strides: [1, 1], padding: 'same' }), ...tail);
    expect(analyseSpec(big, memory).problem).toBeNull();
    expect(analyseSpec(big, { batchSize: 1024, threads: 1 }).problem).toMatchObject({ code: 'sandbox.tooMuchMemory', layerIndex: -1, params: { capMib: 256 } });
  });

  it('never throws, whatever the layers hold', () => {
    const absurd: unknown[][] = [
      [],
      [null],
      [{ kind: 'nonsense' }],
      [conv({ filters: NaN }), ...tail],
      [conv({ kernelSize: 'big' }), ...tail],
      [conv({ filters: 1e12, padding: 'same' }), ...tail],
      [{ kind: 'dropout', rate: -1 }, ...tail],
      [{ kind: 'maxPool2d', poolSize: [Infinity, 2] }, ...tail],
      [{ kind: 'dense', units: 10, activation: 'softmax' }],
    ];
    for (const layers of absurd) {
      const a = analyseSpec(spec(...layers), memory);
      expect(a.problem).not.toBeNull();
      expect(a.rows).toHaveLength(layers.length);
    }
  });
});
