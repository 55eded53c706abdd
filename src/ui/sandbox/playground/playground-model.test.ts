import { describe, expect, it } from 'vitest';
import { convLayout, featureMap } from '../../views/kernel-slide/conv-slide';
import { classicKernel, CLASSIC_KERNELS, outputFormula, resizeKernel } from './playground-model';

describe('the playground’s kernels', () => {
  it('gives the textbook 3 × 3 kernels', () => {
    expect(classicKernel('edge', 3, 3)).toEqual([-1, 0, 1, -1, 0, 1, -1, 0, 1]);
    expect(classicKernel('sharpen', 3, 3)).toEqual([0, -1, 0, -1, 5, -1, 0, -1, 0]);
    expect(classicKernel('emboss', 3, 3)).toEqual([-2, -1, 0, -1, 1, 1, 0, 1, 2]);
    expect(classicKernel('blur', 3, 3)).toEqual(new Array(9).fill(1 / 9));
    expect(classicKernel('edge', 3, 1)).toEqual([-1, 0, 1]);
  });

  it('grows them by the same rule: blur averages, sharpen sums to 1, edge and emboss see no flat area', () => {
    for (const [kh, kw] of [[1, 1], [1, 3], [5, 5], [7, 7], [2, 4], [7, 1]]) {
      const sum = (kind: (typeof CLASSIC_KERNELS)[number]) => classicKernel(kind, kh, kw).reduce((a, b) => a + b, 0);
      for (const kind of CLASSIC_KERNELS) expect(classicKernel(kind, kh, kw)).toHaveLength(kh * kw);
      expect(sum('blur')).toBeCloseTo(1, 12);
      if (kh % 2 && kw % 2) expect(sum('sharpen')).toBe(1);
      if (kh % 2 && kw % 2) expect(sum('edge')).toBe(0);
    }
    // A flat image gives 0 through an edge kernel; a step edge gives a strong response.
    const flat = new Float64Array(28 * 28).fill(0.5);
    const layout = convLayout({ inH: 28, inW: 28, kh: 5, kw: 5, stride: 1, padding: 'valid' });
    expect(Math.max(...featureMap(flat, layout, classicKernel('edge', 5, 5), 0))).toBeCloseTo(0, 12);
    const step = Float64Array.from({ length: 28 * 28 }, (_, p) => (p % 28 >= 14 ? 1 : 0));
    expect(Math.max(...featureMap(step, layout, classicKernel('edge', 5, 5), 0))).toBe(10);
  });

  it('fills in the output-size formula', () => {
    expect(outputFormula(28, 3, 2, 'valid')).toEqual({ text: '⌊(28 + 2·0 − 3) / 2⌋ + 1 = 13', value: 13 });
    expect(outputFormula(28, 7, 3, 'valid').value).toBe(8);
    expect(outputFormula(28, 7, 3, 'same')).toEqual({ text: '⌈28 / 3⌉ = 10', value: 10 });
  });

  it('keeps the overlapping weights when a kernel changes size', () => {
    expect(resizeKernel([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 3, 2, 4)).toEqual([1, 2, 3, 0, 4, 5, 6, 0]);
  });
});
