// One training run, start to end, the same for every screen: wait until the worker is free, build
// the spec, train with live events, then score on the test set and keep the weights. Every end
// has its status and a translated message: completed, stopped, diverged (the engine restored the
// last good epoch), crashed (the worker died) and failed (anything else, an invalid spec too).
// Screens start runs through TrainingRunner (training-runner.ts), which stops the previous one.
// A run with a checkpoint key saves a checkpoint after every epoch (checkpoints.ts) and keeps it
// when the worker crashes or the screen goes away; a run started from one continues exactly.
import type { ModelSpec } from '../../shared/spec';
import type { EpochLogs, FitStatus, HistoryCurves, OptimizerConfig, WeightTensor } from '../../shared/training-types';
import type { ModelInfo, TestReport, TrainingEvent, TrainOptions, TrainResult } from '../../shared/worker-protocol';
import type { CheckpointStore, TrainingCheckpoint } from './checkpoints';
import { DEFAULT_QUICK_IMAGES } from './quick-budget';
import { WorkerCrashedError, type TrainerBridge } from '../../worker/bridge';
import type { MessageParams } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { TrainedModel } from './trained-model';

/** What a run needs of the worker bridge (the app's TrainerBridge; tests use one over an in-process service). */
export type TrainerLink = Pick<TrainerBridge, 'call' | 'train' | 'isAlive'>;

export const DEFAULT_SEED = 1;
export const DEFAULT_BATCH_SIZE = 128;
/**
 * The fixed quick-mode subset from before the device probe.
 * @deprecated Read the device's budget instead: `runner.device.quick(spec).trainImages` (quick-budget.ts).
 */
export const QUICK_TRAIN_IMAGES = DEFAULT_QUICK_IMAGES;

export interface TrainingSettings {
  epochs: number;
  /** Default DEFAULT_BATCH_SIZE. */
  batchSize?: number;
  /** Seeds the initial weights and every epoch's shuffle. Default DEFAULT_SEED. */
  seed?: number;
  /** Data-parallel threads (default 1; one thread where the page is not cross-origin isolated). */
  threads?: number;
  /** Default Adam with Keras' settings (ADAM_DEFAULTS). */
  optimizer?: OptimizerConfig;
  /** Train on the first `trainLimit` training images only (the validation split applies to them). */
  trainLimit?: number;
  /** Default VALIDATION_SPLIT. */
  validationSplit?: number;
  /** Layers whose weights come with every epoch event and in `TrainingResult.snapshots`. */
  watchLayers?: number[];
}

export interface TrainingRequest {
  /** Any valid network: a preset's spec or one the learner built. */
  spec: ModelSpec;
  /** The preset the spec is, if it is one (kept in the result's record). */
  preset?: string;
  settings: TrainingSettings;
  /** Recorded in the result's model (the lesson treats quick-mode networks differently). */
  quick?: boolean;
  /**
   * Which ends are scored on the test set (and keep their weights in `model`): 'trained' (default)
   * = completed, or stopped after at least one epoch; 'completed' = completed only; 'always' =
   * every end but crashed and failed, a diverged run's restored weights included.
   */
  score?: 'trained' | 'completed' | 'always';
  /** Live events until the run ends or is cancelled. */
  onEvent?(event: TrainingRunEvent): void;
  /** Save a checkpoint under this key after every epoch (the runner's store; a screen has one key). */
  checkpointKey?: string;
  /** Continue this checkpoint's run from its epoch (TrainingRunner.resume fills the rest). */
  resumeFrom?: TrainingCheckpoint;
}

export type TrainingPhase = 'building' | 'training' | 'testing';

/** The worker's events (batch, epochBegin, epochEnd, paused, resumed) plus the run's own. */
export type TrainingRunEvent = TrainingEvent | { type: 'phase'; phase: TrainingPhase } | { type: 'built'; info: ModelInfo };

