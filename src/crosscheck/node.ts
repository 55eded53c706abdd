// Node entry: tfjs-backend-wasm from node_modules (file path, trailing slash), the cpu backend
// for the references tfjs-wasm lacks or gets wrong (see checks.ts), and our kernels from assembly/build
// (the build FILTERFIT_KERNELS names: plain SIMD by default, or relaxed).
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { resolve } from 'node:path';
import { kernelVariantFromEnv, loadKernelVariantNode } from '../engine/kernel-variant-node';
import type { CrossCheckContext } from './checks';
import { tf } from './tfjs';

const TFJS_WASM_DIR = resolve(import.meta.dirname, '../../node_modules/@tensorflow/tfjs-backend-wasm/dist') + '/';

export async function createNodeCrossCheck(): Promise<CrossCheckContext> {
  tf.env().set('PROD', true); // silences the cpu backend's "install tfjs-node" banner
  setWasmPaths(TFJS_WASM_DIR);
  if (!(await tf.setBackend('wasm'))) throw new Error('tfjs-backend-wasm failed to initialise');
  return { kernels: await loadKernelVariantNode(kernelVariantFromEnv()), backend: 'wasm', cpuBackend: 'cpu' };
}
