// Live dashboards: each process LISTENs for change notices from the database and pushes a fresh
// dashboard to its own SSE subscribers of that session. Throttled per session: the first notice
// schedules one read `throttleMs` later and every notice until then rides along, so 300 students
// writing every 2 s cost a few dashboard reads per second, not 150. The wait grows to twice the
// last read's duration, so dashboards never take more than a third of the database's time (PGlite
// has one connection). Reads of one session run one at a time, so subscribers never see an older
// dashboard after a newer one.
import type { Dashboard, StudentView } from '../../classroom/api-types';
import type { Database } from '../db/database';
import { readDashboard, readStudentView } from '../store/dashboard';
import { CHANGE_CHANNEL, parseChangeNotice } from '../store/events';
import { sessionById } from '../store/sessions';

export type LiveEvent = { event: 'dashboard'; data: Dashboard } | { event: 'class'; data: StudentView } | { event: 'deleted'; data: { sessionId: string } };

export interface LiveSubscriber {
  role: 'teacher' | 'student';
  send(event: LiveEvent): void;
  /** Called when the session is deleted or the server stops: the stream ends. */
  close(): void;
}

export class LiveHub {
  private readonly subscribers = new Map<string, Set<LiveSubscriber>>();
  private readonly scheduled = new Map<string, NodeJS.Timeout>();
  private readonly reading = new Map<string, Promise<void>>();
  private readonly lastReadMs = new Map<string, number>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    private readonly throttleMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGE_CHANNEL, (payload) => {
      const notice = parseChangeNotice(payload);
      if (!notice || !this.subscribers.has(notice.sessionId)) return;
      if (notice.kind === 'deleted') this.closeSession(notice.sessionId);
      else this.schedule(notice.sessionId);
    });
  }

  subscribe(sessionId: string, subscriber: LiveSubscriber): () => void {
    let set = this.subscribers.get(sessionId);
    if (!set) this.subscribers.set(sessionId, (set = new Set()));
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.subscribers.get(sessionId) === set) this.subscribers.delete(sessionId);
    };
  }

  private schedule(sessionId: string): void {
    if (this.scheduled.has(sessionId)) return;
    const timer = setTimeout(() => {
      this.scheduled.delete(sessionId);
      const previous = this.reading.get(sessionId) ?? Promise.resolve();
      const next = previous.then(() => this.push(sessionId)).catch(this.onError);
      this.reading.set(sessionId, next);
      void next.finally(() => {
        if (this.reading.get(sessionId) === next) this.reading.delete(sessionId);
      });
    }, Math.max(this.throttleMs, 2 * (this.lastReadMs.get(sessionId) ?? 0)));
    this.scheduled.set(sessionId, timer);
  }

  private async push(sessionId: string): Promise<void> {
    const subscribers = this.subscribers.get(sessionId);
    if (!subscribers?.size) {
      this.lastReadMs.delete(sessionId);
      return;
    }
    const started = performance.now();
    const session = await sessionById(this.db, sessionId);
    if (!session) return this.closeSession(sessionId);
    const roles = new Set([...subscribers].map((s) => s.role));
    const dashboard = roles.has('teacher') ? await readDashboard(this.db, session) : undefined;
    const view = roles.has('student') ? await readStudentView(this.db, session) : undefined;
    this.lastReadMs.set(sessionId, performance.now() - started);
    for (const subscriber of subscribers) {
      if (subscriber.role === 'teacher') subscriber.send({ event: 'dashboard', data: dashboard! });
      else subscriber.send({ event: 'class', data: view! });
    }
  }

  private closeSession(sessionId: string): void {
    for (const subscriber of this.subscribers.get(sessionId) ?? []) {
      subscriber.send({ event: 'deleted', data: { sessionId } });
      subscriber.close();
    }
    this.subscribers.delete(sessionId);
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    for (const timer of this.scheduled.values()) clearTimeout(timer);
    this.scheduled.clear();
    for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.close();
    this.subscribers.clear();
    await Promise.all([...this.reading.values()]);
  }
}
