// AppStorage over a real IndexedDB implementation (fake-indexeddb) and the memory fallback: the
// storage troubles a classroom browser has — no IndexedDB, a full disk, a damaged record, a record
// from an older version — each keep the app working, reset only the bad record and say so once.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppStorage, type RecordKind, type StorageProblem } from './app-storage';
import { indexedDbBackend, type StorageBackend } from './backends';

interface Note {
  text: string;
  stars: number;
}

/** Schema 3 of a made-up record: 1 had `body`, 2 renamed it `text`, 3 added `stars`. */
const NOTE: RecordKind<Note> = {
  store: 'settings',
  version: 3,
  migrations: {
    1: (data) => {
      const { body, ...rest } = data as { body: string };
      return { ...rest, text: body };
    },
    2: (data) => ({ ...(data as object), stars: 0 }),
  },
  parse: (data) => {
    const note = data as Partial<Note> | null;
    return typeof note?.text === 'string' && typeof note.stars === 'number' ? (note as Note) : undefined;
  },
  what: 'storage.whatSettings',
};

const OTHER: RecordKind<number[]> = {
  store: 'models',
  version: 1,
  parse: (data) => (Array.isArray(data) && data.every((x) => typeof x === 'number') ? data : undefined),
  what: 'storage.whatModels',
};

let dbCount = 0;
/** A fresh database per test, and a raw handle to damage it the way real browsers do. */
async function fresh(): Promise<{ storage: AppStorage; problems: StorageProblem[]; name: string }> {
  const name = `filterfit-test-${++dbCount}`;
  const storage = await AppStorage.open(() => indexedDbBackend(name));
  const problems: StorageProblem[] = [];
  storage.onProblem((p) => problems.push(p));
  return { storage, problems, name };
}

async function writeRaw(name: string, store: string, key: string, value: unknown): Promise<void> {
  const db = await openDB(name, 1);
  await db.put(store, value, key);
  db.close();
}

async function readRaw(name: string, store: string, key: string): Promise<unknown> {
  const db = await openDB(name, 1);
  const value = await db.get(store, key);
  db.close();
  return value;
}

