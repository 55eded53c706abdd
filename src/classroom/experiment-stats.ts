// The class experiment table's numbers, shared by the teacher dashboard and the students' screens:
// per architecture the median and best test accuracy of the class's runs, beside the tutorial's
// own figure where the tutorial gives one (/work/shared/SEED.md: two convolutions then max-pooling
// about 91 %; the notebook's network 1,081 errors of 10,000 = 89.19 %). Pure.
import type { ExperimentRow } from './api-types';
import type { ExperimentArchitecture } from './schemas';

/** Test accuracy (0..1) the tutorial reports, for the architectures it gives a number for. */
export const TUTORIAL_ACCURACY: Partial<Record<ExperimentArchitecture, number>> = {
  'compare-conv-conv-pool': 0.91,
  'seed-notebook': 0.8919,
};

export interface ExperimentSummary {
  architecture: ExperimentArchitecture;
  params: number;
  runs: number;
  median: number | null;
  best: number | null;
  mean: number | null;
  spread: number | null;
  tutorial: number | null;
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summariseExperiment(rows: readonly ExperimentRow[]): ExperimentSummary[] {
  return rows.map((row) => {
    const accuracies = row.points.map((p) => p.testAccuracy);
    return {
      architecture: row.architecture,
      params: row.params,
      runs: row.n,
      median: accuracies.length ? median(accuracies) : null,
      best: accuracies.length ? Math.max(...accuracies) : null,
      mean: row.mean,
      spread: row.spread,
      tutorial: TUTORIAL_ACCURACY[row.architecture] ?? null,
    };
  });
}
