// Browser entry: tfjs-backend-wasm with its .wasm files served by Vite as hashed assets, the cpu
// backend for the references tfjs-wasm lacks or gets wrong, and our kernels. Imported only by the
// engine-check page, so tfjs never enters the main app bundle.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import simdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import plainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import { loadKernelsBrowser } from '../engine/wasm-browser';
import type { CrossCheckContext } from './checks';
import { tf } from './tfjs';

export async function createBrowserCrossCheck(): Promise<CrossCheckContext> {
  // Single-threaded tfjs: the page is cross-origin isolated, and tfjs would otherwise pick its
  // threaded build (and a worker) for a reference that needs no speed. setWasmPaths still wants
  // all three binaries named; the threaded one is emitted but never fetched.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths({ 'tfjs-backend-wasm.wasm': plainUrl, 'tfjs-backend-wasm-simd.wasm': simdUrl, 'tfjs-backend-wasm-threaded-simd.wasm': threadedUrl });
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs-backend-wasm failed to initialise');
  return { kernels: await loadKernelsBrowser(), backend: 'wasm', cpuBackend: 'cpu' };
}
