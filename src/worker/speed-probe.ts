// The device probe's measurement: trains a throw-away model of `spec` on one thread over a small
// sample for about `budgetMs` after one warm-up batch, and returns training images per second.
// The real kernels and the real training loop, so the figure is what training will see.
import type { SpeedProbeRequest } from '../shared/worker-protocol';
import type { ModelSpec } from '../shared/spec';
import type { ModelFactory } from './trainer-service';

/** Passes over the sample until the budget is spent (it ends the fit long before). */
const MAX_PASSES = 10_000;

export async function measureTrainingSpeed(createModel: ModelFactory, spec: ModelSpec, request: SpeedProbeRequest): Promise<number> {
  const { images, labels, budgetMs, batchSize } = request;
  const model = await createModel(spec, { seed: 1, threads: 1, batchSize });
  try {
    let started = -1;
    let timed = 0;
    let elapsed = 0;
    await model.fit(images, labels, {
      epochs: MAX_PASSES,
      batchSize,
      shuffle: false,
      validationSplit: 0,
      callbacks: {
        onBatchEnd: (_batch, logs) => {
          const now = performance.now();
          if (started < 0) {
            started = now; // the first batch compiled and warmed up; time from here
            return;
          }
          timed += logs.size;
          elapsed = now - started;
          if (elapsed >= budgetMs) model.stopTraining();
        },
      },
    });
    if (timed === 0 || elapsed <= 0) throw new Error('the speed probe timed no batch: give it more images or time');
    return timed / (elapsed / 1000);
  } finally {
    model.dispose();
  }
}
