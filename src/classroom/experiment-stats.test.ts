import { describe, expect, it } from 'vitest';
import type { ExperimentRow } from './api-types';
import { median, summariseExperiment } from './experiment-stats';

const point = (testAccuracy: number) => ({ studentId: 's', nickname: 'n', seed: 1, testAccuracy, params: 100 });

describe('the class experiment summary', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([0.9, 0.8, 0.85])).toBe(0.85);
    expect(median([0.8, 0.9])).toBeCloseTo(0.85, 12);
  });

  it('gives median, best and the tutorial figure per architecture; empty rows have none', () => {
    const rows: ExperimentRow[] = [
      { architecture: 'compare-conv-conv-pool', params: 37_450, n: 3, mean: 0.9, spread: 0.01, points: [point(0.89), point(0.91), point(0.9)] },
      { architecture: 'compare-conv', params: 78_510, n: 0, mean: null, spread: null, points: [] },
    ];
    const [winner, empty] = summariseExperiment(rows);
    expect(winner).toMatchObject({ runs: 3, median: 0.9, best: 0.91, tutorial: 0.91 });
    expect(empty).toMatchObject({ runs: 0, median: null, best: null, tutorial: null });
  });
});