export type RunStatus = FitStatus | 'crashed' | 'failed';

/** A message key and its parameters: `t(message.key, message.params)`. */
export interface TrainingMessage {
  key: MessageKey;
  params?: MessageParams;
}

/** The generic status line of each phase (screens may say it their own way). */
export const PHASE_MESSAGES: Record<TrainingPhase, MessageKey> = {
  building: 'training.statusBuilding',
  training: 'training.statusTraining',
  testing: 'training.statusTesting',
};

export interface WatchedLayer {
  layer: number;
  weights: WeightTensor[];
}

export interface TrainingResult {
  status: RunStatus;
  /**
   * The run was cancelled (its screen went away, or a newer run replaced it): it stopped as soon as
   * it could, nothing was scored and no event was sent after the cancel.
   */
  cancelled: boolean;
  /** How it ended, for the learner; null when it completed. */
  message: TrainingMessage | null;
  /** What the worker built; null when the build failed. */
  info: ModelInfo | null;
  /** The epochs that completed (Keras' History curves) and their logs. */
  history: HistoryCurves;
  epochs: EpochLogs[];
  /** Watched layers' weights: [0] before the first epoch, [i] after epoch i (settings.watchLayers). */
  snapshots: WatchedLayer[][];
  /** The score on the test set, when this end is scored (TrainingRequest.score). */
  test: TestReport | null;
  /** The trained network with its weights, when scored. */
  model: TrainedModel | null;
  /** Milliseconds: building, training (the epochs' wall time incl. validation), scoring. */
  timing: { buildMs: number; trainMs: number; testMs: number };
  /** The error behind 'crashed' and 'failed'. */
  error?: unknown;
  /** The epoch a resumed run started from (its history includes the checkpoint's epochs). */
  resumedFrom?: number;
}

/** Builds that fail right after a stop are tried again (the stopped run may still be finishing its batch). */
const BUILD_ATTEMPTS = 20;
const BUILD_RETRY_MS = 100;

const errorText = (error: unknown) => String((error as Error)?.message ?? error);
const isSpecError = (error: unknown) => (error as Error)?.name === 'SpecError';

/** Stops whatever the worker is training, then builds `spec` (retrying while the old run winds down). */
export async function buildAfterStop(link: TrainerLink, spec: ModelSpec, options: { seed: number; batchSize?: number; threads?: number }): Promise<ModelInfo> {
  await link.call((r) => r.stop());
  for (let attempt = 1; ; attempt++) {
    try {
      return await link.call((r) => r.build(spec, options));
    } catch (error) {
      if (!link.isAlive || isSpecError(error) || attempt >= BUILD_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUILD_RETRY_MS));
    }
  }
}

const now = () => performance.now();

export class TrainingRun {
  readonly result: Promise<TrainingResult>;
  private phase: TrainingPhase | 'done' = 'building';
  private cancelled = false;
  private stopRequested = false;
  private pauseRequested = false;
  /** Checkpoint writes, in epoch order. */
  private saving: Promise<void> = Promise.resolve();

  /** Use TrainingRunner.start; `previous` settles when the run this one replaces has ended. */
  constructor(
    private readonly link: TrainerLink,
    readonly request: TrainingRequest,
    previous: Promise<unknown>,
    private readonly checkpoints: CheckpointStore | null = null,
  ) {
    this.result = previous.catch(() => {}).then(() => this.execute());
  }

  get paused(): boolean {
    return this.pauseRequested;
  }

  /** Holds training between batches (also when asked before training began). */
  pause(): void {
    if (this.pauseRequested || this.phase === 'done') return;
    this.pauseRequested = true;
    if (this.phase === 'training') this.send((r) => r.pause());
  }

  resume(): void {
    if (!this.pauseRequested) return;
    this.pauseRequested = false;
    if (this.phase === 'training') this.send((r) => r.resume());
  }

