// The student side of a classroom session: join with a code and a nickname, then record progress,
// answers, play rounds and scores, challenge entries and experiment results. Every record goes
// through the IndexedDB outbox (sync-queue.ts), so the lesson/play/sandbox code calls and forgets:
// the write reaches the server exactly once, whenever the server is reachable.
import { apiCall, apiEvents, ClassroomApiError, detectClassroom, type ApiOptions } from './api';
import type { StudentMe, StudentView, WriteResult } from './api-types';
import { randomStudentToken } from './codes';
import { WRITE_KINDS, type WriteData, type WriteKind } from './schemas';
import { encodeWeights } from './weights';
import { SyncQueue, type FailedWrite, type QueuedWrite, type SendOutcome, type StoredIdentity } from './sync-queue';

const IDENTITY_KEY = 'current';
/** Statuses worth retrying: the request may succeed later unchanged. */
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export interface StudentClientOptions extends Partial<ApiOptions> {
  dbName?: string;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onPending?(count: number): void;
  onFailed?(write: FailedWrite): void;
}

export class StudentClient {
  private identity: StoredIdentity | undefined;

  private constructor(
    private readonly api: ApiOptions,
    private readonly queue: SyncQueue,
  ) {}

  /** Opens the outbox (and resumes delivering what an earlier page left in it). */
  static async open(options: StudentClientOptions = {}): Promise<StudentClient> {
    const api: ApiOptions = { baseUrl: options.baseUrl ?? '', fetch: options.fetch };
    let client: StudentClient | undefined;
    const queue = await SyncQueue.open({
      dbName: options.dbName,
      baseDelayMs: options.baseDelayMs,
      maxDelayMs: options.maxDelayMs,
      onPending: options.onPending,
      onFailed: options.onFailed,
      send: (write) => client!.send(write),
    });
    client = new StudentClient(api, queue);
    client.identity = await queue.database.get('identity', IDENTITY_KEY);
    if (typeof addEventListener === 'function' && typeof window !== 'undefined') addEventListener('online', () => void queue.flush());
    void queue.flush();
    return client;
  }

  static detect(baseUrl = ''): Promise<boolean> {
    return detectClassroom({ baseUrl });
  }

  get joined(): StoredIdentity | undefined {
    return this.identity;
  }

  /**
   * Joins the session with this code. The token is drawn once and stored before the request, so
   * repeating a join (a lost answer, a reload) gets the same student back, never a second one.
   */
  async join(code: string, nickname: string): Promise<StudentMe> {
    const joinCode = code.trim().toUpperCase();
    const reuse = this.identity?.joinCode === joinCode && this.identity.baseUrl === this.api.baseUrl;
    const identity: StoredIdentity = reuse ? { ...this.identity!, nickname } : { baseUrl: this.api.baseUrl, joinCode, nickname, token: randomStudentToken() };
    await this.queue.database.put('identity', identity, IDENTITY_KEY);
    this.identity = identity;
    const me = await apiCall<StudentMe>(this.api, 'POST', '/join', { body: { code: joinCode, nickname, token: identity.token } });
    this.identity = { ...identity, studentId: me.studentId, sessionId: me.sessionId, nickname: me.nickname };
    await this.queue.database.put('identity', this.identity, IDENTITY_KEY);
    return me;
  }

  /** Forgets the session in this browser (writes still waiting are dropped). */
  async leave(): Promise<void> {
    const tx = this.queue.database.transaction(['identity', 'outbox'], 'readwrite');
    await Promise.all([tx.objectStore('identity').delete(IDENTITY_KEY), tx.objectStore('outbox').clear(), tx.done]);
    this.identity = undefined;
  }

  me(): Promise<StudentMe> {
    return apiCall<StudentMe>(this.api, 'GET', '/me', { credential: this.token() });
  }

  classView(): Promise<StudentView> {
    return apiCall<StudentView>(this.api, 'GET', '/class', { credential: this.token() });
  }

  /** The class experiment table live: yields on every change until `signal` aborts. */
  async *watchClass(signal?: AbortSignal): AsyncGenerator<StudentView> {
    for await (const message of apiEvents(this.api, '/class/events', this.token(), signal)) {
      if (message.event === 'class') yield JSON.parse(message.data) as StudentView;
    }
  }

  // ---- records: each queued durably, resolved with its idempotency key once stored locally ----

  recordProgress(data: WriteData<'progress'>): Promise<string> {
    return this.record('progress', data);
  }
  recordAnswer(data: WriteData<'answer'>): Promise<string> {
    return this.record('answer', data);
  }
  recordPlayRound(data: WriteData<'playRound'>): Promise<string> {
    return this.record('playRound', data);
  }
  recordPlayScore(data: WriteData<'playScore'>): Promise<string> {
    return this.record('playScore', data);
  }
  submitChallenge(entry: Omit<WriteData<'challenge'>, 'weights'> & { weights: Float32Array }): Promise<string> {
    return this.record('challenge', { ...entry, weights: encodeWeights(entry.weights) });
  }
  recordExperiment(data: WriteData<'experiment'>): Promise<string> {
    return this.record('experiment', data);
  }

  pending(): Promise<number> {
    return this.queue.pending();
  }
  failed(): Promise<FailedWrite[]> {
    return this.queue.failed();
  }
  flush(): Promise<void> {
    return this.queue.flush();
  }
  drained(): Promise<void> {
    return this.queue.drained();
  }
  close(): void {
    this.queue.close();
  }

  private record<K extends WriteKind>(kind: K, data: WriteData<K>): Promise<string> {
    if (!this.identity) throw new Error('join a session first');
    return this.queue.enqueue(kind, data);
  }

  private token(): string {
    if (!this.identity) throw new Error('join a session first');
    return this.identity.token;
  }

  private async send(write: QueuedWrite): Promise<SendOutcome> {
    try {
      await apiCall<WriteResult>(this.api, 'POST', `/writes/${WRITE_KINDS[write.kind].path}`, { credential: this.token(), body: { key: write.key, data: write.data } });
      return { result: 'done' };
    } catch (error) {
      if (error instanceof ClassroomApiError && !RETRYABLE.has(error.status)) {
        return { result: 'reject', status: error.status, code: error.code, message: error.message };
      }
      return { result: 'retry', afterSeconds: error instanceof ClassroomApiError ? error.retryAfter : undefined };
    }
  }
}
