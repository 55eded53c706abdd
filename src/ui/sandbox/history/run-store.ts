// Where sandbox runs are kept. The app's storage in the browser (trained-network records keyed
// `sandbox:<id>`, beside the lesson's `lesson:<preset>`); a Map in tests. A stored network is also
// what a share link's `w=` names, so `trained(key)` reads either kind.
import type { TrainedModel } from '../../training/trained-model';
import { recordOfRun, RUN_KEY_PREFIX, runKey, runOfRecord, type SandboxRun } from './run-record';

export interface RunStore {
  /** Every readable run (unreadable ones are skipped). */
  list(): Promise<SandboxRun[]>;
  /** Saves the run; false when it could only be kept for this page (storage full or missing). */
  put(run: SandboxRun): Promise<boolean>;
  delete(id: string): Promise<void>;
  /** The stored trained network under `key` ('sandbox:<id>', 'lesson:<preset>'), if any. */
  trained(key: string): Promise<TrainedModel | undefined>;
}

/** What the store needs of a key–value store of trained networks (the app's storage fits it). */
export interface TrainedModelRecords {
  getAll(): Promise<Map<string, TrainedModel>>;
  get(key: string): Promise<TrainedModel | undefined>;
  put(key: string, model: TrainedModel): Promise<boolean>;
  delete(key: string): Promise<void>;
}

export class RecordRunStore implements RunStore {
  constructor(private readonly records: TrainedModelRecords) {}

  async list(): Promise<SandboxRun[]> {
    const runs: SandboxRun[] = [];
    for (const [key, model] of await this.records.getAll()) {
      if (!key.startsWith(RUN_KEY_PREFIX)) continue;
      const run = runOfRecord(model);
      if (run && runKey(run.id) === key) runs.push(run);
    }
    return runs;
  }

  put(run: SandboxRun): Promise<boolean> {
    return this.records.put(runKey(run.id), recordOfRun(run));
  }

  delete(id: string): Promise<void> {
    return this.records.delete(runKey(id));
  }

  trained(key: string): Promise<TrainedModel | undefined> {
    return this.records.get(key);
  }
}

/** Trained networks in a Map, copied in and out as a real store would (tests, no storage). */
export function memoryRecords(): TrainedModelRecords & { map: Map<string, TrainedModel> } {
  const map = new Map<string, TrainedModel>();
  return {
    map,
    getAll: async () => new Map([...map].map(([k, v]) => [k, structuredClone(v)])),
    get: async (key) => (map.has(key) ? structuredClone(map.get(key)) : undefined),
    put: async (key, model) => {
      map.set(key, structuredClone(model));
      return true;
    },
    delete: async (key) => void map.delete(key),
  };
}