  /** The pause button: pauses a running run, resumes a paused one. */
  togglePause(): void {
    if (this.pauseRequested) this.resume();
    else this.pause();
  }

  /** Ends training after the current batch; the run then ends 'stopped' (scored as TrainingRequest.score says). */
  stop(): void {
    if (this.stopRequested || this.phase === 'done') return;
    this.stopRequested = true;
    if (this.phase === 'training') this.send((r) => r.stop());
  }

  /** Stops and goes quiet: for a screen that goes away, or a run that a newer one replaces. */
  cancel(): void {
    this.cancelled = true;
    this.stop();
  }

  private send(run: Parameters<TrainerLink['call']>[0]): void {
    void this.link.call(run).catch(() => {}); // a dead worker ends the run through `train`
  }

  private emit(event: TrainingRunEvent): void {
    if (!this.cancelled && this.phase !== 'done') this.request.onEvent?.(event);
  }

  private enter(phase: TrainingPhase): void {
    this.phase = phase;
    this.emit({ type: 'phase', phase });
  }

  private async execute(): Promise<TrainingResult> {
    const { spec, settings } = this.request;
    const result: TrainingResult = {
      status: 'stopped', cancelled: false, message: null, info: null,
      history: { loss: [], acc: [], val_loss: [], val_acc: [] }, epochs: [], snapshots: [],
      test: null, model: null, timing: { buildMs: 0, trainMs: 0, testMs: 0 },
    };
    const seed = settings.seed ?? DEFAULT_SEED;
    const from = this.request.resumeFrom;
    try {
      if (this.stopRequested) return this.finish(result, 'stopped');
      this.enter('building');
      let started = now();
      if (!from) this.saveCheckpoint(() => this.checkpoints?.discard(this.request.checkpointKey!)); // a new run replaces the old one's
      const threads = from?.threads ?? settings.threads;
      result.info = await buildAfterStop(this.link, spec, { seed, batchSize: settings.batchSize ?? DEFAULT_BATCH_SIZE, threads });
      if (from) this.continueFrom(result, from);
      if (from) await this.link.call((r) => r.importTrainingState(from.state));
      result.timing.buildMs = now() - started;
      this.emit({ type: 'built', info: result.info });

      const outcome = this.stopRequested ? { status: 'stopped' as const, message: undefined } : await this.train(result);
      result.status = outcome.status;
      if (outcome.status === 'diverged') result.message = { key: 'training.diverged', params: { detail: outcome.message ?? '' } };
      if (!this.scores(outcome.status, result.epochs.length)) return this.finish(result, outcome.status);

      this.enter('testing');
      started = now();
      result.test = await this.link.call((r) => r.evaluateTest());
      const weights = await this.link.call((r) => r.exportWeights());
      result.timing.testMs = now() - started;
      result.model = this.trainedModel(seed, weights, result);
      return await this.finish(result, outcome.status);
    } catch (error) {
      result.error = error;
      if (error instanceof WorkerCrashedError) {
        result.message = { key: 'training.crashed', params: { detail: error.message } };
        return await this.finish(result, 'crashed');
      }
      result.message = { key: isSpecError(error) ? 'training.invalidSpec' : 'training.failed', params: { detail: errorText(error) } };
      return await this.finish(result, 'failed');
    }
  }

  /** The checkpoint's epochs become the start of this run's history. */
  private continueFrom(result: TrainingResult, from: TrainingCheckpoint): void {
    result.resumedFrom = from.epoch;
    result.history = structuredClone(from.history);
    result.epochs = [...from.epochs];
    result.snapshots = [...from.snapshots];
    result.timing.trainMs = from.epochs.reduce((sum, logs) => sum + logs.timeMs, 0);
  }

  private async train(result: TrainingResult): Promise<TrainResult> {
    this.enter('training');
    return this.link.train({ ...this.trainOptions(), startPaused: this.pauseRequested }, (event) => this.record(result, event));
  }

