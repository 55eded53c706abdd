// The app's side of the training worker: a typed comlink proxy plus what comlink does not do —
// noticing that the worker died (every pending call then rejects with WorkerCrashedError) and
// starting a fresh one that gets the dataset again.
import * as Comlink from 'comlink';
import type { DatasetPayload, TrainerApi, TrainingEvent, TrainOptions, TrainResult } from '../shared/worker-protocol';
import { DEBUG_WORKER_NAME_SUFFIX, type TrainerDebugApi } from './debug-hooks';

export class WorkerCrashedError extends Error {
  override name = 'WorkerCrashedError';
}

type Remote = Comlink.Remote<TrainerApi>;

export class TrainerBridge {
  private worker!: Worker;
  private remote!: Remote;
  private crashed!: Promise<never>;
  private crashListeners = new Set<(error: WorkerCrashedError) => void>();
  private dataset: DatasetPayload | null = null;
  private alive = false;
  private readonly trainings = new Set<Promise<TrainResult>>();
  private readonly makeWorker: () => Worker;

  /** `makeWorker` defaults to the app's training worker; `{ debug: true }` gives it the crash hook. */
  constructor(makeWorker: (() => Worker) | { debug: boolean } = { debug: false }) {
    this.makeWorker = typeof makeWorker === 'function' ? makeWorker : () => trainingWorker(makeWorker.debug);
    this.start();
  }

  private start(): void {
    this.worker = this.makeWorker();
    this.remote = Comlink.wrap<TrainerApi>(this.worker);
    this.alive = true;
    this.crashed = new Promise<never>((_, reject) => {
      const onError = (event: ErrorEvent | MessageEvent) => {
        if (!this.alive) return;
        this.alive = false;
        // An uncaught error need not end a worker: end it, so a half-broken one sends nothing more.
        this.worker.terminate();
        const detail = 'message' in event && typeof event.message === 'string' ? event.message : 'the worker stopped responding';
        const error = new WorkerCrashedError(`The training worker crashed: ${detail}`);
        reject(error);
        this.crashListeners.forEach((listener) => listener(error));
      };
      this.worker.addEventListener('error', onError);
      this.worker.addEventListener('messageerror', onError);
    });
    this.crashed.catch(() => {});
    if (this.dataset) void this.remote.setDataset(this.dataset);
  }

  get isAlive(): boolean {
    return this.alive;
  }

  onCrash(listener: (error: WorkerCrashedError) => void): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  /** Races a call against the worker's death, so nothing waits forever on a dead worker. */
  call<T>(run: (remote: Remote) => Promise<T>): Promise<T> {
    if (!this.alive) return Promise.reject(new WorkerCrashedError('The training worker is not running: restart it'));
    return Promise.race([run(this.remote), this.crashed]);
  }

  /** Keeps the dataset so a restarted worker gets it again. Sent as a copy: the page keeps its own. */
  setDataset(data: DatasetPayload): Promise<void> {
    this.dataset = data;
    return this.call((r) => r.setDataset(data));
  }

  train(options: TrainOptions, onEvent: (event: TrainingEvent) => void): Promise<TrainResult> {
    const training = this.call((r) => r.train(options, Comlink.proxy(onEvent)));
    this.trainings.add(training);
    const forget = () => void this.trainings.delete(training);
    training.then(forget, forget);
    return training;
  }

  /** Resolves once no training started through this bridge is running (e.g. before a speed probe). */
  async idle(): Promise<void> {
    while (this.trainings.size) await Promise.allSettled([...this.trainings]);
  }

  /** Replaces a dead (or live) worker with a fresh one; models must be built again. */
  restart(): void {
    this.alive = false;
    this.worker.terminate();
    this.start();
  }

  terminate(): void {
    this.alive = false;
    this.worker.terminate();
  }

  /** Test hook: crashes the worker for real (only a worker started with `{ debug: true }` can). */
  simulateCrash(): Promise<void> {
    return this.call((r) => (r as unknown as Comlink.Remote<TrainerDebugApi>).simulateCrash());
  }

  /** Test hook: the worker's CSP violations (only a worker started with `{ debug: true }` records them). */
  cspViolations(): Promise<string[]> {
    return this.call((r) => (r as unknown as Comlink.Remote<TrainerDebugApi>).cspViolations());
  }
}

function trainingWorker(debug: boolean): Worker {
  const name = debug ? `filterfit-trainer${DEBUG_WORKER_NAME_SUFFIX}` : 'filterfit-trainer';
  return new Worker(new URL('./training-worker.ts', import.meta.url), { type: 'module', name });
}
