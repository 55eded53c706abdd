// The app's one storage: typed, schema-versioned records over IndexedDB, for the lesson progress,
// trained networks, training checkpoints and device settings. Storage trouble never stops the app:
// - no IndexedDB (private browsing, blocked): everything is kept in memory for this page;
// - over quota: the record is kept in memory for this page, the others stay saved;
// - a corrupted record (unreadable, or not what its kind expects): only that record is reset;
// - an old-format record: migrated step by step to the current schema, or reset when it cannot be.
// Each problem is reported once (StorageProblem, a translated message key) to whoever listens;
// the app shows it politely (src/ui/storage/storage-notice.ts).
import type { MessageKey } from '../i18n/messages';
import { indexedDbBackend, memoryBackend, type StorageBackend, type StoreName } from './backends';

/** A kind of record: where it lives, its schema version, how to migrate and check it. */
export interface RecordKind<T> {
  readonly store: StoreName;
  /** The current schema version (≥ 1); bump it and add a migration when the shape changes. */
  readonly version: number;
  /** migrations[n] turns data of schema n into data of schema n + 1. */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** The data as a T, or undefined when it is not one (the record is then reset). */
  parse(data: unknown): T | undefined;
  /** What the learner calls it, for messages ("your lesson progress"). */
  readonly what: MessageKey;
}

/** How every record is stored: its data under the schema version it was written with. */
interface Envelope {
  schema: number;
  data: unknown;
}

export type StorageProblemKind = 'unavailable' | 'quota' | 'failed' | 'corrupted' | 'outdated';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The kind of record concerned (none for 'unavailable': it concerns all). */
  what?: MessageKey;
  /** The browser's error, for the console. */
  detail?: string;
}

/** The learner-facing message of each problem (`{what}` is the record kind's name). */
export const PROBLEM_MESSAGES: Record<StorageProblemKind, MessageKey> = {
  unavailable: 'storage.unavailable',
  quota: 'storage.quota',
  failed: 'storage.failed',
  corrupted: 'storage.corrupted',
  outdated: 'storage.outdated',
};

const isEnvelope = (raw: unknown): raw is Envelope =>
  typeof raw === 'object' && raw !== null && 'data' in raw && Number.isInteger((raw as Envelope).schema) && (raw as Envelope).schema >= 1;

const errorName = (error: unknown) => (error as { name?: unknown })?.name;
const errorText = (error: unknown) => `${String(errorName(error) ?? 'Error')}: ${String((error as Error)?.message ?? error)}`;

/** Marks a record deleted in the memory overlay. */
const DELETED = Symbol('deleted');

export class AppStorage {
  private readonly listeners = new Set<(problem: StorageProblem) => void>();
  private readonly reported = new Set<string>();
  private readonly seen: StorageProblem[] = [];
  /** Writes the backend refused (quota): kept here for this page, read before the backend. */
  private readonly overlay = new Map<StoreName, Map<string, unknown>>();

  private constructor(private readonly backend: StorageBackend) {}

  /**
   * Opens IndexedDB (or the given backend); when that fails, a memory store and an 'unavailable'
   * problem. Never rejects.
   */
  static async open(backend: () => Promise<StorageBackend> = () => indexedDbBackend()): Promise<AppStorage> {
    try {
      return new AppStorage(await backend());
    } catch (error) {
      const storage = new AppStorage(memoryBackend());
      storage.report({ kind: 'unavailable', detail: errorText(error) });
      return storage;
    }
  }

  /** True when records outlive the page (IndexedDB works). */
  get persistent(): boolean {
    return this.backend.persistent;
  }

  /** The problems reported so far (each once). */
  get problems(): readonly StorageProblem[] {
    return this.seen;
  }

