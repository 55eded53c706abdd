// "A custom layer: channel max-pooling", the one place this step drives training: stop whatever
// runs → build the notebook model → train with live progress → diverged | stopped before an epoch
// ended | done → score on the 10,000 test images and export the weights. It reports in this step's
// terms; the step decides what the learner sees. (To be replaced by TrainingRun from src/ui/training/.)
import { preset } from '../../../../shared/presets';
import { VALIDATION_SPLIT } from '../../../../shared/training-types';
import type { TestReport, TrainingEvent } from '../../../../shared/worker-protocol';
import type { TrainerBridge } from '../../../../worker/bridge';
import type { TrainedModel } from '../../step';
import { LESSON_SEED } from '../../trained-models';
import { PRESET, type Budget } from './model';

export type NotebookPhase = 'building' | 'training' | 'testing';

export type NotebookEnd =
  | { status: 'done'; history: TrainedModel['history']; test: TestReport; weights: Float32Array }
  | { status: 'stoppedEarly' }
  /** Diverged, or any error (a crashed worker too): the learner trains again. */
  | { status: 'diverged' | 'failed'; detail: string };

export interface NotebookHooks {
  phase(phase: NotebookPhase): void;
  batch(event: Extract<TrainingEvent, { type: 'batch' }>): void;
  /** True once the step went away: the run ends at its next await and reports nothing. */
  cancelled(): boolean;
}

/** Trains the notebook model on `budget`; null when the step went away meanwhile. */
export async function trainNotebookModel(trainer: TrainerBridge, budget: Budget, hooks: NotebookHooks): Promise<NotebookEnd | null> {
  try {
    hooks.phase('building');
    await trainer.call((r) => r.stop());
    await trainer.call((r) => r.build(preset(PRESET)!, { seed: LESSON_SEED, batchSize: budget.batchSize }));
    hooks.phase('training');
    const history: TrainedModel['history'] = { loss: [], acc: [], val_loss: [], val_acc: [] };
    const onEvent = (event: TrainingEvent) => {
      if (hooks.cancelled()) return;
      if (event.type === 'batch') hooks.batch(event);
      else if (event.type === 'epochEnd') {
        history.loss.push(event.logs.loss);
        history.acc.push(event.logs.acc);
        if (event.logs.val_loss !== undefined) history.val_loss.push(event.logs.val_loss);
        if (event.logs.val_acc !== undefined) history.val_acc.push(event.logs.val_acc);
      }
    };
    const outcome = await trainer.train({ epochs: budget.epochs, batchSize: budget.batchSize, validationSplit: VALIDATION_SPLIT, trainLimit: budget.trainImages }, onEvent);
    if (hooks.cancelled()) return null;
    if (outcome.status === 'diverged') return { status: 'diverged', detail: outcome.message ?? '' };
    if (history.loss.length === 0) return { status: 'stoppedEarly' };
    hooks.phase('testing');
    const test = await trainer.call((r) => r.evaluateTest());
    const weights = await trainer.call((r) => r.exportWeights());
    if (hooks.cancelled()) return null;
    return { status: 'done', history, test, weights };
  } catch (error) {
    if (hooks.cancelled()) return null;
    return { status: 'failed', detail: String((error as Error)?.message ?? error) };
  }
}
