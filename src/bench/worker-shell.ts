// The part every benchmark worker shares: receive one JobRequest, build the engine's runner,
// time it (measure.ts) and post one JobReply, preceded by JobPhase notes (so a timeout can say
// where it hung). Each worker serves a single job; the page then terminates it.
import { measureThroughput, type Runner } from './measure';
import type { JobPhase, JobProgress, JobReply, JobRequest, LossTrace } from './protocol';

export interface PreparedRunner {
  runner: Runner;
  /** Threads the engine actually uses. */
  threads: number;
  memoryBytes?: number;
  detail?: string;
  /** Training: the losses seen so far (a wrong gradient shows as a loss that does not fall, or NaN). */
  loss?: () => LossTrace | undefined;
}

/** Progress at most every 250 ms: enough for an upper bound, cheap for 10,000 calls a second. */
const PROGRESS_EVERY_MS = 250;

/** Tracks the first and the last loss of a training run. */
export class LossTracker {
  private trace: LossTrace | undefined;

  add(loss: number): void {
    this.trace = { first: this.trace?.first ?? loss, last: loss };
  }

  get(): LossTrace | undefined {
    return this.trace;
  }
}

export function serveJob(prepare: (request: JobRequest) => Promise<PreparedRunner>): void {
  self.onmessage = async (event: MessageEvent<JobRequest>) => {
    let reply: JobReply;
    try {
      self.postMessage({ phase: 'building the model' } satisfies JobPhase);
      const prepared = await prepare(event.data);
      self.postMessage({ phase: 'timing' } satisfies JobPhase);
      const { imagesPerUnit } = prepared.runner;
      self.postMessage({ progress: { images: 0, imagesPerUnit } } satisfies JobProgress);
      let lastPost = performance.now();
      const measurement = await measureThroughput(prepared.runner, event.data.job.timing, undefined, (images) => {
        if (performance.now() - lastPost < PROGRESS_EVERY_MS) return;
        lastPost = performance.now();
        self.postMessage({ progress: { images, imagesPerUnit } } satisfies JobProgress);
      });
      const loss = prepared.loss?.();
      reply = { ok: true, threads: prepared.threads, memoryBytes: prepared.memoryBytes, detail: prepared.detail, ...(loss ? { loss } : {}), ...measurement };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    self.postMessage(reply);
  };
}

/**
 * Consecutive batches from a fixed pool of whole batches, wrapping around: next(k) yields
 * [start, count) ranges (in images) covering k batches without crossing the pool's end.
 */
export class BatchCycle {
  readonly batches: number;
  private cursor = 0;

  constructor(
    images: number,
    readonly batchSize: number,
  ) {
    this.batches = Math.floor(images / batchSize);
    if (this.batches < 1) throw new RangeError(`${images} images do not make one batch of ${batchSize}`);
  }

  *next(units: number): Generator<{ start: number; count: number }> {
    while (units > 0) {
      const k = Math.min(units, this.batches - this.cursor);
      yield { start: this.cursor * this.batchSize, count: k * this.batchSize };
      this.cursor = (this.cursor + k) % this.batches;
      units -= k;
    }
  }
}
