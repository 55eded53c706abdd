// The notebook model's tutorial-length run, through the training owner's background worker (the
// lesson's LongRun, ../../long-run.ts): the request only. The owner does build → train → score →
// keep; the lesson frame keeps the result even when this step is gone.
import { preset } from '../../../../shared/presets';
import { debugNumber } from '../../../framework/debug';
import type { TrainingRequest } from '../../../training/training-run';
import { LESSON_SEED } from '../../trained-models';
import { LONG_RUN, PRESET } from './model';

/** The run's epochs: LONG_RUN's, unless a test shortens it (debug flag and `?longRunEpochs=N`). */
export const longRunEpochs = (): number => debugNumber('longRunEpochs') ?? LONG_RUN.epochs;

export function notebookLongRequest(threads: number): TrainingRequest {
  return {
    spec: preset(PRESET)!,
    preset: PRESET,
    settings: { epochs: longRunEpochs(), batchSize: LONG_RUN.batchSize, seed: LESSON_SEED, threads },
    quick: false,
    score: 'completed',
  };
}
