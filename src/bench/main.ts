// Entry of bench.html: loads Fashion-MNIST, measures the peak, then runs every job in a fresh
// dedicated worker, one after another (never two at once: they would share the cores). The
// results end up in `window.filterfitBench` and data-status="done" for scripts/bench.ts.
//   ?quick            CI-sized run (short windows)
//   ?tta              time to accuracy instead of throughput (tta-page.ts)
//   ?engines=a,b      only these engines (filterfit, tfjs-wasm, tfjs-wasm-xnnpack-grads, tfjs-cpu, convnetjs)
import { version_core as tfjsVersion } from '@tensorflow/tfjs-core';
import { loadFashionMnist } from '../data/loader';
import { batchSize, benchJobs, poolImages } from './jobs';
import type { BenchEngine, BenchJob, BenchResults, BenchRun, JobPhase, JobProgress, JobReply, JobRequest, PeakReply } from './protocol';
import { formatResults, formatRuns, ratios, runFromReply, runFromTimeout } from './report';
import { runTta } from './tta-page';

declare global {
  interface Window {
    filterfitBench?: { results?: BenchResults; error?: string };
  }
}

const PIXELS = 28 * 28;

const tfjsWorker = () => new Worker(new URL('./tfjs-worker.ts', import.meta.url), { type: 'module', name: 'bench-tfjs' });
const WORKERS: Record<BenchEngine, () => Worker> = {
  filterfit: () => new Worker(new URL('./filterfit-worker.ts', import.meta.url), { type: 'module', name: 'bench-filterfit' }),
  'tfjs-wasm': tfjsWorker,
  'tfjs-wasm-xnnpack-grads': tfjsWorker,
  'tfjs-cpu': tfjsWorker,
  convnetjs: () => new Worker(new URL('./convnetjs-worker.ts', import.meta.url), { type: 'module', name: 'bench-convnetjs' }),
};

/** Progress messages may lag the worker by this much (worker-shell posts at most every 250 ms). */
const PROGRESS_LAG_MS = 250;

/**
 * Posts one message to a fresh worker and resolves with its one reply (then ends the worker).
 * JobPhase messages before the reply only name what a timeout interrupted.
 */
