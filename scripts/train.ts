// `npm run train -- --model seed-a --epochs 10 [--seed N] [--batch 128] [--threads N]`: trains on the official
// data with the same wasm kernels as the browser, printing Keras-style epoch lines, then the
// accuracy and error count on the 10,000 official test images.
import { readFashionMnist } from '../src/data/read-node.ts';
import { createModel } from '../src/engine/node.ts';
import { trainCountAfterSplit, VALIDATION_SPLIT } from '../src/shared/training-types.ts';
import { parseCli, positiveInteger, resolveModel, runCli } from './cli-args.ts';

await runCli(async () => {
  const args = parseCli({
    model: { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    batch: { type: 'string' },
    threads: { type: 'string' },
  });
  const spec = resolveModel(args.model as string | undefined);
  const epochs = positiveInteger('epochs', args.epochs, 10);
  const seed = positiveInteger('seed', args.seed, 1);
  const batchSize = positiveInteger('batch', args.batch, 128);
  const threads = positiveInteger('threads', args.threads, 1);
  const data = readFashionMnist();
  const model = await createModel(spec, { seed, batchSize, threads });
  console.log(model.summary());
  console.log(`Train on ${data.train.count} images (validation: the last ${VALIDATION_SPLIT * 100} %), batch ${batchSize}, seed ${seed}, ${threads} thread${threads > 1 ? 's' : ''}, Adam (Keras defaults)`);

  let lastLine = 0;
  const history = await model.fit(data.train.images, data.train.labels, {
    epochs,
    batchSize,
    validationSplit: VALIDATION_SPLIT,
    callbacks: {
      onEpochBegin: (epoch) => console.log(`Epoch ${epoch + 1}/${epochs}`),
      onBatchEnd: (_batch, logs) => {
        if (process.stdout.isTTY && Date.now() - lastLine > 250) {
          process.stdout.write(`\r${logs.batch}/${logs.batches} - loss: ${logs.loss.toFixed(4)} - acc: ${logs.acc.toFixed(4)}`);
          lastLine = Date.now();
        }
      },
      onEpochEnd: (_epoch, logs) => {
        const steps = Math.ceil(trainCountAfterSplit(data.train.count, VALIDATION_SPLIT) / batchSize);
        if (process.stdout.isTTY) process.stdout.write('\r');
        console.log(
          `${steps}/${steps} - ${(logs.timeMs / 1000).toFixed(1)}s - loss: ${logs.loss.toFixed(4)} - acc: ${logs.acc.toFixed(4)}` +
            ` - val_loss: ${logs.val_loss?.toFixed(4)} - val_acc: ${logs.val_acc?.toFixed(4)}` +
            ` - ${Math.round(logs.timeMs / steps)}ms/step - ${Math.round(logs.samplesPerSec).toLocaleString('en')} img/s`,
        );
      },
    },
  });
  if (history.status === 'diverged') console.log(`Training stopped: ${history.message}`);

  const test = model.evaluate(data.test.images, data.test.labels);
  const errors = Math.round((1 - test.acc) * data.test.count);
  model.dispose();
  console.log(`Test loss: ${test.loss.toFixed(4)} - test accuracy: ${test.acc.toFixed(4)} (${errors.toLocaleString('en')} errors of ${data.test.count.toLocaleString('en')})`);
});
