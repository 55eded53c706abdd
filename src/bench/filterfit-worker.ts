// FilterFit in a dedicated worker through the public model API: fit() for training (Adam lr 1e-3
// = the engine's Keras defaults, no validation split, no shuffle), predict() for inference
// (softmax probabilities read back, as the app does). threads > 1 = data-parallel lanes on
// workers sharing one memory; the row reports the lanes the model really got.
import { createModel } from '../engine/browser';
import { preset } from '../shared/presets';
import { BatchCycle, LossTracker, serveJob } from './worker-shell';

const PIXELS = 28 * 28;

serveJob(async ({ job, images, labels }) => {
  const model = await createModel(preset(job.model)!, { seed: 1, batchSize: job.batchSize, threads: job.threads });
  const cycle = new BatchCycle(labels.length, job.batchSize);
  const losses = new LossTracker();
  const pixels = (start: number, count: number) => images.subarray(start * PIXELS, (start + count) * PIXELS);
  const run =
    job.mode === 'train'
      ? async (units: number) => {
          for (const { start, count } of cycle.next(units)) {
            const history = await model.fit(pixels(start, count), labels.subarray(start, start + count), {
              epochs: 1,
              batchSize: job.batchSize,
              shuffle: false,
              validationSplit: 0,
            });
            if (history.status !== 'completed') throw new Error(`fit ended ${history.status}: ${history.message ?? ''}`);
            losses.add(history.loss[0]); // the mean over this call's batches
          }
        }
      : (units: number) => {
          for (const { start, count } of cycle.next(units)) model.predict(pixels(start, count), job.batchSize);
        };
  return { runner: { imagesPerUnit: job.batchSize, run }, threads: model.threads, memoryBytes: model.memoryBytes, detail: model.threadsNote, loss: () => losses.get() };
});
