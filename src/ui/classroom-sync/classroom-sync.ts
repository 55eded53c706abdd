// The app's one owner of the classroom: finds out whether the page is served by the classroom
// server, opens the student's outbox (src/classroom/client.ts), knows who the student joined as,
// the session's activities and the class view (kept live over SSE), and whether the server is
// reachable. Screens never talk to the client: they call the thin hooks in hooks.ts, which do
// nothing on a static host or before the student joined.
import { ClassroomApiError } from '../../classroom/api';
import type { StudentMe, StudentView } from '../../classroom/api-types';
import { StudentClient } from '../../classroom/client';
import type { WriteData } from '../../classroom/schemas';

/** Response header the classroom server puts on every answer (src/server/app.ts). */
export const CLASSROOM_HEADER = 'x-filterfit-classroom';
/** localStorage: this origin was a classroom server (so an offline reload still shows the class). */
const MARKER_KEY = 'filterfit.classroom.origin';
/** localStorage: the last StudentMe, for an offline reload (activities, assignment). */
const ME_KEY = 'filterfit.classroom.me';
const RECONNECT_MAX_MS = 10_000;

export interface SyncState {
  /** Who the student joined as; null before joining. */
  me: StudentMe | null;
  /** Writes waiting in the outbox. */
  pending: number;
  /** Writes the server refused for good (e.g. the session ended). */
  failed: number;
  /** The last request could not reach the server. */
  offline: boolean;
  /** The class experiment table and the session's state, live. */
  view: StudentView | null;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the page comes from the classroom server: a HEAD request for the page's own directory
 * (every static host answers it, so no console error) carries the server's header. Offline, the
 * answer is what this origin was last time.
 */
export async function servedByClassroom(timeoutMs = 3_000): Promise<boolean> {
  const lastTime = () => storage()?.getItem(MARKER_KEY) === location.origin;
  // Known offline: no request (a failed one is a console error, "ERR_INTERNET_DISCONNECTED").
  if (globalThis.navigator?.onLine === false) return lastTime();
  try {
    const response = await fetch('./', { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    const served = response.headers.get(CLASSROOM_HEADER) === '1';
    if (served) storage()?.setItem(MARKER_KEY, location.origin);
    else storage()?.removeItem(MARKER_KEY);
    return served;
  } catch {
    return lastTime();
  }
}

export class ClassroomSync {
  private current: SyncState = { me: null, pending: 0, failed: 0, offline: false, view: null };
  private readonly listeners = new Set<() => void>();
  private watching: AbortController | undefined;
  private client!: StudentClient;

  /** The sync when the page is served by the classroom server, else null (static hosting). */
  static async start(): Promise<ClassroomSync | null> {
    if (!(await servedByClassroom())) return null;
    const sync = new ClassroomSync();
    const trackedFetch: typeof fetch = async (input, init) => {
      try {
        const response = await fetch(input, init);
        sync.update({ offline: false });
        return response;
      } catch (error) {
        if (!(init?.signal?.aborted ?? false)) sync.update({ offline: true });
        throw error;
      }
    };
    sync.client = await StudentClient.open({
      fetch: trackedFetch,
      maxDelayMs: RECONNECT_MAX_MS,
      onPending: (pending) => sync.update({ pending }),
      onFailed: () => void sync.countFailed(),
    });
    await sync.countFailed();
    sync.update({ pending: await sync.client.pending() });
    if (sync.client.joined?.studentId) await sync.resume();
    return sync;
  }

  get state(): SyncState {
    return this.current;
  }

  get studentClient(): StudentClient {
    return this.client;
  }

  /** Joined and the session still takes writes. */
  get active(): boolean {
    return this.current.me !== null && !this.current.me.ended && !this.current.view?.ended;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The join form succeeded: remember the student and start watching the class. */
  joined(me: StudentMe): void {
    storage()?.setItem(ME_KEY, JSON.stringify(me));
    this.update({ me, view: null });
    this.watch();
  }

  async leave(): Promise<void> {
    this.watching?.abort();
    await this.client.leave();
    storage()?.removeItem(ME_KEY);
    this.update({ me: null, view: null, pending: 0 });
  }

  // ---- records (no-ops unless joined to a running session) ----

  record<K extends 'progress' | 'answer' | 'playRound' | 'playScore' | 'experiment'>(kind: K, data: WriteData<K>): void {
    if (!this.active) return;
    const calls = {
      progress: () => this.client.recordProgress(data as WriteData<'progress'>),
      answer: () => this.client.recordAnswer(data as WriteData<'answer'>),
      playRound: () => this.client.recordPlayRound(data as WriteData<'playRound'>),
      playScore: () => this.client.recordPlayScore(data as WriteData<'playScore'>),
      experiment: () => this.client.recordExperiment(data as WriteData<'experiment'>),
    };
    calls[kind]().catch((error: unknown) => console.warn('FilterFit classroom: could not queue a result', error));
  }

  submitChallenge(entry: Parameters<StudentClient['submitChallenge']>[0]): Promise<string> {
    if (!this.active) return Promise.reject(new Error('not in a running class session'));
    return this.client.submitChallenge(entry);
  }

  /** A stored identity from an earlier page: ask the server who we are (offline: the last answer). */
  private async resume(): Promise<void> {
    try {
      this.joined(await this.client.me());
    } catch (error) {
      if (error instanceof ClassroomApiError && (error.status === 401 || error.status === 404)) return void (await this.leave()); // the session was deleted
      const saved = storage()?.getItem(ME_KEY);
      if (saved) this.joined(JSON.parse(saved) as StudentMe);
    }
  }

  /** The class view over SSE, reconnecting with backoff; a reconnect also retries the outbox at once. */
  private watch(): void {
    this.watching?.abort();
    const controller = (this.watching = new AbortController());
    void (async () => {
      for (let failures = 0; !controller.signal.aborted; ) {
        try {
          for await (const view of this.client.watchClass(controller.signal)) {
            if (failures > 0) void this.client.flush();
            failures = 0;
            const me = this.current.me && { ...this.current.me, activities: view.activities, ended: view.ended };
            if (me) storage()?.setItem(ME_KEY, JSON.stringify(me));
            this.update({ view, me });
          }
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof ClassroomApiError && (error.status === 401 || error.status === 404)) return void (await this.leave());
        }
        failures++;
        await new Promise((resolve) => setTimeout(resolve, Math.min(RECONNECT_MAX_MS, 500 * 2 ** failures)));
      }
    })();
  }

  private async countFailed(): Promise<void> {
    this.update({ failed: (await this.client.failed()).length });
  }

  private update(change: Partial<SyncState>): void {
    const next = { ...this.current, ...change };
    if ((Object.keys(change) as (keyof SyncState)[]).every((key) => next[key] === this.current[key])) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}

let active: ClassroomSync | null = null;

/** The page's classroom sync (null on a static host or before start-up found it). */
export const classroomSync = (): ClassroomSync | null => active;

/** Starts the sync once per page (the composition root calls it beside the data download). */
export async function startClassroomSync(): Promise<ClassroomSync | null> {
  try {
    active = await ClassroomSync.start();
  } catch (error) {
    console.warn('FilterFit classroom: the class features are off', error);
    active = null;
  }
  return active;
}
