// The one owner of training in the app: every screen trains through it, so starting a run stops
// (and waits for) the one before, whoever started it. It also puts a kept network back into the
// worker (useModel), for screens that look inside a trained network, and keeps the checkpoints
// that let a screen offer "continue from epoch N" after a crash or a reload:
//   const checkpoint = await runner.pendingCheckpoint('lab');   // show the offer if defined
//   runner.resume(checkpoint, { onEvent });                      // the learner accepted
//   runner.start({ …, checkpointKey: 'lab' });                   // a new run, checkpointed
import type { ModelSpec } from '../../shared/spec';
import type { ModelInfo } from '../../shared/worker-protocol';
import type { TrainerBridge } from '../../worker/bridge';
import type { AppStorage } from '../storage/app-storage';
import { CheckpointStore, type TrainingCheckpoint } from './checkpoints';
import { DeviceSettings } from './device-settings';
import { buildAfterStop, DEFAULT_SEED, TrainingRun, type TrainingRequest } from './training-run';

export interface TrainingRunnerOptions {
  /** Where checkpoints are kept (the app's storage); without it runs are not checkpointed. */
  storage?: () => Promise<AppStorage>;
  /** The page's device settings (probe, quick-mode budget, threads); default: unmeasured. */
  device?: DeviceSettings;
}

export class TrainingRunner {
  private current: TrainingRun | null = null;
  private readonly checkpoints: CheckpointStore | null;
  /** Quick-mode budget and thread count for this device: `device.quick(spec)`. */
  readonly device: DeviceSettings;

  /** `bridge` is the page's training worker; screens also use it directly (activations, crash and restart). */
  constructor(
    readonly bridge: TrainerBridge,
    options: TrainingRunnerOptions = {},
  ) {
    this.checkpoints = options.storage ? new CheckpointStore(options.storage) : null;
    this.device = options.device ?? new DeviceSettings();
  }

  /** The run in progress (or waiting for the previous one to end), if any. */
  get run(): TrainingRun | null {
    return this.current;
  }

  /** Cancels the current run and starts `request` once the worker is free. */
  start(request: TrainingRequest): TrainingRun {
    const previous = this.current;
    previous?.cancel();
    const run = new TrainingRun(this.bridge, request, previous?.result ?? Promise.resolve(), this.checkpoints);
    this.current = run;
    void run.result.finally(() => {
      if (this.current === run) this.current = null;
    });
    return run;
  }

  /**
   * The checkpoint a run under `key` left (after a crash, a reload, or leaving the screen), unless
   * that run is still going; undefined when there is none.
   */
  async pendingCheckpoint(key: string): Promise<TrainingCheckpoint | undefined> {
    if (!this.checkpoints || this.current?.request.checkpointKey === key) return undefined;
    return this.checkpoints.load(key);
  }

  /** Forgets the checkpoint under `key` (the learner declined to continue). */
  async discardCheckpoint(key: string): Promise<void> {
    await this.checkpoints?.discard(key);
  }

  /**
   * Continues the checkpoint's run from its epoch, on the same seed and thread count, so it ends
   * as the uninterrupted run would have. Starts a new worker first if the old one died.
   */
  resume(checkpoint: TrainingCheckpoint, options: Pick<TrainingRequest, 'onEvent' | 'score'> = {}): TrainingRun {
    if (!this.bridge.isAlive) this.bridge.restart();
    const { spec, preset, settings, quick, key } = checkpoint;
    return this.start({ spec, preset, settings, quick, checkpointKey: key, resumeFrom: checkpoint, ...options });
  }

  /** Cancels the current run, if any, and resolves when it has ended. */
  async cancel(): Promise<void> {
    const run = this.current;
    run?.cancel();
    await run?.result;
  }

  /** Cancels the current run and stops any training started straight on the bridge; resolves when done. */
  async stopAll(): Promise<void> {
    await this.cancel();
    if (this.bridge.isAlive) await this.bridge.call((r) => r.stop()).catch(() => {});
  }

  /**
   * Makes the worker hold `spec`: stops any training, builds it with `seed` and loads `weights`
   * (a kept network's; without them it stays as initialised).
   */
  async useModel(spec: ModelSpec, { seed = DEFAULT_SEED, weights }: { seed?: number; weights?: Float32Array } = {}): Promise<ModelInfo> {
    await this.cancel();
    const info = await buildAfterStop(this.bridge, spec, { seed });
    if (weights) await this.bridge.call((r) => r.importWeights(weights));
    return info;
  }
}
