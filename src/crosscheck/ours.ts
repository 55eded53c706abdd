// Runs one of OUR kernels on fresh kernel memory: copy inputs in, call, copy outputs out, and
// report any write outside the buffers or any exception as a note instead of throwing.
import type { KernelExports, Ptr } from '../engine/kernels';
import type { Kernels } from '../engine/wasm';
import { type CheckRow, compare, errorRow } from './compare';
import { KernelScratch } from './scratch';

export type Outputs = Record<string, { count: number; type: 'f32' | 'i32' }>;
export const f32 = (count: number) => ({ count, type: 'f32' as const });
export const i32 = (count: number) => ({ count, type: 'i32' as const });

export interface OursResult {
  /** Every output (fresh NaN-filled buffers) and every input listed in readBack (in-place ops). */
  out: Record<string, Float32Array | Int32Array>;
  /** The kernel's return value (softmaxCrossEntropy's loss), else undefined. */
  ret: number | undefined;
  /** Set when the kernel is missing, threw, or wrote outside its buffers. */
  note?: string;
}

export function runOurs(
  kernels: Kernels,
  inputs: Record<string, Float32Array | Int32Array>,
  outputs: Outputs,
  call: (k: KernelExports, p: Record<string, Ptr>) => number | void,
  readBack: string[] = [],
): OursResult {
  const mem = new KernelScratch(kernels);
  const p: Record<string, Ptr> = {};
  const sizes: Record<string, { count: number; type: 'f32' | 'i32' }> = { ...outputs };
  for (const [name, data] of Object.entries(inputs)) {
    p[name] = mem.put(name, data);
    sizes[name] = { count: data.length, type: data instanceof Int32Array ? 'i32' : 'f32' };
  }
  for (const [name, o] of Object.entries(outputs)) p[name] = mem.alloc(name, o.count);
  let ret: number | undefined;
  try {
    ret = call(kernels.exports, p) ?? undefined;
  } catch (e) {
    return { out: {}, ret, note: e instanceof Error ? e.message : String(e) };
  }
  const out: OursResult['out'] = {};
  for (const name of [...Object.keys(outputs), ...readBack]) {
    const { count, type } = sizes[name];
    out[name] = type === 'i32' ? mem.i32(p[name], count) : mem.f32(p[name], count);
  }
  const note = mem.guardViolation();
  return note ? { out, ret, note } : { out, ret };
}

/** The kernel export `name`, or a clear error while the kernel has not landed yet. */
export function kernel<K extends keyof KernelExports>(k: KernelExports, name: K): KernelExports[K] {
  const fn = k[name];
  if (typeof fn !== 'function') throw new Error(`kernel ${name} is not exported by the module`);
  return fn;
}

/** Compares output `key` of one kernel run with the reference, or reports why the run produced nothing. */
export function row(op: string, shape: string, ours: OursResult, key: string, ref: ArrayLike<number>, tolerance: number): CheckRow {
  const got = ours.out[key];
  if (got === undefined) return errorRow(op, shape, ours.note ?? `no output ${key}`);
  return compare(op, shape, got, ref, tolerance, ours.note);
}
