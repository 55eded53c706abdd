// Step 5's bookkeeping: the layer-0 snapshots (the tutorial's "print weights every epoch"
// callback), how a 1×3 kernel tensor reads as a filter × weight grid, and what the last epoch
// says about over-fitting. Pure functions of the numbers the worker sends.

export interface Layer0Snapshot {
  /** Keras layout (kh, kw, in, out): for seed-a (1, 3, 1, 5). */
  kernel: Float32Array;
  /** (out) */
  bias: Float32Array;
}

/** Kernel tensor (kh, kw, in, out) → rows[filter][kh·kw·in position], the order Keras prints. */
export function kernelRows(kernel: ArrayLike<number>, filters: number): number[][] {
  const taps = kernel.length / filters;
  return Array.from({ length: filters }, (_, f) => Array.from({ length: taps }, (_, i) => kernel[i * filters + f]));
}

/** Largest |value| over every snapshot's kernel and bias: one colour scale for the whole replay. */
export function largestMagnitude(snapshots: readonly Layer0Snapshot[]): number {
  let max = 0;
  for (const s of snapshots) {
    for (const v of s.kernel) max = Math.max(max, Math.abs(v));
    for (const v of s.bias) max = Math.max(max, Math.abs(v));
  }
  return max;
}

/** numpy-like print of a vector: `[ 0.0123 -0.0045  0.0000]` (fixed decimals, sign column). */
export function formatVector(values: ArrayLike<number>, digits = 4): string {
  const cells = Array.from(values, (v) => (Object.is(v, -0) ? 0 : v).toFixed(digits)).map((s) => (s.startsWith('-') ? s : ` ${s}`));
  return `[${cells.join(' ')}]`;
}

/**
 * Training minus validation accuracy of the last epoch, in points (one decimal), or null
 * without validation data. The tutorial's first network: 96 % vs 89 % → 7 points.
 */
export function generalisationGap(history: { acc: number[]; val_acc: number[] }): number | null {
  const last = history.acc.length - 1;
  if (last < 0 || history.val_acc[last] === undefined) return null;
  return Math.round((history.acc[last] - history.val_acc[last]) * 1000) / 10;
}

/** Gaps above this many points are worth pointing out as memorising. */
export const NOTABLE_GAP_POINTS = 2;
