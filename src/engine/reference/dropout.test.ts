// The float64 reference dropout: derivative of its forward for a fixed mask, the engine's
// generator as its source of draws, and the inverted-dropout statistics.
import { describe, expect, it } from 'vitest';
import { drawThreshold, mulberry32 } from '../random';
import { dropoutBackward, dropoutForward, dropoutMask } from './dropout';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';
import { randomF32Values, seededRandom } from './random';

describe('reference dropout', () => {
  it('backward = derivative of forward for the step’s mask', () => {
    const random = seededRandom(5);
    const x = randomF32Values(random, 40), r = randomF32Values(random, 40);
    const mask = dropoutMask(77, 13, 40, 0.3);
    const loss = () => weightedSum(dropoutForward(x, mask), r);
    expectGradient('dx', dropoutBackward(r, mask), numericGradient(loss, x));
  });

  it('draws element i from output offset + i of mulberry32(seed), dropping iff random() < rate', () => {
    const random = mulberry32(9);
    const draws = Array.from({ length: 20 }, random);
    const mask = dropoutMask(9, 5, 15, 0.5);
    expect(Array.from(mask)).toEqual(draws.slice(5).map((u) => (u < 0.5 ? 0 : 2)));
  });

  it('keeps about 1 − rate of the elements and preserves the mean (inverted scaling)', () => {
    for (const rate of [0, 0.1, 0.5, 0.9]) {
      const count = 200_000;
      const mask = dropoutMask(rate * 1000 + 1, 0, count, rate);
      const kept = mask.reduce((k, m) => k + (m > 0 ? 1 : 0), 0) / count;
      const mean = mask.reduce((a, b) => a + b, 0) / count;
      // binomial standard deviation ≤ sqrt(0.25 / count) ≈ 1.1e-3: 5σ bounds
      expect(Math.abs(kept - (1 - rate)), `rate ${rate}`).toBeLessThan(5.6e-3);
      expect(Math.abs(mean - 1), `rate ${rate}`).toBeLessThan(rate === 0.9 ? 6e-2 : 1.2e-2);
    }
  });

  it('the kernel threshold agrees with random() < p on the raw u32 of every draw', () => {
    const random = mulberry32(3);
    for (const p of [0, 1e-9, 0.1, 0.25, 0.5, 1 / 3, 0.999999]) {
      const threshold = drawThreshold(p);
      for (let i = 0; i < 2000; i++) {
        const v = random();
        expect(v * 2 ** 32 < threshold, `p ${p} draw ${v}`).toBe(v < p);
      }
    }
    expect(drawThreshold(0.5)).toBe(2 ** 31);
    expect(drawThreshold(1 - 2 ** -40)).toBe(2 ** 32 - 1);
  });
});
