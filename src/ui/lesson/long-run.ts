// The lesson's long run: a network trained to the tutorial's length on the background worker
// (src/ui/training/background-runner.ts) while the learner goes on with the lesson. It belongs to
// the lesson frame, not to a step, so the result comes back wherever the learner is: the frame
// shows its progress in the sidebar, announces the end, and keeps the trained network like any
// other (`keep`). A step starts it and watches it (`subscribe`, `state`). One long run at a time.
import type { HistoryCurves } from '../../shared/training-types';
import type { BackgroundRunner } from '../training/background-runner';
import type { TrainingMessage, TrainingRequest, TrainingRun, TrainingRunEvent } from '../training/training-run';
import type { TrainedModel } from './step';

export type LongRunStatus = 'idle' | 'building' | 'training' | 'waiting' | 'testing' | 'done' | 'ended';

export interface LongRunState {
  status: LongRunStatus;
  /** The preset being trained (undefined while idle). */
  preset?: string;
  /** Epochs completed, and how many the run has. */
  epoch: number;
  epochs: number;
  history: HistoryCurves;
  /** Estimated seconds until the last epoch ends (null before the speed is known or while waiting). */
  secondsLeft: number | null;
  /** The kept network, once done. */
  model?: TrainedModel;
  /** Why it ended early (stopped, diverged, crashed, failed). */
  message?: TrainingMessage | null;
}

const idle = (): LongRunState => ({ status: 'idle', epoch: 0, epochs: 0, history: { loss: [], acc: [], val_loss: [], val_acc: [] }, secondsLeft: null });

/** Seconds left from what the run has measured: the mean epoch time, else the images-per-second of this epoch. */
export function estimateSecondsLeft(state: Pick<LongRunState, 'epoch' | 'epochs'>, epochMs: readonly number[], batch?: { batch: number; batches: number; samplesPerSec: number; imagesPerBatch: number }): number | null {
  const left = state.epochs - state.epoch;
  if (left <= 0) return 0;
  if (epochMs.length > 0) {
    const mean = epochMs.reduce((a, b) => a + b, 0) / epochMs.length;
    const thisEpoch = batch ? 1 - batch.batch / batch.batches : 1;
    return (mean / 1000) * (left - 1 + thisEpoch);
  }
  if (!batch || batch.samplesPerSec <= 0) return null;
  const perEpoch = (batch.batches * batch.imagesPerBatch) / batch.samplesPerSec;
  return perEpoch * (left - batch.batch / batch.batches);
}

export class LongRun {
  private current: LongRunState = idle();
  private run: TrainingRun | null = null;
  private epochMs: number[] = [];
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  /** `keep`: saves a finished run's network (the lesson store). */
  constructor(
    private readonly background: () => BackgroundRunner,
    private readonly keep: (model: TrainedModel) => void,
  ) {}

  get state(): LongRunState {
    return this.current;
  }

  get running(): boolean {
    return this.run !== null;
  }

  /** Trains `request` on the background worker (replacing a long run already going). */
  start(request: TrainingRequest): void {
    const background = this.background();
    this.unsubscribe ??= background.subscribe(() => this.onBackgroundChange());
    this.epochMs = [];
    this.current = { ...idle(), status: 'building', preset: request.preset, epochs: request.settings.epochs };
    const run = background.start({ ...request, onEvent: (event) => this.onEvent(event, request) });
    this.run = run;
    this.notify();
    void run.result.then((result) => {
      if (this.run !== run || result.cancelled) return;
      this.run = null;
      const model = result.status === 'completed' && result.model?.preset !== undefined ? (result.model as TrainedModel) : undefined;
      if (model) this.keep(model);
      this.current = { ...this.current, status: model ? 'done' : 'ended', model, message: result.message, secondsLeft: model ? 0 : null };
      this.notify();
    });
  }

  /** Ends the long run without keeping anything (the lesson closes or is reset). */
  cancel(): void {
    this.run?.cancel();
    this.run = null;
    this.current = idle();
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private onEvent(event: TrainingRunEvent, request: TrainingRequest): void {
    const state = this.current;
    if (event.type === 'phase') this.current = { ...state, status: event.phase === 'training' && this.background().waiting ? 'waiting' : event.phase };
    else if (event.type === 'epochEnd') {
      this.epochMs.push(event.logs.timeMs);
      const { history } = state;
      const next = {
        loss: [...history.loss, event.logs.loss],
        acc: [...history.acc, event.logs.acc],
        val_loss: event.logs.val_loss === undefined ? history.val_loss : [...history.val_loss, event.logs.val_loss],
        val_acc: event.logs.val_acc === undefined ? history.val_acc : [...history.val_acc, event.logs.val_acc],
      };
      this.current = { ...state, epoch: event.epoch + 1, history: next };
      this.current.secondsLeft = estimateSecondsLeft(this.current, this.epochMs);
    } else if (event.type === 'batch') {
      const imagesPerBatch = request.settings.batchSize ?? 128;
      this.current = { ...state, secondsLeft: estimateSecondsLeft(state, this.epochMs, { ...event, imagesPerBatch }) };
      if (event.batch % 20 !== 0) return; // progress is told a few times an epoch, not on every batch
    } else if (event.type === 'paused' || event.type === 'resumed') {
      this.current = { ...state, status: event.type === 'paused' ? 'waiting' : 'training' };
    } else return;
    this.notify();
  }

  private onBackgroundChange(): void {
    if (!this.run || (this.current.status !== 'training' && this.current.status !== 'waiting')) return;
    const status = this.background().waiting ? 'waiting' : 'training';
    if (status === this.current.status) return;
    this.current = { ...this.current, status };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