  private trainOptions(): TrainOptions {
    const { epochs, batchSize, optimizer, trainLimit, validationSplit, watchLayers } = this.request.settings;
    const checkpoints = this.checkpoints !== null && this.request.checkpointKey !== undefined;
    return { epochs, initialEpoch: this.request.resumeFrom?.epoch, checkpoints, batchSize: batchSize ?? DEFAULT_BATCH_SIZE, optimizer, trainLimit, validationSplit, watchLayers };
  }

  /** Keeps what the result needs from a worker event, then passes it on (without the training state). */
  private record(result: TrainingResult, event: TrainingEvent): void {
    if (this.phase === 'done') return; // late news from a worker that crashed
    if (event.type === 'epochBegin' && event.epoch === 0 && event.watched.length) result.snapshots = [event.watched];
    if (event.type === 'epochEnd') {
      this.epochEnded(result, event);
      if (event.state) {
        const { state: _state, ...rest } = event;
        this.emit(rest);
        return;
      }
    }
    this.emit(event);
  }

  private epochEnded(result: TrainingResult, event: Extract<TrainingEvent, { type: 'epochEnd' }>): void {
    const { logs } = event;
    result.epochs.push(logs);
    result.history.loss.push(logs.loss);
    result.history.acc.push(logs.acc);
    if (logs.val_loss !== undefined) result.history.val_loss.push(logs.val_loss);
    if (logs.val_acc !== undefined) result.history.val_acc.push(logs.val_acc);
    result.timing.trainMs += logs.timeMs;
    if (event.watched.length) result.snapshots.push(event.watched);
    const { checkpointKey: key, spec, preset, settings, quick = false } = this.request;
    if (key === undefined || !event.state || !result.info) return;
    // The state came with this epoch's event, so weights, moments and history match.
    const checkpoint: TrainingCheckpoint = {
      key, spec, preset, quick, settings, epoch: event.epoch + 1, threads: result.info.threads, state: event.state,
      history: structuredClone(result.history), epochs: [...result.epochs], snapshots: [...result.snapshots], savedAt: Date.now(),
    };
    if (checkpoint.epoch < settings.epochs) this.saveCheckpoint(() => this.checkpoints?.save(checkpoint));
  }

  /** Queues a checkpoint write after the ones before (storage trouble is reported by the storage). */
  private saveCheckpoint(write: () => Promise<void> | undefined): void {
    if (!this.checkpoints || this.request.checkpointKey === undefined) return;
    this.saving = this.saving.then(write).catch((error) => console.warn('FilterFit: checkpoint not saved', error));
  }

  private scores(status: FitStatus, epochs: number): boolean {
    if (this.cancelled) return false;
    const score = this.request.score ?? 'trained';
    if (score === 'always') return true;
    if (score === 'completed') return status === 'completed';
    return status === 'completed' || (status === 'stopped' && epochs > 0);
  }

  private trainedModel(seed: number, weights: Float32Array, result: TrainingResult): TrainedModel {
    const { spec, preset, quick = false } = this.request;
    const fields = {
      spec,
      seed,
      weights,
      history: result.history,
      testAccuracy: result.test?.acc,
      testErrors: result.test?.errors,
      quick,
    };
    return preset === undefined ? fields : { ...fields, preset };
  }

  /**
   * Ends the run. Its checkpoint stays when the worker crashed or the run was cancelled (the
   * screen offers to continue); any other end discards it. Resolves once the checkpoint is settled.
   */
  private async finish(result: TrainingResult, status: RunStatus): Promise<TrainingResult> {
    this.phase = 'done';
    result.status = status;
    result.cancelled = this.cancelled;
    if (status === 'stopped') result.message = { key: 'training.statusStopped', params: { epochs: result.epochs.length } };
    if (status !== 'crashed' && !this.cancelled) this.saveCheckpoint(() => this.checkpoints?.discard(this.request.checkpointKey!));
    await this.saving;
    return result;
  }
}
