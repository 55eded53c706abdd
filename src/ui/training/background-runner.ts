// Long runs that go on while the learner does other things (the lesson's notebook model trains to
// the tutorial's length while the learner moves on). They run on a SECOND training worker with its
// own model and memory, so the page's main worker stays free for whatever the screen on show
// builds, looks into or edits; a run here never disturbs it. Why not one worker with suspend and
// resume: every screen that looks into a network (activations, predictions, set_weights) uses the
// main worker directly, so a background run sharing it would have to be evicted and rebuilt around
// each of those calls. Two cores are shared politely instead: while the main runner trains, the
// background run is paused between batches (the foreground gets the CPU and its time estimate
// holds), and it picks up again when the main runner is idle.
import type { TrainerBridge } from '../../worker/bridge';
import type { TrainingRequest, TrainingRun } from './training-run';
import { TrainingRunner, type TrainingRunnerOptions } from './training-runner';

export class BackgroundRunner {
  /** The runner on the background worker (its own TrainerBridge). */
  readonly runner: TrainingRunner;
  private run: TrainingRun | null = null;
  private foregroundBusy = false;
  private readonly listeners = new Set<() => void>();

  /** `foreground`: the page's main runner, whose runs the background run gives way to; `options`: checkpoints and device, as the main runner's. */
  constructor(
    bridge: TrainerBridge,
    private readonly foreground: TrainingRunner,
    options: TrainingRunnerOptions = {},
  ) {
    this.runner = new TrainingRunner(bridge, options);
    this.foregroundBusy = foreground.run !== null;
    foreground.onBusyChange((busy) => this.giveWay(busy));
  }

  /** The main runner is training: the background run waits (paused between batches). */
  get waiting(): boolean {
    return this.run !== null && this.foregroundBusy;
  }

  /** Starts `request` on the background worker (cancelling the background run before it). */
  start(request: TrainingRequest): TrainingRun {
    if (!this.runner.bridge.isAlive) this.runner.bridge.restart();
    const run = this.runner.start(request);
    this.run = run;
    if (this.foregroundBusy) run.pause();
    void run.result.finally(() => {
      if (this.run === run) this.run = null;
      this.notify();
    });
    this.notify();
    return run;
  }

  /** Cancels the background run, if any; resolves when it has ended. */
  cancel(): Promise<void> {
    return this.runner.cancel();
  }

  /** Hears when the background run starts, waits, goes on or ends. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private giveWay(busy: boolean): void {
    this.foregroundBusy = busy;
    if (busy) this.run?.pause();
    else this.run?.resume();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
