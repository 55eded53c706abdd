// Node-side loading of the kernel module (CLI, unit tests): reads the file asc built.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { instantiateKernels, type Kernels } from './wasm';

export const KERNEL_WASM_PATH = resolve(import.meta.dirname, '../../assembly/build/filterfit.wasm');

let compiled: WebAssembly.Module | undefined;

export function kernelModuleNode(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(readFileSync(KERNEL_WASM_PATH));
  return compiled;
}

export function loadKernelsNode(memory?: WebAssembly.Memory): Promise<Kernels> {
  return instantiateKernels(kernelModuleNode(), memory);
}
