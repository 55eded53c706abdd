// TensorFlow.js throughput in a dedicated worker, on the backend tfjs-backend.ts sets up (tfjs-wasm
// as shipped, tfjs-wasm with XNNPACK conv gradients, or tfjs-cpu).
import { preset } from '../shared/presets';
import { initTfjsBackend, TFJS_ENGINES, type TfjsEngine } from './tfjs-backend';
import { createTfjsModel } from './tfjs-model';
import { BatchCycle, LossTracker, serveJob } from './worker-shell';

const PIXELS = 28 * 28;

serveJob(async ({ job, images, labels }) => {
  if (!TFJS_ENGINES.includes(job.engine)) throw new Error(`tfjs worker got a ${job.engine} job`);
  const { threads, detail } = await initTfjsBackend(job.engine as TfjsEngine, job.threads);
  const model = createTfjsModel(preset(job.model)!);
  const cycle = new BatchCycle(labels.length, job.batchSize);
  const losses = new LossTracker();
  const run = (units: number) => {
    for (const { start, count } of cycle.next(units)) {
      for (let b = start; b < start + count; b += job.batchSize) {
        const batch = images.subarray(b * PIXELS, (b + job.batchSize) * PIXELS);
        if (job.mode === 'train') losses.add(model.trainBatch(batch, labels.subarray(b, b + job.batchSize)));
        else model.predictBatch(batch);
      }
    }
  };
  return { runner: { imagesPerUnit: job.batchSize, run }, threads, detail, loss: () => losses.get() };
});
