// TensorFlow.js in a dedicated worker: the wasm backend (SIMD; single-threaded, or XNNPACK on
// `threads` threads) or the plain-JS cpu backend. One backend and thread count per worker: tfjs
// keeps both process-wide. Training on wasm needs the Conv2DBackpropFilter shim (4.22 has none).
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import { tf } from '../crosscheck/tfjs';
import { registerWasmConv2dBackpropFilter } from '../crosscheck/tfjs-wasm-conv-filter-grad';
import { preset } from '../shared/presets';
import { createTfjsModel } from './tfjs-model';
import { BatchCycle, serveJob } from './worker-shell';

const PIXELS = 28 * 28;

async function initBackend(engine: 'tfjs-wasm' | 'tfjs-cpu', threads: number): Promise<{ threads: number; detail: string }> {
  if (engine === 'tfjs-cpu') {
    if (!(await tf.setBackend('cpu'))) throw new Error('tfjs cpu backend failed to initialise');
    return { threads: 1, detail: 'plain JS' };
  }
  if (threads === 1) {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  } else {
    // tfjs-backend-wasm 4.22 caps XNNPACK at navigator.hardwareConcurrency / 2 ("2 threads per
    // core", backend.cc: min(setThreadsCount's value, logical cores / 2)), so on 2 cores it would
    // run 1 thread. This worker tells it 2·N cores so it really gets the N threads FilterFit ×N
    // gets; getThreadsCount() below confirms the count.
    Object.defineProperty(self.navigator, 'hardwareConcurrency', { value: 2 * threads, configurable: true });
    setThreadsCount(threads);
  }
  setWasmPaths({ 'tfjs-backend-wasm.wasm': plainUrl, 'tfjs-backend-wasm-simd.wasm': simdUrl, 'tfjs-backend-wasm-threaded-simd.wasm': threadedUrl });
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs-backend-wasm failed to initialise');
  if (!(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'))) throw new Error('tfjs-backend-wasm runs without SIMD here');
  registerWasmConv2dBackpropFilter();
  const threaded = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  const used = getThreadsCount();
  return { threads: used, detail: `SIMD, ${threaded ? 'threaded' : 'single-threaded'} build, ${used} XNNPACK thread${used > 1 ? 's' : ''}` };
}

serveJob(async ({ job, images, labels }) => {
  if (job.engine !== 'tfjs-wasm' && job.engine !== 'tfjs-cpu') throw new Error(`tfjs worker got a ${job.engine} job`);
  const { threads, detail } = await initBackend(job.engine, job.threads);
  const model = createTfjsModel(preset(job.model)!);
  const cycle = new BatchCycle(labels.length, job.batchSize);
  const run = (units: number) => {
    for (const { start, count } of cycle.next(units)) {
      for (let b = start; b < start + count; b += job.batchSize) {
        const batch = images.subarray(b * PIXELS, (b + job.batchSize) * PIXELS);
        if (job.mode === 'train') model.trainBatch(batch, labels.subarray(b, b + job.batchSize));
        else model.predictBatch(batch);
      }
    }
  };
  return { runner: { imagesPerUnit: job.batchSize, run }, threads, detail };
});
