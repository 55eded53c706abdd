// Browser-side loading of the kernel module: Vite serves the asc output as a hashed asset.
import wasmUrl from '../../assembly/build/filterfit.wasm?url';
import threadsWasmUrl from '../../assembly/build/filterfit.threads.wasm?url';
import { instantiateKernels, type Kernels } from './wasm';

let compiled: Promise<WebAssembly.Module> | undefined;

export function kernelModuleBrowser(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl));
  return compiled;
}

export async function loadKernelsBrowser(memory?: WebAssembly.Memory): Promise<Kernels> {
  return instantiateKernels(await kernelModuleBrowser(), memory);
}

let compiledThreads: Promise<WebAssembly.Module> | undefined;

/** The same kernels built for a shared memory (data-parallel lanes). */
export function kernelThreadsModuleBrowser(): Promise<WebAssembly.Module> {
  compiledThreads ??= WebAssembly.compileStreaming(fetch(threadsWasmUrl));
  return compiledThreads;
}
