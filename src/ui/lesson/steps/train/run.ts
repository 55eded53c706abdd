// "Train it" through the training owner (src/ui/training/): the request for the first network
// (layer 1 watched: the tutorial's "print weights every epoch") and the record a finished run
// leaves for the next steps. The owner does stop → build → train → diverged / stopped / crashed →
// score → keep the weights; the step only says what the learner sees.
import { preset } from '../../../../shared/presets';
import type { TrainingRequest, TrainingResult, TrainingRunEvent } from '../../../training/training-run';
import type { TrainedModel } from '../../step';
import { BATCH_SIZE, layer0Of, PRESET, type Budget, type Layer0Snapshot } from './model';

/** The step's checkpoint key: a run cut short (reload, crash, step left) is offered to continue. */
export const TRAIN_CHECKPOINT_KEY = 'lesson-train';

export function firstNetworkRequest(budget: Budget, seed: number, threads: number, onEvent: (event: TrainingRunEvent) => void): TrainingRequest {
  return {
    spec: preset(PRESET)!,
    preset: PRESET,
    settings: { epochs: budget.epochs, batchSize: BATCH_SIZE, seed, threads, trainLimit: budget.trainImages, watchLayers: [0] },
    quick: budget.quick,
    checkpointKey: TRAIN_CHECKPOINT_KEY,
    onEvent,
  };
}

/** The kept network of a scored run, with its first layer after every epoch; undefined when nothing was scored. */
export function firstNetworkRecord(result: TrainingResult): TrainedModel | undefined {
  const model = result.model;
  if (!model || model.preset !== PRESET) return undefined;
  const layer0ByEpoch = result.snapshots
    .slice(1)
    .map(layer0Of)
    .filter((x): x is Layer0Snapshot => x !== null);
  return { ...model, layer0ByEpoch };
}

/** The first layer before training, when the run watched it. */
export const initialLayer0 = (result: TrainingResult): Layer0Snapshot | undefined => (result.snapshots[0] ? (layer0Of(result.snapshots[0]) ?? undefined) : undefined);
