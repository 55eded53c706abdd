// Where AppStorage keeps its records: IndexedDB (over idb) or a Map in memory (private browsing,
// no IndexedDB, tests). One database, one object store per kind of record, keys are strings.
import { openDB, type IDBPDatabase } from 'idb';

export const STORE_NAMES = ['lesson', 'models', 'checkpoints', 'settings'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface StorageBackend {
  /** True when records outlive the page. */
  readonly persistent: boolean;
  get(store: StoreName, key: string): Promise<unknown>;
  keys(store: StoreName): Promise<string[]>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  clear(store: StoreName): Promise<void>;
}

export const DB_NAME = 'filterfit';
/** The database's version (object stores), not the records' schema versions (those live in each record). */
const DB_VERSION = 1;
/** An open that neither succeeds nor fails by then (another tab blocks an upgrade) counts as failed. */
const OPEN_TIMEOUT_MS = 5000;

export async function indexedDbBackend(name = DB_NAME): Promise<StorageBackend> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${OPEN_TIMEOUT_MS / 1000} s`)), OPEN_TIMEOUT_MS);
  });
  let db: IDBPDatabase;
  try {
    db = await Promise.race([
      openDB(name, DB_VERSION, {
        upgrade(database) {
          for (const store of STORE_NAMES) if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
        },
      }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
  return {
    persistent: true,
    get: (store, key) => db.get(store, key),
    keys: async (store) => (await db.getAllKeys(store)).map(String),
    put: async (store, key, value) => {
      await db.put(store, value, key);
    },
    delete: (store, key) => db.delete(store, key),
    clear: (store) => db.clear(store),
  };
}

/** Records in memory, copied in and out as IndexedDB would (structured clone). */
export function memoryBackend(): StorageBackend {
  const stores = new Map<StoreName, Map<string, unknown>>(STORE_NAMES.map((store) => [store, new Map()]));
  return {
    persistent: false,
    get: async (store, key) => structuredClone(stores.get(store)!.get(key)),
    keys: async (store) => [...stores.get(store)!.keys()],
    put: async (store, key, value) => void stores.get(store)!.set(key, structuredClone(value)),
    delete: async (store, key) => void stores.get(store)!.delete(key),
    clear: async (store) => stores.get(store)!.clear(),
  };
}