function ask<T>(worker: Worker, message: unknown, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let phase = 'starting the worker';
  return new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no reply within ${timeoutMs / 1000} s (while ${phase})`)), timeoutMs);
    worker.onmessage = (event: MessageEvent<T | JobPhase>) => {
      if (typeof event.data === 'object' && event.data !== null && 'phase' in event.data) phase = event.data.phase;
      else resolve(event.data as T);
    };
    worker.onerror = (event) => reject(new Error(`worker error: ${event.message || 'failed to load'}`));
    worker.postMessage(message);
  }).finally(() => {
    clearTimeout(timer);
    worker.terminate();
  });
}

/**
 * Runs one job in a fresh worker within job.timing.budgetMs. A job out of time is stopped; if it
 * was timing, it ran slower than (images done + the unit in flight) / (time timing − the
 * progress lag), which becomes its row's upper bound.
 */
function runJob(job: BenchJob, images: Uint8Array, labels: Uint8Array, peakGflopsPerCore: number | null): Promise<BenchRun> {
  // Copies, so a worker can never see another's buffers.
  const request: JobRequest = { job, images: images.slice(), labels: labels.slice() };
  const worker = WORKERS[job.engine]();
  const started = performance.now();
  let phase = 'starting the worker';
  let timing: { since: number; images: number; imagesPerUnit: number } | undefined;
  return new Promise<BenchRun>((resolve) => {
    const finish = (run: BenchRun) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(run);
    };
    const timer = setTimeout(() => {
      const elapsedMs = performance.now() - (timing?.since ?? 0) - PROGRESS_LAG_MS;
      const below = timing && elapsedMs > 0 ? (timing.images + timing.imagesPerUnit) / (elapsedMs / 1000) : undefined;
      finish(runFromTimeout(job, (performance.now() - started) / 1000, phase, below));
    }, job.timing.budgetMs);
    worker.onmessage = (event: MessageEvent<JobReply | JobPhase | JobProgress>) => {
      const data = event.data;
      if ('phase' in data) phase = data.phase;
      else if ('progress' in data) timing = { since: timing?.since ?? performance.now(), ...data.progress };
      else finish(runFromReply(job, data, peakGflopsPerCore));
    };
    worker.onerror = (event) => finish(runFromReply(job, { ok: false, error: `worker error: ${event.message || 'failed to load'}` }, peakGflopsPerCore));
    worker.postMessage(request);
  });
}

async function main(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const out = root.querySelector<HTMLElement>('#bench-table')!;
  const say = (text: string) => {
    status.textContent = text;
    console.log(`[bench] ${text}`);
  };
  const params = new URLSearchParams(location.search);
  const quick = params.has('quick');
  const engines = params.get('engines')?.split(',') as BenchEngine[] | undefined;
  const cores = navigator.hardwareConcurrency || 1;
  if (!crossOriginIsolated) throw new Error('the page is not cross-origin isolated: multi-threaded wasm needs COOP/COEP (use vite preview)');

  say('Loading Fashion-MNIST…');
  const data = await loadFashionMnist();
  if (params.has('tta')) {
    const budgetSeconds = Number(params.get('ttaBudget')); // per run; absent or invalid: the default
    const tta = await runTta(data, quick, cores, say, engines, budgetSeconds > 0 ? budgetSeconds * 1000 : undefined);
    const results: BenchResults = {
      date: tta.date, quick, machine: { hardwareConcurrency: cores, platform: navigator.platform }, browser: navigator.userAgent,
      versions: { '@tensorflow/tfjs-core': tfjsVersion }, peakGflopsPerCore: null, peakSource: 'not measured (time-to-accuracy run)',
      runs: [], ratios: [], filterfitMemoryBytes: null, notes: [], tta,
    };
    window.filterfitBench = { results };
    say(`Done: ${tta.runs.filter((r) => r.status === 'reached').length} of ${tta.runs.length} runs reached their target.`);
    root.dataset.status = 'done';
    return;
  }
  const count = poolImages(quick);
  const images = data.train.images.subarray(0, count * PIXELS);
  const labels = data.train.labels.subarray(0, count);

  say('Measuring the f32x4 multiply-add peak…');
  const peakWorker = new Worker(new URL('./peak-worker.ts', import.meta.url), { type: 'module', name: 'bench-peak' });
  const peak = await ask<PeakReply>(peakWorker, quick ? { runs: 3, runMs: 50 } : { runs: 7, runMs: 150 }, 60_000).catch((error: Error) => ({ ok: false, error: error.message }) as PeakReply);
  const peakGflopsPerCore = peak.ok ? peak.gflops! : null;
  say(`Peak: ${peakGflopsPerCore?.toFixed(1) ?? `unavailable (${peak.error})`} GFLOP/s per core`);

  const jobs = benchJobs(quick, cores, engines);
  const runs: BenchRun[] = [];
  for (const [i, job] of jobs.entries()) {
    say(`${i + 1}/${jobs.length}: ${job.engine} ×${job.threads} ${job.model} ${job.mode}…`);
    const started = performance.now();
    const run = await runJob(job, images, labels, peakGflopsPerCore);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    runs.push(run);
    out.textContent = formatRuns(runs);
    const figure =
      run.status === 'ok' ? `${Math.round(run.imagesPerSec!)} images/s`
      : run.status === 'timed-out' ? `< ${run.imagesPerSecBelow!.toPrecision(3)} images/s, timed out: ${run.error}`
      : `failed: ${run.error}`;
    const loss = run.loss ? `, loss ${run.loss.first.toFixed(3)} → ${run.loss.last.toFixed(3)}` : '';
    console.log(`[bench] ${run.engine} ×${run.threads} ${run.model} ${run.mode}: ${figure}${loss} (${seconds} s)`);
  }

  const memoryRun = runs.find((r) => r.engine === 'filterfit' && r.threads === 1 && r.model === 'bench-c' && r.mode === 'train' && r.memoryBytes !== undefined);
  const batch = batchSize(quick);
  const notes = [
    `Batches of ${batch} real Fashion-MNIST training images (a pool of ${count}, cycled), Adam lr 1e-3; images/s = median of the timed windows after a warm-up${quick ? '' : ' (FilterFit, tfjs-wasm: 5 windows of ≥ 1.5 s; tfjs-cpu, ConvNetJS: 3 windows of ≥ 2 s and at least one batch, resp. image)'}; every configuration in its own dedicated worker, one at a time.`,
    'tfjs-wasm training uses a registered Conv2DBackpropFilter shim (tfjs-backend-wasm 4.22 has none) built from its own Conv3DBackpropFilterV2, and its stock Conv2DBackpropInput; both are scalar C++ (no SIMD, no threads).',
    'tfjs-wasm-xnnpack-grads (training only: inference runs no gradient) registers both conv gradients as XNNPACK convolutions (SIMD, its threads): dW as a conv of the transposed, padded input with the transposed dy dilated by the stride, dx as a conv of the padded, dilated dy with the flipped, transposed filter; the cross-check compares both with tfjs-cpu. Ratios divide by the fastest tfjs-wasm row of either variant.',
    'Training rows log the loss of the first and the last batch: every engine trains the same model on the same images, so a wrong gradient shows as a loss that does not fall.',
    `tfjs-wasm ×N: tfjs caps XNNPACK at hardwareConcurrency / 2 whatever setThreadsCount asks, so its worker reports 2·N cores to tfjs; the threads column is tfjs' getThreadsCount().`,
    'tfjs models use fused conv2d/matMul with bias and ReLU (as tfjs-layers), tf.max over channels for the channel max, tf.train.adam; inference reads back softmax probabilities, as FilterFit predict() does.',
    `ConvNetJS 0.3.0 (npm) trains one image at a time in float64 JS and has no Adam: Keras-form Adam is applied to its getParamsAndGrads() every ${batch} images; channel max = maxout with group size = channels.`,
    'GFLOP/s counts 2 FLOPs per multiply-add of conv and dense layers only (src/shared/cost.ts), the multiply-adds actually done: FilterFit skips the zero-padding taps of \'same\' convs (95.3 % of all taps at 28×28, 3×3), and runs 3×3 stride-1 convs with ≥ 4 channels in and out as Winograd — forward and input gradient as F(2×2, 3×3), the filter gradient (channels multiples of 4) as F(3×3, 2×2) — 16 products per 2×2 output tile and channel pair instead of 36 (the transforms\' additions are not counted, like bias and ReLU); "nominal" counts every tap of a direct conv, as a kernel convolving a padded input does (tfjs-wasm/XNNPACK). "of peak" = GFLOP/s done ÷ (peak per core × threads); peak = best of several runs of the peakMadd kernel (12 independent f32x4 multiply-add chains).',
    `Each job has a time budget (${quick ? '30 s' : 'fast engines 120 s, slow ones 300 s'}); a competitor that runs out of it is reported as slower than (images done + the batch in flight) ÷ time ("< N, timed out") and its ratio as "> N×".`,
    ...(quick ? ['Quick mode: batches of 32 (tfjs-cpu 16), short windows, no warm-up for tfjs-cpu and ConvNetJS; the figures only show that everything runs, they are not for comparison.'] : []),
  ];

  const results: BenchResults = {
    date: new Date().toISOString(),
    quick,
    machine: { hardwareConcurrency: cores, platform: navigator.platform },
    browser: navigator.userAgent,
    versions: { '@tensorflow/tfjs-core': tfjsVersion },
    peakGflopsPerCore,
    peakSource: peak.ok ? peak.source! : `unavailable: ${peak.error}`,
    runs,
    ratios: ratios(runs),
    filterfitMemoryBytes: memoryRun ? { model: 'bench-c', mode: 'train', bytes: memoryRun.memoryBytes! } : null,
    notes,
  };
  out.textContent = formatResults(results);
  window.filterfitBench = { results };
  say(`Done: ${runs.filter((r) => r.status === 'ok').length} of ${runs.length} configurations measured.`);
  root.dataset.status = 'done';
}

const root = document.getElementById('bench')!;
main(root).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  window.filterfitBench = { error: message };
  root.querySelector('[role=status]')!.textContent = `Failed: ${message}`;
  console.error(`[bench] failed: ${message}`);
  root.dataset.status = 'error';
});
