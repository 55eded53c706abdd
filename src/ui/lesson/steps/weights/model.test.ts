import { describe, expect, it } from 'vitest';
import { readWeights, weightsCode, type WeightField } from './model';

describe('edit the weights', () => {
  const kernel = Float32Array.from({ length: 15 }, (_, i) => i);
  const bias = new Float32Array(5);
  const field = (filter: number, column: number, text: string): WeightField => ({ filter, column, text });

  it('reads typed numbers into the (1, 3, 1, 5) kernel and the bias', () => {
    const read = readWeights([field(0, 0, '2'), field(4, 2, '-1,5'), field(1, 3, '0.25')], kernel, bias);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.kernel[0]).toBe(2); // kernel[0][0][0][0]
    expect(read.kernel[2 * 5 + 4]).toBe(-1.5); // kernel[0][2][0][4]
    expect(read.bias[1]).toBe(0.25);
    expect(kernel[0]).toBe(0); // the current weights stay as they were
  });

  it('names the first problem and marks every field that has one', () => {
    const read = readWeights([field(0, 0, '1'), field(0, 1, 'abc'), field(0, 2, ''), field(0, 3, '1e3')], kernel, bias);
    expect(read).toMatchObject({ ok: false, field: 1, key: 'stepWeights.invalid', value: 'abc', limit: 100, invalid: [false, true, true, true] });
  });

  it('prints get_weights like numpy', () => {
    expect(weightsCode(new Float32Array(15), new Float32Array(5))).toMatch(/^>>> model\.layers\[0\]\.get_weights\(\)\n\[array\(\[\[\[\[ *0\.000,/);
  });
});
