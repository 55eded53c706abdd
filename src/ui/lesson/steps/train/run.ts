// "Train it", the one place this step drives training: stop whatever runs → build the first network →
// train with live events (layer 0 watched) → diverged | stopped before an epoch ended | stopped |
// done → score on the 10,000 test images and export the weights. It reports in this step's terms;
// the step decides what the learner sees. (To be replaced by TrainingRun from src/ui/training/.)
import { preset } from '../../../../shared/presets';
import { VALIDATION_SPLIT } from '../../../../shared/training-types';
import type { TestReport, TrainingEvent } from '../../../../shared/worker-protocol';
import { WorkerCrashedError, type TrainerBridge } from '../../../../worker/bridge';
import { BATCH_SIZE, PRESET, type Budget } from './model';

export type TrainPhase = 'building' | 'training' | 'testing';

export type TrainEnd =
  | { status: 'done' | 'stopped'; epochs: number; test: TestReport; weights: Float32Array }
  | { status: 'stoppedEarly' }
  | { status: 'diverged' | 'crashed' | 'failed'; detail: string };

export interface TrainHooks {
  phase(phase: TrainPhase): void;
  event(event: TrainingEvent): void;
  /** True once the step went away: the run ends at its next await and reports nothing. */
  cancelled(): boolean;
}

/** Trains the first network with `seed` on `budget`; null when the step went away meanwhile. */
export async function trainFirstNetwork(trainer: TrainerBridge, budget: Budget, seed: number, hooks: TrainHooks): Promise<TrainEnd | null> {
  try {
    hooks.phase('building');
    await trainer.call((r) => r.stop());
    await trainer.call((r) => r.build(preset(PRESET)!, { seed, batchSize: BATCH_SIZE }));
    if (hooks.cancelled()) return null;
    hooks.phase('training');
    const outcome = await trainer.train(
      { epochs: budget.epochs, batchSize: BATCH_SIZE, validationSplit: VALIDATION_SPLIT, trainLimit: budget.trainImages, watchLayers: [0] },
      (event) => hooks.cancelled() || hooks.event(event),
    );
    if (hooks.cancelled()) return null;
    if (outcome.status === 'diverged') return { status: 'diverged', detail: outcome.message ?? '' };
    const epochs = outcome.history.loss.length;
    if (epochs === 0) return { status: 'stoppedEarly' };
    hooks.phase('testing');
    const test = await trainer.call((r) => r.evaluateTest());
    const weights = await trainer.call((r) => r.exportWeights());
    if (hooks.cancelled()) return null;
    return { status: outcome.status === 'stopped' ? 'stopped' : 'done', epochs, test, weights };
  } catch (error) {
    if (hooks.cancelled()) return null;
    return { status: error instanceof WorkerCrashedError ? 'crashed' : 'failed', detail: String((error as Error)?.message ?? error) };
  }
}
