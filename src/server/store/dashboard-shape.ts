// Pure shaping of the dashboard's query rows: per-round prediction summaries and the class
// experiment's per-architecture statistics. No SQL here, so the arithmetic is unit-tested alone.
import type { ExperimentPoint, ExperimentRow, PredictionRound } from '../../classroom/api-types';
import type { ExperimentArchitecture } from '../../classroom/schemas';
import { planModel } from '../../shared/plan';
import { preset } from '../../shared/presets';

export interface PickCount {
  round_id: string;
  truth: number;
  network: number;
  predicted: number;
  n: number;
}

/** Rows (round, truth, network, predicted, count) → one summary per round, in round order. */
export function predictionRounds(picks: readonly PickCount[]): PredictionRound[] {
  const rounds = new Map<string, PredictionRound & { best: number }>();
  for (const pick of picks) {
    let round = rounds.get(pick.round_id);
    if (!round) {
      round = { roundId: pick.round_id, truth: pick.truth, network: pick.network, students: 0, studentsRight: 0, commonPick: pick.predicted, best: 0 };
      rounds.set(pick.round_id, round);
    }
    round.students += pick.n;
    if (pick.predicted === pick.truth) round.studentsRight += pick.n;
    if (pick.n > round.best || (pick.n === round.best && pick.predicted < round.commonPick)) {
      round.best = pick.n;
      round.commonPick = pick.predicted;
    }
  }
  return [...rounds.values()]
    .sort((a, b) => a.roundId.localeCompare(b.roundId, 'en', { numeric: true }))
    .map(({ best: _best, ...round }) => round);
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample standard deviation (divides by n − 1); null below two values. */
export function sampleSpread(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

const paramsCache = new Map<string, number>();
export function presetParams(architecture: string): number {
  let params = paramsCache.get(architecture);
  if (params === undefined) {
    const spec = preset(architecture);
    params = spec ? planModel(spec).totalParams : 0;
    paramsCache.set(architecture, params);
  }
  return params;
}

/** One row per architecture: the session's chosen ones first (table order), then any others posted. */
export function experimentTable(chosen: readonly ExperimentArchitecture[], points: readonly (ExperimentPoint & { architecture: ExperimentArchitecture })[]): ExperimentRow[] {
  const order = [...chosen];
  for (const point of points) if (!order.includes(point.architecture)) order.push(point.architecture);
  return order.map((architecture) => {
    const mine = points.filter((p) => p.architecture === architecture).map(({ architecture: _a, ...point }) => point);
    const accuracies = mine.map((p) => p.testAccuracy);
    return { architecture, params: presetParams(architecture), n: mine.length, mean: mean(accuracies), spread: sampleSpread(accuracies), points: mine };
  });
}