/** The backend as IndexedDB behaves when the origin's quota is used up. */
function overQuota(backend: StorageBackend): StorageBackend {
  return {
    ...backend,
    put: async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => vi.restoreAllMocks());

describe('AppStorage', () => {
  it('keeps typed records under their schema version and reads them back', async () => {
    const { storage, problems, name } = await fresh();
    expect(storage.persistent).toBe(true);
    expect(await storage.put(NOTE, 'a', { text: 'hello', stars: 2 })).toBe(true);
    await storage.put(OTHER, 'w', [1, 2, 3]);
    expect(await storage.get(NOTE, 'a')).toEqual({ text: 'hello', stars: 2 });
    expect(await readRaw(name, 'settings', 'a')).toEqual({ schema: 3, data: { text: 'hello', stars: 2 } });
    expect([...(await storage.getAll(OTHER))]).toEqual([['w', [1, 2, 3]]]);
    expect(await storage.get(NOTE, 'missing')).toBeUndefined();
    await storage.delete(NOTE, 'a');
    expect(await storage.get(NOTE, 'a')).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('migrates an old-format record step by step and saves the migrated form', async () => {
    const { storage, problems, name } = await fresh();
    await writeRaw(name, 'settings', 'old', { schema: 1, data: { body: 'from schema 1' } });
    expect(await storage.get(NOTE, 'old')).toEqual({ text: 'from schema 1', stars: 0 });
    await vi.waitFor(async () => expect(await readRaw(name, 'settings', 'old')).toEqual({ schema: 3, data: { text: 'from schema 1', stars: 0 } }));
    expect(problems).toEqual([]);
  });

  it('resets an old-format record it cannot migrate, and only that one', async () => {
    quiet();
    const { storage, problems, name } = await fresh();
    const withoutFirstStep: RecordKind<Note> = { ...NOTE, migrations: { 2: NOTE.migrations![2] } };
    await writeRaw(name, 'settings', 'ancient', { schema: 1, data: { body: 'x' } });
    await writeRaw(name, 'settings', 'fine', { schema: 2, data: { text: 'y' } });
    expect(await storage.get(withoutFirstStep, 'ancient')).toBeUndefined();
    expect(await storage.get(withoutFirstStep, 'fine')).toEqual({ text: 'y', stars: 0 });
    expect(await readRaw(name, 'settings', 'ancient')).toBeUndefined();
    expect(problems.map((p) => [p.kind, p.what])).toEqual([['outdated', 'storage.whatSettings']]);
  });

  it('resets a corrupted record (not an envelope, or data its kind rejects) and keeps the others', async () => {
    quiet();
    const { storage, problems, name } = await fresh();
    await storage.put(OTHER, 'good', [4, 5]);
    await writeRaw(name, 'models', 'garbage', 'a string, not a record');
    await writeRaw(name, 'models', 'wrong', { schema: 1, data: { not: 'numbers' } });
    expect([...(await storage.getAll(OTHER))]).toEqual([['good', [4, 5]]]);
    expect(await readRaw(name, 'models', 'garbage')).toBeUndefined();
    expect(await readRaw(name, 'models', 'wrong')).toBeUndefined();
    expect(await readRaw(name, 'models', 'good')).toEqual({ schema: 1, data: [4, 5] });
    // Two bad records of one kind: one message.
    expect(problems.map((p) => [p.kind, p.what])).toEqual([['corrupted', 'storage.whatModels']]);
  });

  it('leaves a record written by a newer version alone', async () => {
    const { storage, problems, name } = await fresh();
    await writeRaw(name, 'settings', 'future', { schema: 9, data: { text: 'from the future', stars: 1, more: true } });
    expect(await storage.get(NOTE, 'future')).toBeUndefined();
    expect(await readRaw(name, 'settings', 'future')).toEqual({ schema: 9, data: { text: 'from the future', stars: 1, more: true } });
    expect(problems).toEqual([]);
  });

  it('without IndexedDB (private mode) works in memory and says so once', async () => {
    quiet();
    const saved = globalThis.indexedDB;
    // @ts-expect-error: the browser has none
    delete globalThis.indexedDB;
    try {
      const storage = await AppStorage.open();
      expect(storage.persistent).toBe(false);
      expect(storage.problems.map((p) => p.kind)).toEqual(['unavailable']);
      expect(await storage.put(NOTE, 'a', { text: 'kept in memory', stars: 1 })).toBe(true);
      expect(await storage.get(NOTE, 'a')).toEqual({ text: 'kept in memory', stars: 1 });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('an IndexedDB that refuses to open (Firefox private mode) falls back to memory', async () => {
    quiet();
    const storage = await AppStorage.open(() => Promise.reject(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')));
    expect(storage.persistent).toBe(false);
    expect(storage.problems).toMatchObject([{ kind: 'unavailable', detail: expect.stringContaining('InvalidStateError') }]);
  });

  it('over quota: the record lives on in memory for this page, earlier records stay saved', async () => {
    quiet();
    const name = `filterfit-test-${++dbCount}`;
    const early = await AppStorage.open(() => indexedDbBackend(name));
    await early.put(OTHER, 'before', [1]);
    const storage = await AppStorage.open(async () => overQuota(await indexedDbBackend(name)));
    const problems: StorageProblem[] = [];
    storage.onProblem((p) => problems.push(p));

    expect(await storage.put(OTHER, 'big', [1, 2, 3])).toBe(false);
    expect(await storage.put(OTHER, 'bigger', [4])).toBe(false);
    expect(await storage.get(OTHER, 'big')).toEqual([1, 2, 3]);
    expect([...(await storage.getAll(OTHER))].sort()).toEqual([['before', [1]], ['big', [1, 2, 3]], ['bigger', [4]]]);
    expect(await readRaw(name, 'models', 'big')).toBeUndefined();
    expect(problems).toMatchObject([{ kind: 'quota', what: 'storage.whatModels', detail: expect.stringContaining('QuotaExceededError') }]);
    await storage.delete(OTHER, 'big');
    expect(await storage.get(OTHER, 'big')).toBeUndefined();
  });

  it('a record IndexedDB cannot read back is reset like a corrupted one', async () => {
    quiet();
    const backend = await indexedDbBackend(`filterfit-test-${++dbCount}`);
    const deleted: string[] = [];
    const broken: StorageBackend = {
      ...backend,
      get: async (store, key) => {
        if (key === 'bad') throw new DOMException('Failed to read large IndexedDB value', 'UnknownError');
        return backend.get(store, key);
      },
      delete: async (store, key) => {
        deleted.push(key);
        return backend.delete(store, key);
      },
    };
    const storage = await AppStorage.open(async () => broken);
    await storage.put(OTHER, 'bad', [1]);
    await storage.put(OTHER, 'ok', [2]);
    expect([...(await storage.getAll(OTHER))]).toEqual([['ok', [2]]]);
    expect(deleted).toEqual(['bad']);
    expect(storage.problems.map((p) => p.kind)).toEqual(['corrupted']);
  });
});
