// Time to accuracy, FilterFit: the public model API as the app trains (fit with the Keras split,
// shuffle, Adam 1e-3, batch 128), one epoch per fit() call, then evaluate() on the test set.
// Epoch e is fit(…, { epochs: e + 1, initialEpoch: e }), Keras' way to continue: fit replays the
// e earlier shuffles and draws a fresh one. (With { epochs: 1 } every call drew epoch 0's shuffle
// again, so every epoch saw the same batches in the same order, unlike tfjs's loop, which
// reshuffles every epoch; FilterFit's notebook model then plateaued at 85.2–85.7 %.)
import { createModel } from '../engine/browser';
import { preset } from '../shared/presets';
import { serveTtaJob } from './tta-shell';

serveTtaJob(async ({ job, train, test }) => {
  const model = await createModel(preset(job.model)!, { seed: job.seed, batchSize: job.batchSize, threads: job.threads });
  let epochsDone = 0;
  return {
    threads: model.threads,
    detail: model.threadsNote,
    async epoch() {
      const initialEpoch = epochsDone++;
      const history = await model.fit(train.images, train.labels, {
        epochs: initialEpoch + 1, initialEpoch, batchSize: job.batchSize, shuffle: true, validationSplit: job.validationSplit,
      });
      if (history.status !== 'completed') throw new Error(`fit ended ${history.status}: ${history.message ?? ''}`);
      return { loss: history.loss[0], valAccuracy: history.val_acc[0] ?? NaN };
    },
    testAccuracy: () => model.evaluate(test.images, test.labels).acc,
  };
});
