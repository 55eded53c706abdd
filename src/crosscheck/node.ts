// Node entry: tfjs-backend-wasm from node_modules (file path, trailing slash), the cpu backend
// for the references tfjs-wasm lacks or gets wrong (see checks.ts), and our kernels from assembly/build.
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { resolve } from 'node:path';
import { loadKernelsNode } from '../engine/wasm-node';
import type { CrossCheckContext } from './checks';
import { tf } from './tfjs';

const TFJS_WASM_DIR = resolve(import.meta.dirname, '../../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';

export async function createNodeCrossCheck(): Promise<CrossCheckContext> {
  tf.env().set('PROD', true); // silences the cpu backend's "install tfjs-node" banner
  setWasmPaths(TFJS_WASM_DIR);
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs-backend-wasm failed to initialise');
  return { kernels: await loadKernelsNode(), backend: 'wasm', cpuBackend: 'cpu' };
}
