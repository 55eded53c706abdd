// Training checkpoints: after every epoch a run with a checkpoint key saves everything an exact
// resume needs — the spec and settings, the epoch, the weights with Adam's moments and step, the
// thread count, the history so far. The shuffle needs no state: it follows from the seed and the
// epoch index (src/engine/fit.ts). A run resumed from epoch N on the same thread count ends with
// the weights the uninterrupted run would have had. One checkpoint per key (per screen).
import { checkSpec, planModel } from '../../shared/plan';
import type { ModelSpec } from '../../shared/spec';
import type { EpochLogs, HistoryCurves, TrainingState } from '../../shared/training-types';
import type { AppStorage, RecordKind } from '../storage/app-storage';
import type { TrainingSettings, WatchedLayer } from './training-run';

export interface TrainingCheckpoint {
  /** Whose run it is: the screen's checkpoint key ('lab', 'lesson/train', …). */
  key: string;
  spec: ModelSpec;
  preset?: string;
  quick: boolean;
  /** The settings the run started with; `epochs` is where it ends. */
  settings: TrainingSettings;
  /** Epochs completed: the resumed run starts with this epoch's index. */
  epoch: number;
  /** Threads the run trained on (the same count gives the same arithmetic, bit for bit). */
  threads: number;
  state: TrainingState;
  history: HistoryCurves;
  epochs: EpochLogs[];
  snapshots: WatchedLayer[][];
  /** Date.now() when saved. */
  savedAt: number;
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const numbers = (x: unknown, length: number) => Array.isArray(x) && x.length === length && x.every((v) => typeof v === 'number');
const floats = (x: unknown, length: number) => x instanceof Float32Array && x.length === length;

/** The record as a checkpoint that can be resumed, or undefined (it is then reset). */
export function parseCheckpoint(raw: unknown): TrainingCheckpoint | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const c = raw as Partial<TrainingCheckpoint>;
  try {
    if (typeof c.key !== 'string' || !c.spec || checkSpec(c.spec) !== null || !c.settings || !c.state) return undefined;
  } catch {
    return undefined; // not even the shape of a spec
  }
  const params = planModel(c.spec).totalParams;
  const { epoch, settings, state, history } = c;
  if (!isCount(epoch) || epoch < 1 || !isCount(settings.epochs) || epoch >= settings.epochs || !isCount(c.threads) || c.threads < 1) return undefined;
  if (!floats(state.params, params) || !floats(state.m, params) || !floats(state.v, params) || !isCount(state.step)) return undefined;
  if (!history || !numbers(history.loss, epoch) || !numbers(history.acc, epoch) || !Array.isArray(c.epochs) || c.epochs.length !== epoch) return undefined;
  return { ...(c as TrainingCheckpoint), quick: c.quick === true, snapshots: Array.isArray(c.snapshots) ? c.snapshots : [] };
}

export const CHECKPOINT_KIND: RecordKind<TrainingCheckpoint> = {
  store: 'checkpoints',
  version: 1,
  parse: parseCheckpoint,
  what: 'storage.whatCheckpoint',
};

/** Checkpoints in the app's storage, one per key. */
export class CheckpointStore {
  constructor(private readonly storage: () => Promise<AppStorage>) {}

  async load(key: string): Promise<TrainingCheckpoint | undefined> {
    return (await this.storage()).get(CHECKPOINT_KIND, key);
  }

  async save(checkpoint: TrainingCheckpoint): Promise<void> {
    await (await this.storage()).put(CHECKPOINT_KIND, checkpoint.key, checkpoint);
  }

  async discard(key: string): Promise<void> {
    await (await this.storage()).delete(CHECKPOINT_KIND, key);
  }
}
