// The lesson's networks in the worker: a preset with the learner's trained weights when there are
// some (LessonContext.useModel). Records and training itself belong to src/ui/training/.
import { preset } from '../../shared/presets';
import type { TrainedModel } from '../training/trained-model';
import type { TrainingRunner } from '../training/training-runner';

/** Seed of a network the learner has not trained (the lesson's default). */
export const LESSON_SEED = 1;

/**
 * Makes the worker hold preset `name`: stops any training, builds it (the learner's seed or the
 * lesson's) and imports the learner's weights when there are some. Returns whether it is trained.
 */
export async function useModel(training: TrainingRunner, saved: TrainedModel | undefined, name: string): Promise<boolean> {
  const spec = preset(name);
  if (!spec) throw new RangeError(`unknown preset "${name}"`);
  await training.useModel(spec, { seed: saved?.seed ?? LESSON_SEED, weights: saved?.weights });
  return saved !== undefined;
}
