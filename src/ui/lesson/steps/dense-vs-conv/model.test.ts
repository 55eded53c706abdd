// The numbers come from the shared planner and must be the tutorial's (7,840 vs 15).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkCounts, positionAtTime, weightCounts, windowAt } from './model';

describe('why not dense?', () => {
  it('counts Keras weights: 784 × 10 = 7,840 dense vs 5 × 1 × 3 = 15 shared', () => {
    const counts = weightCounts();
    expect(counts).toMatchObject({ inputs: 784, units: 10, denseWeights: 7840, denseBiases: 10, filters: 5, kernel: [1, 3], convWeights: 15, convBiases: 5, convOutput: [28, 26, 5] });
    expect(checkCounts(7840, 15, counts)).toEqual({ dense: true, conv: true });
    expect(checkCounts(7850, 20, counts)).toEqual({ dense: false, conv: false });
  });

  it('the window visits every output position once per loop, as a pure function of time', () => {
    const positions = 28 * 26;
    const seen = new Set<string>();
    for (let i = 0; i < positions; i++) {
      const { row, col } = windowAt(i, 26);
      expect(row).toBeLessThan(28);
      expect(col + 3).toBeLessThanOrEqual(28);
      seen.add(`${row},${col}`);
    }
    expect(seen.size).toBe(positions);
    expect(positionAtTime(0, positions)).toBe(0);
    expect(positionAtTime(1000, positions)).toBe(26); // one row per second
    expect(positionAtTime(28_000, positions)).toBe(0); // loops after the last row
    fc.assert(fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (ms) => {
      const p = positionAtTime(ms, positions);
      return Number.isInteger(p) && p >= 0 && p < positions && p === positionAtTime(ms, positions);
    }));
  });
});
