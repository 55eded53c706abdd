// Gradient check of the float64 reference average pool, and its TF 'same' divisor.
import { describe, expect, it } from 'vitest';
import { avgPool2dBackward, avgPool2dForward, avgPoolShape } from './avgpool2d';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';
import { randomF32Values, seededRandom } from './random';

describe('reference avgPool2d', () => {
  const cases: [number, number, number, number, number, number, number, number, 'valid' | 'same'][] = [
    [2, 6, 7, 3, 2, 2, 2, 2, 'valid'],
    [1, 7, 9, 2, 3, 3, 2, 2, 'valid'], // overlapping windows
    [1, 5, 5, 2, 2, 3, 1, 3, 'same'],
    [2, 7, 6, 3, 3, 2, 2, 1, 'same'],
    [1, 4, 5, 1, 1, 1, 3, 2, 'valid'], // gapped windows: some inputs get no gradient
  ];
  for (const [n, h, wd, c, ph, pw, sh, sw, padding] of cases) {
    it(`backward = derivative of forward, pool ${ph}x${pw} stride ${sh}x${sw} ${padding}`, () => {
      const s = avgPoolShape(n, h, wd, c, ph, pw, sh, sw, padding);
      const random = seededRandom(h * wd + c + ph);
      const x = randomF32Values(random, n * h * wd * c), r = randomF32Values(random, n * s.oh * s.ow * c);
      const loss = () => weightedSum(avgPool2dForward(x, s), r);
      expectGradient('dx', avgPool2dBackward(r, s), numericGradient(loss, x));
    });
  }

  it("'same' divides by the in-image taps only (TF), 'valid' by the whole window", () => {
    // 3×3 image of ones, 2×2 pool stride 2 'same': OH = OW = 2, padding only after (total 1).
    const ones = new Float64Array(9).fill(1);
    expect(Array.from(avgPool2dForward(ones, avgPoolShape(1, 3, 3, 1, 2, 2, 2, 2, 'same')))).toEqual([1, 1, 1, 1]);
    // x = 0..8: windows {0,1,3,4}, {2,5}, {6,7}, {8}
    const ramp = Float64Array.from({ length: 9 }, (_, i) => i);
    expect(Array.from(avgPool2dForward(ramp, avgPoolShape(1, 3, 3, 1, 2, 2, 2, 2, 'same')))).toEqual([2, 3.5, 6.5, 8]);
    expect(Array.from(avgPool2dForward(ramp, avgPoolShape(1, 3, 3, 1, 2, 2, 1, 1, 'valid')))).toEqual([2, 3, 5, 6]);
    // 3×3 pool stride 1 'same' on 3×3: corner windows hold 4 taps, edges 6, the centre 9.
    const same3 = avgPoolShape(1, 3, 3, 1, 3, 3, 1, 1, 'same');
    expect(same3).toMatchObject({ oh: 3, ow: 3, padTop: 1, padLeft: 1 });
    expect(avgPool2dForward(ramp, same3)[0]).toBe((0 + 1 + 3 + 4) / 4);
  });
});
