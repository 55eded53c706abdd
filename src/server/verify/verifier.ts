// Drives verification from the database: pending entries are claimed (FOR UPDATE SKIP LOCKED, so
// several server processes share the work and none scores an entry twice), scored in the pool and
// written back as verified, flagged (claim off by more than the tolerance) or rejected. Wakes on
// each new entry's NOTIFY and polls now and then for entries a crashed process left half-done.
import { CLAIM_TOLERANCE } from '../../classroom/limits';
import type { ModelSpec } from '../../shared/spec';
import { bytesOf, type Database } from '../db/database';
import { CHANGE_CHANNEL, notifyChange, parseChangeNotice } from '../store/events';
import type { VerifyPool } from './pool';
import type { VerifyReply } from './verify-thread';

export interface VerifierOptions {
  pollMs?: number;
  /** A 'verifying' claim older than this is taken over (its process died). */
  staleSeconds?: number;
  tolerance?: number;
}

interface ClaimedEntry {
  id: number;
  session_id: string;
  spec: ModelSpec;
  weights: Uint8Array;
  claimed_accuracy: number;
}

export interface Outcome {
  status: 'verified' | 'flagged' | 'rejected';
  accuracy: number | null;
  message: string | null;
}

export function outcomeOf(reply: VerifyReply, claimed: number, tolerance = CLAIM_TOLERANCE): Outcome {
  if (!reply.ok) return { status: 'rejected', accuracy: null, message: reply.message };
  if (Math.abs(reply.accuracy - claimed) <= tolerance) return { status: 'verified', accuracy: reply.accuracy, message: null };
  return {
    status: 'flagged',
    accuracy: reply.accuracy,
    message: `claimed ${(claimed * 100).toFixed(2)} %, measured ${(reply.accuracy * 100).toFixed(2)} % on the 10,000 test images`,
  };
}

export class ChallengeVerifier {
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private passing = false;
  private again = false;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly pool: VerifyPool,
    private readonly options: VerifierOptions = {},
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGE_CHANNEL, (payload) => {
      if (parseChangeNotice(payload)?.kind === 'challenge') this.wake();
    });
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 5_000);
    this.timer.unref();
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.passing) {
      this.again = true;
      return;
    }
    this.passing = true;
    void this.pass()
      .catch(() => {}) // the database is away: the next poll tries again
      .finally(() => {
        this.passing = false;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async pass(): Promise<void> {
    for (;;) {
      const free = this.pool.capacity - this.pool.load;
      if (free <= 0 || this.stopped) return;
      const claimed = await this.db.query<ClaimedEntry>(
        `UPDATE challenge_entries SET status = 'verifying', claimed_at = now()
          WHERE id IN (SELECT id FROM challenge_entries
                        WHERE status = 'pending' OR (status = 'verifying' AND claimed_at < now() - make_interval(secs => $2))
                        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, spec, weights, claimed_accuracy, (SELECT session_id FROM students WHERE students.id = student_id) AS session_id`,
        [free, this.options.staleSeconds ?? 60],
      );
      for (const entry of claimed) this.verify(entry);
      if (claimed.length < free) return;
    }
  }

  private verify(entry: ClaimedEntry): void {
    const running = this.pool.tryRun({ spec: entry.spec, weightBytes: bytesOf(entry.weights) });
    if (!running) return; // cannot happen (capacity was checked); the stale claim is retaken later
    const done: Promise<void> = running
      .then((reply) => this.complete(entry, outcomeOf(reply, entry.claimed_accuracy, this.options.tolerance)))
      .catch(() => {})
      .finally(() => {
        this.inFlight.delete(done);
        this.wake();
      });
    this.inFlight.add(done);
  }

  private async complete(entry: ClaimedEntry, outcome: Outcome): Promise<void> {
    if (this.stopped && outcome.status === 'rejected') {
      // Cut short by shutdown: back in the queue for the next start (or another process).
      await this.db.query(`UPDATE challenge_entries SET status = 'pending' WHERE id = $1 AND status = 'verifying'`, [entry.id]);
      return;
    }
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE challenge_entries SET status = $2, verified_accuracy = $3, message = $4 WHERE id = $1 AND status = 'verifying'`, [
        entry.id,
        outcome.status,
        outcome.accuracy,
        outcome.message,
      ]);
      await notifyChange(tx, { sessionId: entry.session_id, kind: 'verified' });
    });
  }

  /** Stops claiming, cuts the running scores short (their entries go back to pending), closes the pool. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.pool.close();
    await Promise.all([...this.inFlight]);
  }
}
