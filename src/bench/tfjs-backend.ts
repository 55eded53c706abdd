// TensorFlow.js set up as its users would run it at its best: the wasm backend with SIMD,
// single-threaded or XNNPACK on `threads` threads, or the plain-JS cpu backend. Training on wasm
// needs a Conv2DBackpropFilter (4.22 has none): the tfjs-wasm rows get one built from its
// Conv3DBackpropFilterV2 and keep its scalar Conv2DBackpropInput; tfjs-wasm-xnnpack-grads gets
// both gradients as XNNPACK convolutions. Shared by the throughput and time-to-accuracy workers.
import '@tensorflow/tfjs-backend-cpu';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import { tf } from '../crosscheck/tfjs';
import { registerWasmConv2dBackpropFilter } from '../crosscheck/tfjs-wasm-conv-filter-grad';
import { registerWasmXnnpackConvGrads } from '../crosscheck/tfjs-wasm-xnnpack-grads';
import type { BenchEngine } from './protocol';

export type TfjsEngine = Extract<BenchEngine, 'tfjs-wasm' | 'tfjs-wasm-xnnpack-grads' | 'tfjs-cpu'>;

/** Sets this worker's tfjs backend up (one backend and thread count per worker: tfjs keeps both process-wide). */
export async function initTfjsBackend(engine: TfjsEngine, threads: number): Promise<{ threads: number; detail: string }> {
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
  if (engine === 'tfjs-wasm-xnnpack-grads') registerWasmXnnpackConvGrads();
  else registerWasmConv2dBackpropFilter();
  const threaded = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  const used = getThreadsCount();
  const grads = engine === 'tfjs-wasm-xnnpack-grads' ? 'conv gradients as XNNPACK convs' : 'stock conv gradients (scalar C++)';
  return { threads: used, detail: `SIMD, ${threaded ? 'threaded' : 'single-threaded'} build, ${used} XNNPACK thread${used > 1 ? 's' : ''}, ${grads}` };
}

export const TFJS_ENGINES: readonly BenchEngine[] = ['tfjs-wasm', 'tfjs-wasm-xnnpack-grads', 'tfjs-cpu'];
