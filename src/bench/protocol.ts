// What the benchmark page, its workers and scripts/bench.ts exchange (structured-clone friendly).
// One job = one engine × thread count × model × mode, run in a fresh dedicated worker so tfjs
// backends, thread pools and JIT state never leak from one configuration into the next.

/**
 * tfjs-wasm: tfjs-backend-wasm as shipped (its scalar Conv2DBackpropInput, plus the Conv3D-based
 * Conv2DBackpropFilter it lacks); tfjs-wasm-xnnpack-grads: both conv gradients as XNNPACK
 * convolutions (src/crosscheck/tfjs-wasm-xnnpack-grads.ts), tfjs-wasm at its best for training.
 */
export type BenchEngine = 'filterfit' | 'tfjs-wasm' | 'tfjs-wasm-xnnpack-grads' | 'tfjs-cpu' | 'convnetjs';

/** The tfjs-wasm variants: ratios divide by the fastest of them. */
export const TFJS_WASM_ENGINES: readonly BenchEngine[] = ['tfjs-wasm', 'tfjs-wasm-xnnpack-grads'];
export type BenchModel = 'bench-a' | 'bench-b' | 'bench-c';
export type BenchMode = 'train' | 'infer';

export const BENCH_MODELS: readonly BenchModel[] = ['bench-a', 'bench-b', 'bench-c'];
export const BENCH_MODES: readonly BenchMode[] = ['train', 'infer'];

/** How long to warm up and how to cut the timed part into windows (milliseconds). */
export interface Timing {
  warmupMs: number;
  /** Warm-up runs at least this many units (a unit = one batch, or one image for ConvNetJS). */
  warmupUnits: number;
  windowMs: number;
  windows: number;
  /** The whole job (start-up included) must reply within this, or it is stopped (an upper bound is reported). */
  budgetMs: number;
}

export interface BenchJob {
  engine: BenchEngine;
  /** Requested threads (FilterFit workers, tfjs-wasm XNNPACK threads); 1 for cpu and ConvNetJS. */
  threads: number;
  model: BenchModel;
  mode: BenchMode;
  batchSize: number;
  timing: Timing;
}

/** Page → worker: the job and the images it cycles through (uint8 NHWC, whole batches). */
export interface JobRequest {
  job: BenchJob;
  images: Uint8Array;
  labels: Uint8Array;
}

export interface Measurement {
  /** Median over the windows. */
  imagesPerSec: number;
  /** Each window's images/s, in order. */
  windows: number[];
  /** Images processed in the timed windows (warm-up excluded). */
  images: number;
}

/** Training loss of the first and the last batch the worker trained (warm-up included). */
export interface LossTrace {
  first: number;
  last: number;
}

/** Worker → page. */
export type JobReply =
  | ({ ok: true; threads: number; memoryBytes?: number; detail?: string; loss?: LossTrace } & Measurement)
  | { ok: false; error: string };

/** Worker → page before the reply: what it is doing (a timeout then names the phase). */
export interface JobPhase {
  phase: string;
}

/**
 * Worker → page while timing (at most every 250 ms): images processed since the work started
 * (warm-up included) and the unit size. If the job then runs out of time, the page reports
 * (images + one unit) / elapsed as an upper bound: the unit in flight did not finish in time.
 */
export interface JobProgress {
  progress: { images: number; imagesPerUnit: number };
}

/** Worker → page for the peak job. */
export interface PeakReply {
  ok: boolean;
  gflops?: number;
  source?: string;
  error?: string;
}

/** ok: measured; timed-out: ran out of its time budget (an upper bound is known); failed: an error. */
export type RunStatus = 'ok' | 'timed-out' | 'failed';

/** One row of bench/results.json. */
export interface BenchRun {
  engine: BenchEngine;
  /** Threads actually used (as the engine reports them); the requested count for a failed run. */
  threads: number;
  model: BenchModel;
  mode: BenchMode;
  batchSize: number;
  status: RunStatus;
  /** Median images/s over the timed windows; null unless status is 'ok'. */
  imagesPerSec: number | null;
  /** 'timed-out' only: the run was slower than this (images/s), see JobProgress. */
  imagesPerSecBelow?: number;
  /** Seconds the job ran before it was stopped ('timed-out'). */
  timeoutSeconds?: number;
  /** imagesPerSec × multiply-add FLOPs per image actually done (taps inside the input, src/shared/cost.ts) / 1e9. */
  gflops: number | null;
  /** imagesPerSec × FLOPs per image counting every tap ('same' padding too: what a padded-input kernel does) / 1e9. */
  gflopsNominal?: number | null;
  /** gflops / (peak GFLOP/s per core × threads); FilterFit rows only. */
  fractionOfPeak?: number | null;
  /** Training rows: the loss the engine reported on its first and last batch. */
  loss?: LossTrace;
  windows?: number[];
  memoryBytes?: number;
  detail?: string;
  error?: string;
}

