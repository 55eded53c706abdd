// Test-side view of kernel memory: copies typed arrays in and out of the module's memory, after
// heapBase, 16-byte aligned. Every buffer is fenced by guard words (checked after each kernel
// call: a write past a buffer shows up), outputs start as NaN (a "writes" kernel must overwrite
// all of them), and one buffer per call can sit flush against the END of memory, so a vector
// load or store running past that buffer traps instead of passing silently.
import type { KernelExports, Ptr } from './kernels';
import { kernelVariantFromEnv, loadKernelVariantNode } from './kernel-variant-node';
import { ensureMemory, type Kernels } from './wasm';

const GUARD_BYTES = 16;
const GUARD_WORD = 0x7fa5_a5a5; // a NaN bit pattern no kernel produces by arithmetic
const POISON = 0x7fc0_dead; // quiet NaN: the initial content of outputs

export type Placement = 'heap' | 'end';

interface Guard { at: Ptr; owner: string }

export class TestMemory {
  private next: Ptr;
  private top: Ptr;
  private guards: Guard[] = [];

  private constructor(readonly kernels: Kernels, readonly size: number) {
    this.next = this.base;
    this.top = size;
  }

  /**
   * Instantiates the kernel module on a memory of `size` bytes (never grown afterwards): the plain
   * SIMD build, or the relaxed-SIMD one with FILTERFIT_KERNELS=relaxed.
   */
  static async create(size = 32 << 20): Promise<TestMemory> {
    const kernels = await loadKernelVariantNode(kernelVariantFromEnv());
    ensureMemory(kernels.memory, size);
    return new TestMemory(kernels, kernels.memory.buffer.byteLength);
  }

  get exports(): KernelExports { return this.kernels.exports; }

  private get base(): Ptr { return (this.kernels.exports.heapBase() + 15) & ~15; }

  /** Frees every buffer. */
  reset(): void {
    this.next = this.base;
    this.top = this.size;
    this.guards = [];
  }

  /** Copies f32 values in (they are rounded to f32). */
  f32(name: string, values: ArrayLike<number>, placement: Placement = 'heap'): Ptr {
    const ptr = this.allocate(name, values.length * 4, placement);
    new Float32Array(this.kernels.memory.buffer, ptr, values.length).set(values);
    return ptr;
  }

  i32(name: string, values: ArrayLike<number>, placement: Placement = 'heap'): Ptr {
    const ptr = this.allocate(name, values.length * 4, placement);
    new Int32Array(this.kernels.memory.buffer, ptr, values.length).set(values);
    return ptr;
  }

  u8(name: string, values: ArrayLike<number>, placement: Placement = 'heap'): Ptr {
    const ptr = this.allocate(name, values.length, placement);
    new Uint8Array(this.kernels.memory.buffer, ptr, values.length).set(values);
    return ptr;
  }

  /** An output of `count` 32-bit words, filled with NaN so unwritten elements cannot pass. */
  output(name: string, count: number, placement: Placement = 'heap'): Ptr {
    const ptr = this.allocate(name, count * 4, placement);
    new Int32Array(this.kernels.memory.buffer, ptr, count).fill(POISON);
    return ptr;
  }

  readF32(ptr: Ptr, count: number): Float32Array {
    return new Float32Array(this.kernels.memory.buffer, ptr, count).slice();
  }

  readI32(ptr: Ptr, count: number): Int32Array {
    return new Int32Array(this.kernels.memory.buffer, ptr, count).slice();
  }

  /** Throws naming the buffer whose trailing (or, at the end, leading) guard was overwritten. */
  checkGuards(): void {
    const words = new Int32Array(this.kernels.memory.buffer);
    for (const { at, owner } of this.guards) {
      for (let i = 0; i < GUARD_BYTES / 4; i++) {
        if (words[at / 4 + i] !== GUARD_WORD) throw new Error(`kernel wrote outside buffer '${owner}' (guard at byte ${at + i * 4})`);
      }
    }
  }

  private allocate(name: string, bytes: number, placement: Placement): Ptr {
    let ptr: Ptr;
    if (placement === 'end') {
      ptr = this.top - bytes; // flush against the end (or against the previous end buffer's guard)
      this.top = (ptr - GUARD_BYTES) & ~15;
      this.fence(this.top, `${name} (before)`);
    } else {
      ptr = this.next;
      this.next = (ptr + bytes + 15) & ~15;
      this.fence(this.next, name);
      this.next += GUARD_BYTES;
    }
    if (this.next > this.top) throw new Error(`test memory full (${this.size} bytes)`);
    return ptr;
  }

  private fence(at: Ptr, owner: string): void {
    new Int32Array(this.kernels.memory.buffer, at, GUARD_BYTES / 4).fill(GUARD_WORD);
    this.guards.push({ at, owner });
  }
}
