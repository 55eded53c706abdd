// Which configurations the benchmark runs, in order, and how long it times each.
import { BENCH_MODELS, BENCH_MODES, type BenchEngine, type BenchJob, type Timing } from './protocol';

/**
 * Fast engines (FilterFit, tfjs-wasm) get a warm-up and five windows of 1.5 s; the slow ones
 * (tfjs-cpu, ConvNetJS: seconds per batch of the larger models) a few batches' worth.
 * Quick mode (CI) only checks that every configuration runs: batches of 32 (16 for tfjs-cpu),
 * short windows, no warm-up for the slow engines. Its figures are not for comparison.
 * budgetMs bounds a whole job (start-up, warm-up, windows): a competitor that runs out of it is
 * reported as slower than an upper bound, and the run goes on (main.ts).
 */
const TIMING: Record<'full' | 'quick', Record<'fast' | 'slow', Timing>> = {
  full: {
    fast: { warmupMs: 1500, warmupUnits: 2, windowMs: 1500, windows: 5, budgetMs: 120_000 },
    slow: { warmupMs: 1000, warmupUnits: 1, windowMs: 2000, windows: 3, budgetMs: 300_000 },
  },
  quick: {
    fast: { warmupMs: 100, warmupUnits: 1, windowMs: 150, windows: 2, budgetMs: 30_000 },
    slow: { warmupMs: 0, warmupUnits: 0, windowMs: 50, windows: 1, budgetMs: 30_000 },
  },
};

export const batchSize = (quick: boolean, engine?: BenchEngine): number => (!quick ? 128 : engine === 'tfjs-cpu' ? 16 : 32);

/** Images each worker cycles through: whole batches of real Fashion-MNIST training images. */
export const poolImages = (quick: boolean): number => (quick ? 8 : 64) * batchSize(quick);

/** Every job, model by model; `cores` = navigator.hardwareConcurrency (the N of the N rows). */
export function benchJobs(quick: boolean, cores: number, engines?: readonly BenchEngine[]): BenchJob[] {
  const timing = TIMING[quick ? 'quick' : 'full'];
  const multi = cores > 1 ? [1, cores] : [1];
  const jobs: BenchJob[] = [];
  for (const model of BENCH_MODELS) {
    for (const mode of BENCH_MODES) {
      const add = (engine: BenchEngine, threads: number, speed: 'fast' | 'slow') => {
        if (!engines || engines.includes(engine)) jobs.push({ engine, threads, model, mode, batchSize: batchSize(quick, engine), timing: timing[speed] });
      };
      for (const threads of multi) add('filterfit', threads, 'fast');
      for (const threads of multi) add('tfjs-wasm', threads, 'fast');
      // inference runs no gradient: there the variant would repeat the tfjs-wasm rows
      if (mode === 'train') for (const threads of multi) add('tfjs-wasm-xnnpack-grads', threads, 'fast');
      add('tfjs-cpu', 1, 'slow');
      add('convnetjs', 1, 'slow');
    }
  }
  return jobs;
}
