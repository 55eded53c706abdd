import { describe, expect, it } from 'vitest';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import { filterKernel, formatNumpy, kernelIndex, layerWeightsFromFlat, parseWeight, shortNumber } from './weights';

describe('weights', () => {
  it('indexes a Keras (KH, KW, C, K) kernel', () => {
    const shape = [1, 3, 1, 5];
    expect(kernelIndex(shape, 0, 2, 0, 4)).toBe(14);
    const values = Float32Array.from({ length: 15 }, (_, i) => i);
    expect(filterKernel(values, shape, 1)).toEqual([1, 6, 11]);
    expect(filterKernel(Float32Array.from({ length: 18 }, (_, i) => i), [3, 3, 1, 2], 1)).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17]);
  });

  it('cuts one layer out of a saved parameter vector', () => {
    const plan = planModel(preset('seed-a')!);
    const flat = Float32Array.from({ length: plan.totalParams }, (_, i) => i);
    const [kernel, bias] = layerWeightsFromFlat(plan, flat, 0);
    expect(kernel).toMatchObject({ role: 'kernel', shape: [1, 3, 1, 5] });
    expect([...kernel.values]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect([...bias.values]).toEqual([15, 16, 17, 18, 19]);
    expect(layerWeightsFromFlat(plan, flat, 2)[1].values[9]).toBe(36429);
    expect(() => layerWeightsFromFlat(plan, new Float32Array(3), 0)).toThrow(/3 numbers/);
  });

  it('accepts typed numbers and explains the rest', () => {
    expect(parseWeight(' 2 ')).toEqual({ ok: true, value: 2 });
    expect(parseWeight('-0.25')).toEqual({ ok: true, value: -0.25 });
    expect(parseWeight('−1,5')).toEqual({ ok: true, value: -1.5 });
    expect(parseWeight('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseWeight('1e-2')).toEqual({ ok: true, value: 0.01 });
    expect(parseWeight('-0')).toEqual({ ok: true, value: 0 });
    expect(parseWeight('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseWeight('abc')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseWeight('1.2.3')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseWeight('0x10')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseWeight('Infinity')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseWeight('1e400')).toEqual({ ok: false, reason: 'notNumber' });
    expect(parseWeight('101')).toEqual({ ok: false, reason: 'outOfRange' });
  });

  it('prints numbers short and arrays like numpy', () => {
    expect(shortNumber(0.123456)).toBe('0.1235');
    expect(shortNumber(2)).toBe('2');
    expect(shortNumber(-0.00001)).toBe('0');
    expect(formatNumpy([0.1, -0.2, 2, 0], [1, 2, 1, 2], 2)).toBe('array([[[[ 0.10, -0.20]],\n\n        [[ 2.00,  0.00]]]], dtype=float32)');
    expect(formatNumpy([1, 2], [2], 1)).toBe('array([1.0, 2.0], dtype=float32)');
  });
});