  /** Hears every problem from now on; returns the unsubscribe function. */
  onProblem(listener: (problem: StorageProblem) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The record, migrated to the current schema; undefined when missing or reset. */
  async get<T>(kind: RecordKind<T>, key: string): Promise<T | undefined> {
    const kept = this.overlay.get(kind.store)?.get(key);
    if (kept === DELETED) return undefined;
    if (kept !== undefined) return kept as T;
    let raw: unknown;
    try {
      raw = await this.backend.get(kind.store, key);
    } catch (error) {
      return this.reset(kind, key, 'corrupted', error); // IndexedDB could not even read it back
    }
    return raw === undefined ? undefined : this.decode(kind, key, raw);
  }

  /** Every readable record of the kind, by key (bad ones are reset one by one). */
  async getAll<T>(kind: RecordKind<T>): Promise<Map<string, T>> {
    const keys = new Set<string>();
    try {
      for (const key of await this.backend.keys(kind.store)) keys.add(key);
    } catch (error) {
      this.report({ kind: 'failed', what: kind.what, detail: errorText(error) });
    }
    for (const key of this.overlay.get(kind.store)?.keys() ?? []) keys.add(key);
    const records = new Map<string, T>();
    for (const key of keys) {
      const value = await this.get(kind, key);
      if (value !== undefined) records.set(key, value);
    }
    return records;
  }

  /** Saves the record; false when it could only be kept in memory (the problem is reported). */
  async put<T>(kind: RecordKind<T>, key: string, value: T): Promise<boolean> {
    const envelope: Envelope = { schema: kind.version, data: value };
    try {
      await this.backend.put(kind.store, key, envelope);
      this.overlay.get(kind.store)?.delete(key);
      return true;
    } catch (error) {
      this.keepInMemory(kind.store, key, value);
      this.report({ kind: errorName(error) === 'QuotaExceededError' ? 'quota' : 'failed', what: kind.what, detail: errorText(error) });
      return false;
    }
  }

  async delete<T>(kind: RecordKind<T>, key: string): Promise<void> {
    this.keepInMemory(kind.store, key, DELETED);
    try {
      await this.backend.delete(kind.store, key);
      this.overlay.get(kind.store)?.delete(key);
    } catch (error) {
      this.report({ kind: 'failed', what: kind.what, detail: errorText(error) });
    }
  }

  async clear<T>(kind: RecordKind<T>): Promise<void> {
    this.overlay.delete(kind.store);
    try {
      await this.backend.clear(kind.store);
    } catch (error) {
      this.report({ kind: 'failed', what: kind.what, detail: errorText(error) });
    }
  }

  private decode<T>(kind: RecordKind<T>, key: string, raw: unknown): T | undefined {
    if (!isEnvelope(raw)) return this.reset(kind, key, 'corrupted', 'not a FilterFit record');
    if (raw.schema > kind.version) return undefined; // written by a newer FilterFit: leave it alone
    let data = raw.data;
    for (let schema = raw.schema; schema < kind.version; schema++) {
      const migrate = kind.migrations?.[schema];
      if (!migrate) return this.reset(kind, key, 'outdated', `no migration from schema ${schema}`);
      try {
        data = migrate(data);
      } catch (error) {
        return this.reset(kind, key, 'outdated', error);
      }
    }
    const value = kind.parse(data);
    if (value === undefined) return this.reset(kind, key, 'corrupted', `not a valid ${kind.store} record (schema ${raw.schema})`);
    if (raw.schema < kind.version) void this.put(kind, key, value); // keep the migrated form
    return value;
  }

  /** Deletes one bad record, says so, and reads as missing. */
  private reset<T>(kind: RecordKind<T>, key: string, problem: 'corrupted' | 'outdated', cause: unknown): undefined {
    this.report({ kind: problem, what: kind.what, detail: `${kind.store}/${key}: ${typeof cause === 'string' ? cause : errorText(cause)}` });
    void this.backend.delete(kind.store, key).catch(() => {});
    return undefined;
  }

  private keepInMemory(store: StoreName, key: string, value: unknown): void {
    let records = this.overlay.get(store);
    if (!records) this.overlay.set(store, (records = new Map()));
    records.set(key, value);
  }

  /** Tells listeners once per kind of problem and record kind; the detail goes to the console. */
  private report(problem: StorageProblem): void {
    const id = `${problem.kind}:${problem.what ?? ''}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.seen.push(problem);
    console.warn(`FilterFit storage: ${problem.kind}${problem.what ? ` (${problem.what})` : ''}`, problem.detail ?? '');
    for (const listener of this.listeners) listener(problem);
  }
}

let shared: Promise<AppStorage> | undefined;

/** The page's storage, opened on first use. */
export function appStorage(): Promise<AppStorage> {
  shared ??= AppStorage.open();
  return shared;
}
