// The time-to-accuracy part of bench.html (?tta): for each model and engine, one fresh worker
// trains on all 60,000 training images with the Keras split until the test accuracy reaches the
// model's target (evaluated after each epoch) or the epoch cap; one job at a time.
//   ?quick   a smoke run for CI: 6,000 training and 2,000 test images, 1 epoch
import type { FashionMnist } from '../data/dataset';
import { TTA_TARGETS, type TtaEngine, type TtaEpoch, type TtaEpochMessage, type TtaJob, type TtaModel, type TtaReply, type TtaRequest, type TtaResults, type TtaRun } from './protocol';
import { ttaRatios, ttaRun } from './tta-report';

const PIXELS = 28 * 28;

const WORKERS: Record<TtaEngine, () => Worker> = {
  filterfit: () => new Worker(new URL('./tta-filterfit-worker.ts', import.meta.url), { type: 'module', name: 'tta-filterfit' }),
  'tfjs-wasm-xnnpack-grads': () => new Worker(new URL('./tta-tfjs-worker.ts', import.meta.url), { type: 'module', name: 'tta-tfjs' }),
};

/**
 * Every job: per model, FilterFit then tfjs at its best, each on `threads` threads. `budgetMs`
 * bounds each run (a run out of time reports the epochs it finished, "timed out").
 */
export function ttaJobs(quick: boolean, threads: number, engines?: readonly string[], budgetMs?: number): TtaJob[] {
  const models = Object.keys(TTA_TARGETS) as TtaModel[];
  const ttaEngines: TtaEngine[] = ['filterfit', 'tfjs-wasm-xnnpack-grads'];
  return models.flatMap((model) =>
    ttaEngines
      .filter((engine) => !engines || engines.includes(engine))
      .map((engine) => ({
        engine, threads, model, target: TTA_TARGETS[model], batchSize: 128, validationSplit: 0.1, seed: 1,
        maxEpochs: quick ? 1 : 20,
        // 20 epochs of tfjs on the notebook model take about half an hour on a quiet 2-core machine
        budgetMs: budgetMs ?? (quick ? 120_000 : 3_600_000),
      })),
  );
}

function runTtaJob(job: TtaJob, request: TtaRequest, onEpoch: (epoch: TtaEpoch) => void): Promise<TtaRun> {
  const worker = WORKERS[job.engine]();
  const epochs: TtaEpoch[] = [];
  return new Promise<TtaRun>((resolve) => {
    const finish = (end: Parameters<typeof ttaRun>[2]) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(ttaRun(job, epochs, end));
    };
    const timer = setTimeout(() => finish({ timedOut: true, error: `no result within ${job.budgetMs / 1000} s` }), job.budgetMs);
    worker.onmessage = (event: MessageEvent<TtaEpochMessage | TtaReply>) => {
      const data = event.data;
      if ('epoch' in data) {
        epochs.push(data.epoch);
        onEpoch(data.epoch);
      } else if (data.ok) finish({ threads: data.threads, detail: data.detail });
      else finish({ error: data.error });
    };
    worker.onerror = (event) => finish({ error: `worker error: ${event.message || 'failed to load'}` });
    worker.postMessage(request);
  });
}

export async function runTta(data: FashionMnist, quick: boolean, threads: number, say: (text: string) => void, engines?: readonly string[], budgetMs?: number): Promise<TtaResults> {
  const trainImages = quick ? 6000 : data.train.labels.length;
  const testImages = quick ? 2000 : data.test.labels.length;
  const jobs = ttaJobs(quick, threads, engines, budgetMs);
  const runs: TtaRun[] = [];
  for (const [i, job] of jobs.entries()) {
    say(`time to accuracy ${i + 1}/${jobs.length}: ${job.engine} ×${job.threads} ${job.model} → ${(100 * job.target).toFixed(1)} %…`);
    // copies, so a worker never sees another's buffers
    const request: TtaRequest = {
      job,
      train: { images: data.train.images.slice(0, trainImages * PIXELS), labels: data.train.labels.slice(0, trainImages) },
      test: { images: data.test.images.slice(0, testImages * PIXELS), labels: data.test.labels.slice(0, testImages) },
    };
    const run = await runTtaJob(job, request, (e) =>
      console.log(`[bench] ${job.engine} ×${job.threads} ${job.model} epoch ${e.epoch}: test ${(100 * e.testAccuracy).toFixed(2)} %, val ${(100 * e.valAccuracy).toFixed(2)} %, loss ${e.loss.toFixed(4)}, ${e.seconds.toFixed(1)} s`),
    );
    runs.push(run);
  }
  const tta: TtaResults = {
    date: new Date().toISOString(),
    quick,
    trainImages,
    testImages,
    runs,
    ratios: ttaRatios(runs),
    notes: [
      `Wall seconds from the start of training (data in the worker, model built inside the timer) until the test accuracy, evaluated after each epoch on ${testImages.toLocaleString('en')} test images, first reaches the target; every epoch also evaluates the validation split, as Keras fit does.`,
      `Keras split: the last 10 % of the ${trainImages.toLocaleString('en')} training images held out before shuffling, the rest reshuffled every epoch; batch 128, Adam 1e-3, Glorot-uniform kernels and zero biases in both engines (different random streams); at most ${jobs[0]?.maxEpochs ?? 0} epochs and ${((jobs[0]?.budgetMs ?? 0) / 60_000).toFixed(0)} minutes per run, "not reached" (or "timed out") otherwise.`,
      'tfjs: tfjs-wasm with SIMD, XNNPACK on the same thread count, and both conv gradients as XNNPACK convolutions (its fastest training setup); its fit loop is written out as Keras runs it.',
      ...(quick ? ['Quick mode: a smoke run on 6,000 training and 2,000 test images for one epoch; the targets are not expected to be reached.'] : []),
    ],
  };
  return tta;
}