export interface Ratio {
  model: BenchModel;
  mode: BenchMode;
  /** Threads of the FilterFit row used: its most threads among the rows that ran. */
  filterfitThreads: number;
  /** FilterFit images/s ÷ the fastest tfjs-wasm row (either variant); null when a side is missing. */
  vsTfjsWasm: number | null;
  tfjsWasmThreads: number | null;
  /** Which tfjs-wasm variant that fastest row was. */
  tfjsWasmEngine: BenchEngine | null;
  /** Set when that row timed out: the ratio is a lower bound. */
  vsTfjsWasmAtLeast?: true;
  vsTfjsCpu: number | null;
  vsTfjsCpuAtLeast?: true;
}

// Time to accuracy (`npm run bench -- --tta`): wall seconds until the test accuracy, evaluated
// after each epoch, first reaches the target.

export type TtaModel = 'seed-a' | 'seed-notebook';
export type TtaEngine = Extract<BenchEngine, 'filterfit' | 'tfjs-wasm-xnnpack-grads'>;

/** Test accuracy each model must reach (the tutorial's results, a little below the best runs). */
export const TTA_TARGETS: Record<TtaModel, number> = { 'seed-a': 0.88, 'seed-notebook': 0.86 };

export interface TtaJob {
  engine: TtaEngine;
  threads: number;
  model: TtaModel;
  target: number;
  maxEpochs: number;
  batchSize: number;
  /** Keras validation_split: the LAST fraction of the training arrays, before shuffling. */
  validationSplit: number;
  seed: number;
  /** The whole job must end within this (start-up included); the epochs so far are kept. */
  budgetMs: number;
}

/** Page → TTA worker. */
export interface TtaRequest {
  job: TtaJob;
  train: { images: Uint8Array; labels: Uint8Array };
  test: { images: Uint8Array; labels: Uint8Array };
}

export interface TtaEpoch {
  /** 1-based. */
  epoch: number;
  /** Wall seconds from the start of training (model built, data in the worker) to the end of this epoch's test evaluation. */
  seconds: number;
  loss: number;
  valAccuracy: number;
  testAccuracy: number;
}

/** TTA worker → page: one per epoch, then the reply. */
export interface TtaEpochMessage {
  epoch: TtaEpoch;
}
export type TtaReply = { ok: true; threads: number; detail?: string } | { ok: false; error: string };

export interface TtaRun {
  engine: TtaEngine;
  threads: number;
  model: TtaModel;
  target: number;
  /** reached: the test accuracy hit the target; not reached: maxEpochs ran without it; timed-out: out of budget first. */
  status: 'reached' | 'not reached' | 'timed-out' | 'failed';
  /** Seconds until the target was first reached (null unless reached). */
  seconds: number | null;
  epochs: TtaEpoch[];
  detail?: string;
  error?: string;
}

export interface TtaRatio {
  model: TtaModel;
  target: number;
  filterfitSeconds: number | null;
  tfjsSeconds: number | null;
  /** tfjs seconds ÷ FilterFit seconds; a lower bound (atLeast) when tfjs did not reach the target in the seconds it ran. */
  sooner: number | null;
  atLeast?: true;
}

export interface TtaResults {
  date: string;
  quick: boolean;
  trainImages: number;
  testImages: number;
  runs: TtaRun[];
  ratios: TtaRatio[];
  notes: string[];
}

export interface BenchResults {
  date: string;
  quick: boolean;
  machine: { hardwareConcurrency: number; platform: string; cpu?: string; os?: string; shared?: string };
  browser: string;
  versions: Record<string, string>;
  peakGflopsPerCore: number | null;
  peakSource: string;
  runs: BenchRun[];
  ratios: Ratio[];
  /** Kernel memory of the FilterFit 1-worker bench-c training model (parameters, Adam, batch). */
  filterfitMemoryBytes: { model: 'bench-c'; mode: 'train'; bytes: number } | null;
  notes: string[];
  /** From `npm run bench -- --tta` (kept when a later throughput run rewrites the file, and vice versa). */
  tta?: TtaResults;
}
