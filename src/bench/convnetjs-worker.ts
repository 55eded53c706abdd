// ConvNetJS in a dedicated worker. It works one image at a time, so the timing unit is one
// image (Adam every batchSize images, as its Trainer batches).
import { preset } from '../shared/presets';
import { createConvnetjsModel } from './convnetjs-model';
import { LossTracker, serveJob } from './worker-shell';

const PIXELS = 28 * 28;

serveJob(async ({ job, images, labels }) => {
  const model = createConvnetjsModel(preset(job.model)!, job.batchSize);
  let cursor = 0;
  const losses = new LossTracker();
  const run = (units: number) => {
    for (let u = 0; u < units; u++) {
      const pixels = images.subarray(cursor * PIXELS, (cursor + 1) * PIXELS);
      if (job.mode === 'train') losses.add(model.trainImage(pixels, labels[cursor]));
      else model.predictImage(pixels);
      cursor = (cursor + 1) % labels.length;
    }
  };
  return { runner: { imagesPerUnit: 1, run }, threads: 1, detail: `float64 JS, one image at a time; Adam every ${job.batchSize}`, loss: () => losses.get() };
});
