// A sandbox run as the history keeps it (pure): the network, its settings, the per-epoch history,
// the test score, the time, the estimate and the trained weights. Stored as a trained-network
// record (src/ui/training/trained-model.ts, so the app's storage checks spec and weights like any
// other) with the sandbox's own fields under `sandbox`, checked here when read back. Also the
// table's sort and the scatter's points.
import { planModel } from '../../../shared/plan';
import { settingsProblem, type SandboxSettings } from '../../../shared/sandbox-settings';
import type { ModelSpec } from '../../../shared/spec';
import type { HistoryCurves } from '../../../shared/training-types';
import type { SpecModel, TrainedModel } from '../../training/trained-model';
import type { TrainingResult } from '../../training/training-run';

export interface SandboxRun {
  id: string;
  /** Date.now() when the run ended. */
  createdAt: number;
  spec: ModelSpec;
  settings: SandboxSettings;
  seed: number;
  history: HistoryCurves;
  /** Wall time of each epoch, milliseconds. */
  epochMs: number[];
  /** How the run ended ('completed' or 'stopped' after some epochs). */
  status: string;
  testAccuracy: number;
  testErrors: number;
  /** Parameters of the network. */
  params: number;
  /** The estimate shown when it started, seconds per epoch. */
  estimatedSecondsPerEpoch: number | null;
  weights: Float32Array;
}

/** Storage keys of sandbox runs: `sandbox:<id>` (the same key names the run in a share link). */
export const RUN_KEY_PREFIX = 'sandbox:';
export const runKey = (id: string) => `${RUN_KEY_PREFIX}${id}`;

/** A fresh id: time and randomness in base 36, safe in URLs and storage keys. */
export function newRunId(now = Date.now(), random = Math.random): string {
  return `r${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** The run a finished, scored training result makes (null when it kept no network). */
export function runOfResult(result: TrainingResult, settings: SandboxSettings, estimatedSecondsPerEpoch: number | null, id = newRunId(), now = Date.now()): SandboxRun | null {
  const { model, test } = result;
  if (!model?.spec || !test) return null;
  return {
    id,
    createdAt: now,
    spec: model.spec,
    settings,
    seed: model.seed,
    history: result.history,
    epochMs: result.epochs.map((logs) => logs.timeMs),
    status: result.status,
    testAccuracy: test.acc,
    testErrors: test.errors,
    params: planModel(model.spec).totalParams,
    estimatedSecondsPerEpoch,
    weights: model.weights,
  };
}

interface SandboxFields {
  id: string;
  createdAt: number;
  settings: SandboxSettings;
  epochMs: number[];
  status: string;
  estimatedSecondsPerEpoch: number | null;
}

/** The record to store: a trained network (spec + weights) with the sandbox's fields beside. */
export function recordOfRun(run: SandboxRun): SpecModel & { sandbox: SandboxFields } {
  return {
    spec: run.spec,
    seed: run.seed,
    weights: run.weights,
    history: run.history,
    testAccuracy: run.testAccuracy,
    testErrors: run.testErrors,
    quick: run.settings.trainLimit !== null,
    sandbox: { id: run.id, createdAt: run.createdAt, settings: run.settings, epochMs: run.epochMs, status: run.status, estimatedSecondsPerEpoch: run.estimatedSecondsPerEpoch },
  };
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A stored record (already a valid trained network) as a sandbox run, or undefined when it is not one. */
export function runOfRecord(model: TrainedModel): SandboxRun | undefined {
  const extra = (model as { sandbox?: Partial<SandboxFields> }).sandbox;
  if (!extra || typeof extra.id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(extra.id) || !finite(extra.createdAt)) return undefined;
  if (settingsProblem(extra.settings) !== null || !finite(model.testAccuracy) || !finite(model.testErrors)) return undefined;
  if (!Array.isArray(extra.epochMs) || !extra.epochMs.every(finite) || typeof extra.status !== 'string') return undefined;
  const estimate = extra.estimatedSecondsPerEpoch;
  const spec = model.spec!;
  let params: number;
  try {
    params = planModel(spec).totalParams;
  } catch {
    return undefined;
  }
  return {
    id: extra.id,
    createdAt: extra.createdAt,
    spec,
    settings: extra.settings!,
    seed: model.seed,
    history: model.history,
    epochMs: extra.epochMs,
    status: extra.status,
    testAccuracy: model.testAccuracy,
    testErrors: model.testErrors,
    params,
    estimatedSecondsPerEpoch: finite(estimate) ? estimate : null,
    weights: model.weights,
  };
}

export type RunSortKey = 'createdAt' | 'name' | 'params' | 'testAccuracy' | 'trainMs';
export type SortDirection = 'ascending' | 'descending';

export const trainMsOf = (run: SandboxRun) => run.epochMs.reduce((a, b) => a + b, 0);

const SORT_VALUES: Record<RunSortKey, (run: SandboxRun) => number | string> = {
  createdAt: (run) => run.createdAt,
  name: (run) => run.spec.name.toLowerCase(),
  params: (run) => run.params,
  testAccuracy: (run) => run.testAccuracy,
  trainMs: trainMsOf,
};

/** A sorted copy; ties keep the older run first (a stable, testable order). */
export function sortRuns(runs: readonly SandboxRun[], key: RunSortKey, direction: SortDirection): SandboxRun[] {
  const value = SORT_VALUES[key];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...runs].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order * sign || a.createdAt - b.createdAt;
  });
}
