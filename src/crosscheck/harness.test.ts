// The harness's own failure modes: a comparison must fail loudly on NaN, on a length mismatch and
// on a write outside the output, and print the largest gap and the first values.
import { describe, expect, it } from 'vitest';
import { loadKernelsNode } from '../engine/wasm-node';
import { compare, formatRow } from './compare';
import { f32, runOurs } from './ours';
import { distinct, makeRng } from './rng';

describe('compare', () => {
  it('reports the largest gap, its index and the first values', () => {
    const row = compare('op', 's', [1, 2, 3.5, 4], [1, 2, 3, 4], 0.1);
    expect(row).toMatchObject({ pass: false, maxAbsError: 0.5, maxRelError: 0.125 });
    expect(row.firstValues).toMatchObject({ worstIndex: 2, worstOurs: 3.5, worstRef: 3 });
    expect(formatRow(row)).toContain('largest gap at [2]: ours 3.500 ref 3.000');
  });

  it('fails on NaN (an output the kernel never wrote) and on a length mismatch', () => {
    expect(compare('op', 's', [0, NaN], [0, 0], 1).pass).toBe(false);
    expect(compare('op', 's', [0], [0, 0], 1)).toMatchObject({ pass: false, note: 'length 1 ≠ reference 2' });
    expect(compare('op', 's', [1, 2], [1, 2], 0).pass).toBe(true);
  });
});

describe('runOurs on kernel memory', () => {
  it('leaves unwritten outputs NaN and flags writes past a buffer', async () => {
    const kernels = await loadKernelsNode();
    const x = Float32Array.of(1, 2, 3);
    const untouched = runOurs(kernels, { x }, { y: f32(3) }, () => {});
    expect(Array.from(untouched.out.y)).toEqual([NaN, NaN, NaN]);

    const overrun = runOurs(kernels, { x }, { y: f32(3) }, (_k, p) => {
      new Float32Array(kernels.memory.buffer, p.y, 4).fill(0); // one element too many
    });
    expect(overrun.note).toBe('wrote outside its buffers (after y)');
    expect(runOurs(kernels, { x }, { y: f32(3) }, (_k, p) => void new Float32Array(kernels.memory.buffer, p.y, 3).fill(0)).note).toBeUndefined();
  });

  it('turns a missing kernel or a trap into a note instead of throwing', async () => {
    const kernels = await loadKernelsNode();
    const result = runOurs(kernels, {}, { y: f32(1) }, () => {
      throw new Error('kernel conv9d is not exported by the module');
    });
    expect(result).toMatchObject({ out: {}, note: 'kernel conv9d is not exported by the module' });
  });
});

describe('distinct inputs for max ops', () => {
  it('has no ties', () => {
    const values = distinct(makeRng(3), 10_001);
    expect(new Set(values).size).toBe(values.length);
  });
});
