// A network a learner trained, kept for later: the lesson's records in IndexedDB, the sandbox's
// models. It names its network by a preset, or carries the spec itself (sandbox networks are
// not presets), or both. Records saved before specs were kept carry only `preset`; they load.
import { checkSpec, planModel } from '../../shared/plan';
import { preset as presetSpec } from '../../shared/presets';
import type { ModelSpec } from '../../shared/spec';
import type { HistoryCurves } from '../../shared/training-types';
import type { RecordKind } from '../storage/app-storage';

interface TrainedModelFields {
  /** The seed the network was built and trained with. */
  seed: number;
  /** Every parameter, in the engine's order (src/shared/param-slices.ts). */
  weights: Float32Array;
  /** Keras-like History of the run that produced the weights. */
  history: HistoryCurves;
  /** On the 10,000 test images, 0..1. */
  testAccuracy?: number;
  testErrors?: number;
  /** Layer-0 weights after each epoch (the tutorial's "print weights every epoch" callback). */
  layer0ByEpoch?: { kernel: Float32Array; bias: Float32Array }[];
  /** Trained on the quick-mode subset. */
  quick: boolean;
}

/** A preset network (the lesson keys its records by `preset`), with or without its spec. */
export type PresetModel = TrainedModelFields & { preset: string; spec?: ModelSpec };
/** A network that is not a preset: it carries its spec. */
export type SpecModel = TrainedModelFields & { preset?: undefined; spec: ModelSpec };
export type TrainedModel = PresetModel | SpecModel;

/** The network a record describes: its preset's current spec, or the spec it carries. */
export function specOf(model: TrainedModel): ModelSpec {
  if (model.preset === undefined) return model.spec;
  const spec = presetSpec(model.preset);
  if (!spec) throw new RangeError(`unknown preset "${model.preset}"`);
  return spec;
}

const numberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((x) => typeof x === 'number');

/** The spec a stored record stands for, or undefined when it names no valid network. */
function storedSpec(record: { preset?: unknown; spec?: unknown }): ModelSpec | undefined {
  if (record.preset !== undefined) return typeof record.preset === 'string' ? presetSpec(record.preset) : undefined;
  const spec = record.spec as ModelSpec | undefined;
  try {
    return spec !== undefined && checkSpec(spec) === null ? spec : undefined;
  } catch {
    return undefined; // not even the shape of a spec
  }
}

/** A stored record as a TrainedModel, or undefined when it is not one (or its weights no longer fit its network). */
export function loadTrainedModel(raw: unknown): TrainedModel | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Partial<Record<keyof TrainedModel, unknown>>;
  if (!(record.weights instanceof Float32Array) || typeof record.seed !== 'number') return undefined;
  const spec = storedSpec(record);
  if (!spec || planModel(spec).totalParams !== record.weights.length) return undefined;
  const history = record.history as Partial<HistoryCurves> | undefined;
  if (!history || !numberList(history.loss) || !numberList(history.acc) || !numberList(history.val_loss) || !numberList(history.val_acc)) return undefined;
  return { ...(raw as TrainedModel), quick: record.quick === true };
}

/** Trained networks in the app's storage (src/ui/storage): a record that no longer loads is reset. */
export const TRAINED_MODEL_KIND: RecordKind<TrainedModel> = {
  store: 'models',
  version: 1,
  parse: loadTrainedModel,
  what: 'storage.whatModels',
};
