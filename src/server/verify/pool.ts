// A bounded pool of verifier threads with a bounded queue: at most `size` entries are scored at
// once, at most `queueLimit` wait; `tryRun` refuses beyond that (the entry stays pending in the
// database and is picked up later). A thread that crashes is replaced; its job fails.
import { Worker } from 'node:worker_threads';
import type { VerifyJob, VerifyReply } from './verify-thread';

const THREAD_FILE = new URL('./verify-thread.ts', import.meta.url);

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
  /** Ends the running job early (shutdown). */
  abort?: (reply: VerifyReply) => void;
}

interface Waiting {
  job: VerifyJob;
  resolve: (reply: VerifyReply) => void;
}

export class VerifyPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    readonly queueLimit: number,
    private readonly dataDir: string,
  ) {}

  /** Jobs running or waiting. */
  get load(): number {
    return this.slots.filter((s) => s.busy).length + this.queue.length;
  }

  get capacity(): number {
    return this.size + this.queueLimit;
  }

  /** Runs `job` when a thread is free; undefined when the queue is full. */
  tryRun(job: VerifyJob): Promise<VerifyReply> | undefined {
    if (this.closed || this.load >= this.capacity) return undefined;
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private spawn(): Slot {
    // The thread file is TypeScript: register tsx's loader in the thread first (as lane-spawn-node.ts).
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(THREAD_FILE.href)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: { dataDir: this.dataDir } });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    const slot: Slot = { worker, ready, busy: false };
    this.slots.push(slot);
    return slot;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const waiting = this.queue.shift()!;
      this.runOn(slot, waiting);
    }
  }

  private runOn(slot: Slot, { job, resolve }: Waiting): void {
    slot.busy = true;
    const finish = (reply: VerifyReply) => {
      if (!slot.busy) return;
      slot.abort = undefined;
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.busy = false;
      resolve(reply);
      this.pump();
    };
    const onMessage = (reply: VerifyReply) => finish(reply);
    const onError = (error: Error) => {
      this.slots.splice(this.slots.indexOf(slot), 1); // a crashed thread is not reused
      void slot.worker.terminate();
      finish({ ok: false, message: `the verifier crashed: ${error.message}` });
    };
    slot.abort = finish;
    slot.ready.then(
      () => {
        slot.worker.on('message', onMessage);
        slot.worker.once('error', onError);
        slot.worker.postMessage(job);
      },
      (error: Error) => onError(error),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    const shutdown: VerifyReply = { ok: false, message: 'the server is shutting down' };
    for (const waiting of this.queue.splice(0)) waiting.resolve(shutdown);
    for (const slot of this.slots) slot.abort?.(shutdown);
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }
}
