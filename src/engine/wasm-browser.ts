// Browser-side loading of the kernel module: Vite serves the asc outputs as hashed assets, and
// the engine picks the relaxed-SIMD build (fused multiply-add) where the browser validates it.
// Every lane of a model gets the module its coordinator compiled, so one run never mixes builds.
import simdUrl from '../../assembly/build/filterfit.wasm?url';
import simdThreadsUrl from '../../assembly/build/filterfit.threads.wasm?url';
import relaxedUrl from '../../assembly/build/filterfit.relaxed.wasm?url';
import relaxedThreadsUrl from '../../assembly/build/filterfit.threads.relaxed.wasm?url';
import { bestKernelVariant, type KernelVariant } from './kernel-variant';
import { instantiateKernels, type Kernels } from './wasm';

const URLS: Record<KernelVariant, { single: string; threads: string }> = {
  simd: { single: simdUrl, threads: simdThreadsUrl },
  relaxed: { single: relaxedUrl, threads: relaxedThreadsUrl },
};

/** The build this browser runs: relaxed SIMD when available, unless `?kernels=simd` asks otherwise. */
export function browserKernelVariant(): KernelVariant {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('kernels');
  return asked === 'simd' ? 'simd' : bestKernelVariant();
}

const compiled = new Map<string, Promise<WebAssembly.Module>>();

function compile(url: string): Promise<WebAssembly.Module> {
  let module = compiled.get(url);
  if (!module) compiled.set(url, (module = WebAssembly.compileStreaming(fetch(url))));
  return module;
}

export function kernelModuleBrowser(variant: KernelVariant = browserKernelVariant()): Promise<WebAssembly.Module> {
  return compile(URLS[variant].single);
}

export async function loadKernelsBrowser(memory?: WebAssembly.Memory): Promise<Kernels> {
  return instantiateKernels(await kernelModuleBrowser(), memory);
}

/** The same kernels built for a shared memory (data-parallel lanes). */
export function kernelThreadsModuleBrowser(variant: KernelVariant = browserKernelVariant()): Promise<WebAssembly.Module> {
  return compile(URLS[variant].threads);
}
