// Kernel memory for one check: a bump allocator from heapBase with a guard band around every
// buffer. Outputs start as NaN, so a kernel that adds where the contract says it writes, or that
// skips an element, shows up as NaN; a kernel that writes past its output trips a guard.
import type { Ptr } from '../engine/kernels';
import { ensureMemory, type Kernels } from '../engine/wasm';

const ALIGN = 16;
const GUARD_BYTES = 64;
const GUARD_WORD = 0xdeadbeef;

interface Guard {
  /** The buffer the guard follows ("start" for the first guard). */
  after: string;
  from: number;
  to: number;
}

export class KernelScratch {
  private top: number;
  private readonly guards: Guard[] = [];

  constructor(private readonly kernels: Kernels) {
    this.top = align(kernels.exports.heapBase());
    this.guard('start');
  }

  /** Copies src into fresh kernel memory; returns its pointer. */
  put(name: string, src: Float32Array | Int32Array): Ptr {
    const ptr = this.alloc(name, src.length);
    const View = src instanceof Int32Array ? Int32Array : Float32Array;
    new View(this.kernels.memory.buffer, ptr, src.length).set(src);
    return ptr;
  }

  /** count 4-byte elements filled with NaN (as f32; a harmless huge i32 when read as i32). */
  alloc(name: string, count: number): Ptr {
    const ptr = this.top;
    this.top = ptr + count * 4;
    ensureMemory(this.kernels.memory, this.top);
    new Float32Array(this.kernels.memory.buffer, ptr, count).fill(NaN);
    this.guard(name);
    return ptr;
  }

  f32(ptr: Ptr, count: number): Float32Array {
    return new Float32Array(this.kernels.memory.buffer, ptr, count).slice();
  }

  i32(ptr: Ptr, count: number): Int32Array {
    return new Int32Array(this.kernels.memory.buffer, ptr, count).slice();
  }

  /** Which guard bands were overwritten (a kernel wrote outside its buffers), or undefined. */
  guardViolation(): string | undefined {
    const words = new Uint32Array(this.kernels.memory.buffer);
    const hit: string[] = [];
    for (const g of this.guards) {
      for (let i = g.from >> 2; i < g.to >> 2; i++) {
        if (words[i] !== GUARD_WORD) {
          hit.push(g.after === 'start' ? 'before the first buffer' : `after ${g.after}`);
          break;
        }
      }
    }
    return hit.length ? `wrote outside its buffers (${hit.join(', ')})` : undefined;
  }

  /** Guard words from the current top to the next aligned address at least GUARD_BYTES on. */
  private guard(after: string): void {
    const from = this.top;
    this.top = align(from + GUARD_BYTES);
    ensureMemory(this.kernels.memory, this.top);
    new Uint32Array(this.kernels.memory.buffer, from, (this.top - from) >> 2).fill(GUARD_WORD);
    this.guards.push({ after, from, to: this.top });
  }
}

const align = (n: number) => Math.ceil(n / ALIGN) * ALIGN;
