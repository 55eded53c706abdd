import { describe, expect, it } from 'vitest';
import { loadKernelsNode } from './wasm-node';

describe('kernel module pipeline', () => {
  it('runs the SIMD saxpy probe, body and scalar tail (n = 7)', async () => {
    const { exports, memory } = await loadKernelsNode();
    const base = exports.heapBase();
    const n = 7;
    const x = new Float32Array(memory.buffer, base, n);
    const y = new Float32Array(memory.buffer, base + 32, n);
    x.set([1, 2, 3, 4, 5, 6, 7]);
    y.set([10, 20, 30, 40, 50, 60, 70]);
    exports.saxpy(0.5, base, base + 32, n);
    expect(Array.from(y)).toEqual([10.5, 21, 31.5, 42, 52.5, 63, 73.5]);
  });
});
