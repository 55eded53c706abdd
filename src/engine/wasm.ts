// Instantiates the kernel module on a memory the engine owns (the module imports env.memory),
// so the same code runs in Node, in a worker, and later on a SharedArrayBuffer-backed memory.
import type { KernelExports } from './kernels';

/**
 * The kernels as given (winograd = true), or with Winograd's eligibility always 0, so every conv
 * runs on the direct kernels (CreateModelOptions.winograd = false).
 */
export function withWinograd(kernels: Kernels, winograd: boolean): Kernels {
  if (winograd) return kernels;
  const no = () => 0;
  return { memory: kernels.memory, exports: { ...kernels.exports, winogradEligible: no, winogradFilterEligible: no } };
}

export interface Kernels {
  exports: KernelExports;
  memory: WebAssembly.Memory;
}

const PAGE = 65536;
/** 2 GiB: plenty for any model the spec validator admits; pages are only committed when grown. */
const MAX_PAGES = 32768;

export async function instantiateKernels(module: WebAssembly.Module, memory?: WebAssembly.Memory): Promise<Kernels> {
  const mem = memory ?? new WebAssembly.Memory({ initial: 16, maximum: MAX_PAGES });
  const instance = await WebAssembly.instantiate(module, {
    env: {
      memory: mem,
      abort(_msg: number, _file: number, line: number, column: number) {
        throw new Error(`kernel abort at ${line}:${column}`);
      },
    },
  });
  return { exports: instance.exports as unknown as KernelExports, memory: mem };
}

/** The threads build declares this maximum (asconfig.json, target "threads"); a shared memory must match. */
export const SHARED_MAX_PAGES = 16384;

/** A memory several workers can share (needs cross-origin isolation in browsers). */
export function createSharedMemory(): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: 16, maximum: SHARED_MAX_PAGES, shared: true });
}

/** Grows `memory` so that at least `bytes` bytes are addressable. */
export function ensureMemory(memory: WebAssembly.Memory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / PAGE));
}
