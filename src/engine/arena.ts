// One arena for everything a model needs (llm.c habit): a bump allocator over the kernel
// module's memory, used only while a model is built. Typed-array views are re-created from
// `memory.buffer` on every access, so they stay valid after the memory grows.
import type { Ptr } from './kernels';
import { ensureMemory, type Kernels } from './wasm';

/** 64-byte alignment: cache lines, and v128 loads never straddle them. */
const ALIGN = 64;
const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

export class Arena {
  private top: Ptr;

  constructor(private readonly kernels: Kernels) {
    this.top = align(kernels.exports.heapBase());
  }

  /** Reserves `count` elements of `bytesPerElement` bytes; returns the byte offset. */
  alloc(count: number, bytesPerElement = 4): Ptr {
    const ptr = this.top;
    this.top = align(ptr + count * bytesPerElement);
    ensureMemory(this.kernels.memory, this.top);
    return ptr;
  }

  /** Everything allocated after `mark()` is released by `release(mark)`. */
  mark(): Ptr {
    return this.top;
  }

  release(mark: Ptr): void {
    this.top = mark;
  }

  get usedBytes(): number {
    return this.top;
  }

  /** Size of the whole WebAssembly memory (it grows, never shrinks). */
  get memoryBytes(): number {
    return this.kernels.memory.buffer.byteLength;
  }

  f32(ptr: Ptr, count: number): Float32Array {
    return new Float32Array(this.kernels.memory.buffer, ptr, count);
  }

  i32(ptr: Ptr, count: number): Int32Array {
    return new Int32Array(this.kernels.memory.buffer, ptr, count);
  }

  u8(ptr: Ptr, count: number): Uint8Array {
    return new Uint8Array(this.kernels.memory.buffer, ptr, count);
  }
}
