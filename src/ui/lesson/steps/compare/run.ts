// "Compare architectures", the one place this step drives training: for one table row, stop
// whatever runs → build the preset → train with live progress → stopped | diverged | done → score
// on the 10,000 test images. It reports in this step's terms; the step fills in the row and goes on
// to the next. (To be replaced by TrainingRun from src/ui/training/.)
import { preset } from '../../../../shared/presets';
import { VALIDATION_SPLIT } from '../../../../shared/training-types';
import type { TestReport, TrainingEvent } from '../../../../shared/worker-protocol';
import { WorkerCrashedError, type TrainerBridge } from '../../../../worker/bridge';
import { BATCH_SIZE, SEED, type Budget } from './model';

export type RowPhase = 'building' | 'training' | 'testing';

export type RowEnd =
  | { status: 'done'; test: TestReport; epochs: number; trainMs: number }
  | { status: 'stopped' | 'diverged' }
  | { status: 'crashed' | 'failed'; detail: string };

export interface RowHooks {
  phase(phase: RowPhase): void;
  /** A batch is done (the row's progress bar follows). */
  batch(event: Extract<TrainingEvent, { type: 'batch' }>): void;
  /** The learner pressed Stop. */
  stopRequested(): boolean;
  /** True once the step went away: the run ends at its next await and reports nothing. */
  cancelled(): boolean;
}

/** Trains and scores preset `name` on `budget`; null when the step went away meanwhile. */
export async function trainComparisonRow(trainer: TrainerBridge, name: string, budget: Budget, hooks: RowHooks): Promise<RowEnd | null> {
  let trainMs = 0;
  try {
    hooks.phase('building');
    await trainer.call((r) => r.stop());
    await trainer.call((r) => r.build(preset(name)!, { seed: SEED, batchSize: BATCH_SIZE }));
    if (hooks.stopRequested() || hooks.cancelled()) return { status: 'stopped' };
    hooks.phase('training');
    const onEvent = (event: TrainingEvent) => {
      if (event.type === 'batch') hooks.batch(event);
      else if (event.type === 'epochEnd') trainMs += event.logs.timeMs;
    };
    const outcome = await trainer.train({ epochs: budget.epochs, batchSize: BATCH_SIZE, validationSplit: VALIDATION_SPLIT, trainLimit: budget.trainImages }, onEvent);
    if (hooks.cancelled()) return null;
    if (outcome.status === 'stopped' || hooks.stopRequested()) return { status: 'stopped' };
    if (outcome.status === 'diverged') return { status: 'diverged' };
    hooks.phase('testing');
    const test = await trainer.call((r) => r.evaluateTest());
    if (hooks.cancelled()) return null;
    return { status: 'done', test, epochs: outcome.history.loss.length, trainMs };
  } catch (error) {
    if (hooks.cancelled()) return null;
    return { status: error instanceof WorkerCrashedError ? 'crashed' : 'failed', detail: String((error as Error)?.message ?? error) };
  }
}
