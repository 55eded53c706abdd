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
  /** imagesPerSec × multiply-add FLOPs per image actually done (taps inside the input, src/bench/flops.ts) / 1e9. */
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
}
