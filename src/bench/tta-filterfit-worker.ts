// Time to accuracy, FilterFit: the public model API as the app trains (fit with the Keras split,
// shuffle, Adam 1e-3, batch 128), one epoch per fit() call, then evaluate() on the test set.
import { createModel } from '../engine/browser';
import { preset } from '../shared/presets';
import { serveTtaJob } from './tta-shell';

serveTtaJob(async ({ job, train, test }) => {
  const model = await createModel(preset(job.model)!, { seed: job.seed, batchSize: job.batchSize, threads: job.threads });
  return {
    threads: model.threads,
    detail: model.threadsNote,
    async epoch() {
      const history = await model.fit(train.images, train.labels, { epochs: 1, batchSize: job.batchSize, shuffle: true, validationSplit: job.validationSplit });
      if (history.status !== 'completed') throw new Error(`fit ended ${history.status}: ${history.message ?? ''}`);
      return { loss: history.loss[0], valAccuracy: history.val_acc[0] ?? NaN };
    },
    testAccuracy: () => model.evaluate(test.images, test.labels).acc,
  };
});
