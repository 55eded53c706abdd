// The networks a learner trained during the lesson: checking a stored record before trusting it,
// and putting a preset into the worker with the learner's weights (LessonContext.useModel).
import { planModel } from '../../shared/plan';
import { preset } from '../../shared/presets';
import type { TrainerBridge } from '../../worker/bridge';
import type { TrainedModel } from './step';

/** Seed of a network the learner has not trained (the lesson's default). */
export const LESSON_SEED = 1;
/** Quick mode's training subset (the validation split applies to it): an epoch of seed-a in ~1 s. */
export const QUICK_TRAIN_IMAGES = 6000;

const numberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((x) => typeof x === 'number');

/** A stored record as a TrainedModel, or undefined when it is not one (or no longer fits its preset). */
export function loadTrainedModel(raw: unknown): TrainedModel | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Partial<TrainedModel>;
  if (typeof record.preset !== 'string' || !(record.weights instanceof Float32Array) || typeof record.seed !== 'number') return undefined;
  const spec = preset(record.preset);
  if (!spec || planModel(spec).totalParams !== record.weights.length) return undefined;
  const history = record.history;
  if (!history || !numberList(history.loss) || !numberList(history.acc) || !numberList(history.val_loss) || !numberList(history.val_acc)) return undefined;
  return { ...record, quick: record.quick === true } as TrainedModel;
}

/** Attempts for a build right after a stop (the stopped run may still be finishing its batch). */
const BUILD_ATTEMPTS = 20;
const BUILD_RETRY_MS = 100;

/**
 * Makes the worker hold `name`: stops any training, builds the preset (the learner's seed or the
 * lesson's) and imports the learner's weights when there are some. Returns whether it is trained.
 */
export async function useModel(trainer: TrainerBridge, trained: (preset: string) => TrainedModel | undefined, name: string): Promise<boolean> {
  const spec = preset(name);
  if (!spec) throw new RangeError(`unknown preset "${name}"`);
  const saved = trained(name);
  await trainer.call((r) => r.stop());
  for (let attempt = 1; ; attempt++) {
    try {
      await trainer.call((r) => r.build(spec, { seed: saved?.seed ?? LESSON_SEED }));
      break;
    } catch (error) {
      if (!trainer.isAlive || attempt >= BUILD_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUILD_RETRY_MS));
    }
  }
  if (!saved) return false;
  await trainer.call((r) => r.importWeights(saved.weights));
  return true;
}
