// "Compare architectures" through the training owner (src/ui/training/): the request for one table
// row and what its end means for the row. The owner does stop → build → train → diverged /
// stopped / crashed → score; a row is scored only when its run completed.
import { preset } from '../../../../shared/presets';
import type { TrainingMessage, TrainingRequest, TrainingResult, TrainingRunEvent } from '../../../training/training-run';
import type { Budget } from './budgets';
import { BATCH_SIZE, SEED, type ComparisonResult } from './model';

export function comparisonRequest(name: string, budget: Budget, threads: number, onEvent: (event: TrainingRunEvent) => void): TrainingRequest {
  return {
    spec: preset(name)!,
    preset: name,
    settings: { epochs: budget.epochs, batchSize: BATCH_SIZE, seed: SEED, threads, trainLimit: budget.trainImages },
    score: 'completed',
    onEvent,
  };
}

export type RowEnd =
  | { status: 'done'; result: ComparisonResult }
  | { status: 'stopped' }
  /** Diverged, crashed or failed: the message says which. */
  | { status: 'diverged' | 'crashed' | 'failed'; message: TrainingMessage | null };

/** How a row's run ended; `trainImages` = the images it was given (training + validation). */
export function rowEnd(result: TrainingResult, name: string, params: number, trainImages: number): RowEnd {
  const { test } = result;
  if (result.status === 'completed' && test) {
    return {
      status: 'done',
      result: { preset: name, params, testAccuracy: test.acc, testErrors: test.errors, trainSeconds: result.timing.trainMs / 1000, epochs: result.epochs.length, trainImages },
    };
  }
  if (result.status === 'stopped' || result.status === 'completed') return { status: 'stopped' };
  return { status: result.status, message: result.message };
}
