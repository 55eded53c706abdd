// The one owner of training in the app: every screen trains through it, so starting a run stops
// (and waits for) the one before, whoever started it. It also puts a kept network back into the
// worker (useModel), for screens that look inside a trained network.
import type { ModelSpec } from '../../shared/spec';
import type { ModelInfo } from '../../shared/worker-protocol';
import type { TrainerBridge } from '../../worker/bridge';
import { buildAfterStop, DEFAULT_SEED, TrainingRun, type TrainingRequest } from './training-run';

export class TrainingRunner {
  private current: TrainingRun | null = null;

  /** `bridge` is the page's training worker; screens also use it directly (activations, crash and restart). */
  constructor(readonly bridge: TrainerBridge) {}

  /** The run in progress (or waiting for the previous one to end), if any. */
  get run(): TrainingRun | null {
    return this.current;
  }

  /** Cancels the current run and starts `request` once the worker is free. */
  start(request: TrainingRequest): TrainingRun {
    const previous = this.current;
    previous?.cancel();
    const run = new TrainingRun(this.bridge, request, previous?.result ?? Promise.resolve());
    this.current = run;
    void run.result.finally(() => {
      if (this.current === run) this.current = null;
    });
    return run;
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
