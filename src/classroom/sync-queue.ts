// The student's outbox: every write is stored in IndexedDB with its idempotency key BEFORE it is
// sent, then delivered in order, one at a time. A lost connection, a 5xx or a 429 keeps the write
// and retries it later with the SAME key (exponential backoff with jitter, Retry-After honoured),
// so a server restart or an offline spell loses nothing and counts nothing twice. A write the
// server refuses for good (400/401/403/404/409/413/422) moves to `failed` for the UI to show.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { WriteKind } from './schemas';

export interface QueuedWrite {
  seq?: number;
  key: string;
  kind: WriteKind;
  data: unknown;
  queuedAt: number;
  attempts: number;
}

export interface FailedWrite extends QueuedWrite {
  status: number;
  code: string;
  message: string;
}

export interface StoredIdentity {
  baseUrl: string;
  joinCode: string;
  nickname: string;
  token: string;
  studentId?: string;
  sessionId?: string;
}

interface ClassroomDb extends DBSchema {
  outbox: { key: number; value: QueuedWrite };
  failed: { key: string; value: FailedWrite };
  identity: { key: string; value: StoredIdentity };
}

export type SendOutcome =
  | { result: 'done' }
  | { result: 'retry'; afterSeconds?: number }
  | { result: 'reject'; status: number; code: string; message: string };

export interface SyncQueueOptions {
  dbName?: string;
  send(write: QueuedWrite): Promise<SendOutcome>;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called after every change of the outbox (count of writes waiting). */
  onPending?(count: number): void;
  onFailed?(write: FailedWrite): void;
}

export const CLASSROOM_DB_NAME = 'filterfit-classroom';

export function openClassroomDb(name = CLASSROOM_DB_NAME): Promise<IDBPDatabase<ClassroomDb>> {
  return openDB<ClassroomDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      db.createObjectStore('failed', { keyPath: 'key' });
      db.createObjectStore('identity');
    },
  });
}

/** Delay before retry n (1-based): base·2^(n−1), capped, times a random 0.5–1 (spreads a class's retries). */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1)) * (0.5 + random() / 2);
}

export class SyncQueue {
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  private constructor(
    private readonly db: IDBPDatabase<ClassroomDb>,
    private readonly options: SyncQueueOptions,
  ) {}

  static async open(options: SyncQueueOptions): Promise<SyncQueue> {
    return new SyncQueue(await openClassroomDb(options.dbName), options);
  }

  get database(): IDBPDatabase<ClassroomDb> {
    return this.db;
  }

  /** Stores the write (durably) and starts delivery; resolves to its idempotency key once stored. */
  async enqueue(kind: WriteKind, data: unknown): Promise<string> {
    const key = crypto.randomUUID();
    await this.db.add('outbox', { key, kind, data, queuedAt: Date.now(), attempts: 0 });
    this.options.onPending?.(await this.pending());
    this.flushSoon(0);
    return key;
  }

  pending(): Promise<number> {
    return this.db.count('outbox');
  }

  failed(): Promise<FailedWrite[]> {
    return this.db.getAll('failed');
  }

  /** Delivers everything deliverable now; resolves when the outbox is empty or waiting to retry. */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.flushing ??= this.deliver().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** Resolves when the outbox is empty (tests, "all saved" indicators); retries keep going meanwhile. */
  async drained(pollMs = 50): Promise<void> {
    while (!this.closed && (await this.pending()) > 0) {
      await this.flush();
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private flushSoon(delayMs: number): void {
    if (this.closed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
  }

  private async deliver(): Promise<void> {
    while (!this.closed) {
      const cursor = await this.db.transaction('outbox').store.openCursor();
      const write = cursor?.value;
      if (!write) return;
      let outcome: SendOutcome;
      try {
        outcome = await this.options.send(write);
      } catch {
        outcome = { result: 'retry' };
      }
      if (this.closed) return;
      if (outcome.result === 'done') {
        await this.db.delete('outbox', write.seq!);
      } else if (outcome.result === 'reject') {
        const failed: FailedWrite = { ...write, status: outcome.status, code: outcome.code, message: outcome.message };
        const tx = this.db.transaction(['outbox', 'failed'], 'readwrite');
        await Promise.all([tx.objectStore('failed').put(failed), tx.objectStore('outbox').delete(write.seq!), tx.done]);
        this.options.onFailed?.(failed);
      } else {
        const attempts = write.attempts + 1;
        await this.db.put('outbox', { ...write, attempts });
        const delay = Math.max(backoffMs(attempts, this.options.baseDelayMs ?? 500, this.options.maxDelayMs ?? 30_000), (outcome.afterSeconds ?? 0) * 1000);
        this.flushSoon(delay);
        return;
      }
      this.options.onPending?.(await this.pending());
    }
  }

  /** Stops delivery (the outbox stays in IndexedDB for the next page load). */
  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.db.close();
  }
}
