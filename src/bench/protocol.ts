// What the benchmark page, its workers and scripts/bench.ts exchange (structured-clone friendly).
// One job = one engine × thread count × model × mode, run in a fresh dedicated worker so tfjs
// backends, thread pools and JIT state never leak from one configuration into the next.

export type BenchEngine = 'filterfit' | 'tfjs-wasm' | 'tfjs-cpu' | 'convnetjs';
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

/** Worker → page. */
export type JobReply =
  | ({ ok: true; threads: number; memoryBytes?: number; detail?: string } & Measurement)
  | { ok: false; error: string };

/** Worker → page before the reply: what it is doing (a timeout then names the phase). */
export interface JobPhase {
  phase: string;
}

/** Worker → page for the peak job. */
export interface PeakReply {
  ok: boolean;
  gflops?: number;
  source?: string;
  error?: string;
}

export type RunStatus = 'ok' | 'failed';

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
  /** imagesPerSec × FLOPs per image (src/bench/flops.ts) / 1e9. */
  gflops: number | null;
  /** gflops / (peak GFLOP/s per core × threads); FilterFit rows only. */
  fractionOfPeak?: number | null;
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
  /** FilterFit images/s ÷ the faster tfjs-wasm row; null when a side is missing. */
  vsTfjsWasm: number | null;
  tfjsWasmThreads: number | null;
  vsTfjsCpu: number | null;
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
