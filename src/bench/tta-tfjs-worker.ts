// Time to accuracy, TensorFlow.js at its best (tfjs-wasm, SIMD, XNNPACK threads and XNNPACK conv
// gradients): the same model and initialisation scheme (Glorot-uniform kernels, zero biases) as
// tfjs-layers, written as Keras' fit loop — the last fraction held out, the rest reshuffled every
// epoch, batches of 128 (the last one partial), Adam 1e-3 — then validation and test accuracy.
import { mulberry32, shuffleInPlace } from '../engine/random';
import { preset } from '../shared/presets';
import { initTfjsBackend } from './tfjs-backend';
import { createTfjsModel } from './tfjs-model';
import { accuracyOf, serveTtaJob } from './tta-shell';

const PIXELS = 28 * 28;
/** Images per predictBatch call when evaluating: bounded tensors, whole-batch speed. */
const EVAL_CHUNK = 1000;

serveTtaJob(async ({ job, train, test }, trainCount) => {
  if (job.engine !== 'tfjs-wasm-xnnpack-grads') throw new Error(`the tfjs time-to-accuracy worker got a ${job.engine} job`);
  const { threads, detail } = await initTfjsBackend(job.engine, job.threads);
  const model = createTfjsModel(preset(job.model)!);
  const random = mulberry32(job.seed);
  const order = Uint32Array.from({ length: trainCount }, (_, i) => i);
  const batchImages = new Uint8Array(job.batchSize * PIXELS);
  const batchLabels = new Uint8Array(job.batchSize);
  const accuracy = (images: Uint8Array, labels: Uint8Array) => {
    const probs = new Float32Array(labels.length * 10);
    for (let s = 0; s < labels.length; s += EVAL_CHUNK) {
      const end = Math.min(labels.length, s + EVAL_CHUNK);
      probs.set(model.predictBatch(images.subarray(s * PIXELS, end * PIXELS)), s * 10);
    }
    return accuracyOf(probs, labels);
  };
  return {
    threads,
    detail,
    async epoch() {
      shuffleInPlace(order, random);
      let lossSum = 0;
      for (let start = 0; start < trainCount; start += job.batchSize) {
        const n = Math.min(job.batchSize, trainCount - start);
        for (let i = 0; i < n; i++) {
          const row = order[start + i];
          batchImages.set(train.images.subarray(row * PIXELS, (row + 1) * PIXELS), i * PIXELS);
          batchLabels[i] = train.labels[row];
        }
        lossSum += model.trainBatch(batchImages.subarray(0, n * PIXELS), batchLabels.subarray(0, n)) * n;
      }
      const valAccuracy = accuracy(train.images.subarray(trainCount * PIXELS), train.labels.subarray(trainCount));
      return { loss: lossSum / trainCount, valAccuracy };
    },
    testAccuracy: () => accuracy(test.images, test.labels),
  };
});
