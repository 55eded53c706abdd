// Node-side loading of a kernel build by variant (benchmarks, kernel tests). Node 20's V8 has
// relaxed SIMD behind --experimental-wasm-relaxed-simd; the flag can be set at run time, before the
// first relaxed module is compiled (later Node versions ship it on).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { KERNEL_BUILDS, relaxedSimdSupported, type KernelVariant } from './kernel-variant';
import { instantiateKernels, type Kernels } from './wasm';

export function kernelBuildPathNode(variant: KernelVariant, threads = false): string {
  const build = KERNEL_BUILDS[variant];
  return resolve(import.meta.dirname, '../../assembly/build', threads ? build.threads : build.single);
}

/** Turns relaxed SIMD on in this process if V8 has it behind a flag; false if still unsupported. */
export function enableRelaxedSimdNode(): boolean {
  if (!relaxedSimdSupported()) setFlagsFromString('--experimental-wasm-relaxed-simd');
  return relaxedSimdSupported();
}

const modules = new Map<string, WebAssembly.Module>();

export function kernelModuleVariantNode(variant: KernelVariant, threads = false): WebAssembly.Module {
  if (variant === 'relaxed' && !enableRelaxedSimdNode()) throw new Error('this Node has no relaxed SIMD');
  const path = kernelBuildPathNode(variant, threads);
  let module = modules.get(path);
  if (!module) {
    module = new WebAssembly.Module(readFileSync(path));
    modules.set(path, module);
  }
  return module;
}

export function loadKernelVariantNode(variant: KernelVariant, memory?: WebAssembly.Memory): Promise<Kernels> {
  return instantiateKernels(kernelModuleVariantNode(variant), memory);
}

/** FILTERFIT_KERNELS=relaxed runs the kernel tests (and the benchmark default) on the relaxed build. */
export function kernelVariantFromEnv(): KernelVariant {
  const value = process.env.FILTERFIT_KERNELS ?? 'simd';
  if (value !== 'simd' && value !== 'relaxed') throw new Error(`FILTERFIT_KERNELS must be simd or relaxed, got ${value}`);
  return value;
}
