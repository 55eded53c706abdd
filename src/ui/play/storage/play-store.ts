// What play mode remembers: the best score per level and whether sound is on. Behind a small
// interface (PlayStorage) so the app's AppStorage (schema-versioned IndexedDB records, from the
// hardening branch) can replace this module's own IndexedDB store in one place. Storage trouble
// (no IndexedDB, private mode, quota) never stops a game: it goes on in memory with one warning.
import { openDB } from 'idb';
import { isLevelId, type BestScores, type LevelId } from '../game/levels';

export const PLAY_RECORD_VERSION = 1;

export interface PlayRecord {
  best: BestScores;
  /** Sound effects (off by default). */
  sound: boolean;
}

export interface PlayStorage {
  load(): Promise<unknown>;
  save(record: PlayRecord & { version: number }): Promise<void>;
}

export const EMPTY_RECORD: PlayRecord = { best: {}, sound: false };

/** A stored record made safe: unknown levels and non-numbers dropped, older versions start over. */
export function restorePlayRecord(raw: unknown): PlayRecord {
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== PLAY_RECORD_VERSION) return { ...EMPTY_RECORD, best: {} };
  const record = raw as { best?: unknown; sound?: unknown };
  const best: BestScores = {};
  if (typeof record.best === 'object' && record.best !== null) {
    for (const [key, value] of Object.entries(record.best)) {
      const level = Number(key);
      if (isLevelId(level) && typeof value === 'number' && Number.isFinite(value) && value >= 0) best[level as LevelId] = Math.round(value);
    }
  }
  return { best, sound: record.sound === true };
}

export const PLAY_DB_NAME = 'filterfit-play';
const STORE = 'play';
const KEY = 'record';

export function indexedDbPlayStorage(name = PLAY_DB_NAME): PlayStorage {
  let db: ReturnType<typeof openDB> | undefined;
  const open = () => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    return (db ??= openDB(name, 1, { upgrade: (database) => void database.createObjectStore(STORE) }));
  };
  return {
    load: async () => (await open()).get(STORE, KEY),
    save: async (record) => void (await (await open()).put(STORE, record, KEY)),
  };
}

export function memoryPlayStorage(): PlayStorage & { saved: unknown } {
  return {
    saved: undefined,
    async load() {
      return structuredClone(this.saved);
    },
    async save(record) {
      this.saved = structuredClone(record);
    },
  };
}

/** The record in memory, written through to storage on every change. */
export class PlayStore {
  private warned = false;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly storage: PlayStorage,
    private current: PlayRecord,
  ) {}

  static async open(storage: PlayStorage = indexedDbPlayStorage()): Promise<PlayStore> {
    let raw: unknown;
    const store = new PlayStore(storage, EMPTY_RECORD);
    try {
      raw = await storage.load();
    } catch (error) {
      store.warn(error);
    }
    store.current = restorePlayRecord(raw);
    return store;
  }

  get record(): PlayRecord {
    return this.current;
  }

  update(change: Partial<PlayRecord>): Promise<void> {
    this.current = { ...this.current, ...change };
    const record = { ...this.current, version: PLAY_RECORD_VERSION };
    this.writing = this.writing.then(() => this.storage.save(record)).catch((error) => this.warn(error));
    return this.writing;
  }

  private warn(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn('FilterFit: play scores cannot be saved in this browser; they are kept until the page closes.', error);
  }
}
