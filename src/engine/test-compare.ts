// Comparison of kernel output (f32) with the float64 reference, with failure messages that say
// the largest gap, where (as a multi-index when a shape is given) and the first values.

export interface Gap { index: number; gap: number; tolerance: number }

/** Multi-index of a flat row-major index in `shape`, e.g. "(1,3,0,7)". */
export function formatIndex(index: number, shape?: readonly number[]): string {
  if (!shape) return `[${index}]`;
  const coords: number[] = [];
  for (let d = shape.length - 1; d >= 0; d--) { coords.unshift(index % shape[d]); index = Math.floor(index / shape[d]); }
  return `(${coords.join(',')})`;
}

export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]));
  return m;
}

/**
 * Throws unless |actual[i] − expected[i]| ≤ tolerance for every i (NaN never passes). The message
 * gives the element with the largest gap relative to its tolerance.
 */
export function expectClose(
  label: string, actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, shape?: readonly number[],
): void {
  if (actual.length !== expected.length) throw new Error(`${label}: length ${actual.length}, expected ${expected.length}`);
  let worst = -1, worstGap = -1, failed = 0;
  for (let i = 0; i < expected.length; i++) {
    const gap = Math.abs(actual[i] - expected[i]);
    if (gap <= tolerance || actual[i] === expected[i]) continue; // equal infinities pass, NaN fails
    failed++;
    const size = Number.isNaN(gap) ? Infinity : gap;
    if (size > worstGap) { worst = i; worstGap = size; }
  }
  if (failed === 0) return;
  const first = (a: ArrayLike<number>) => Array.from(a).slice(0, 8).map((v) => Number(v).toPrecision(7)).join(', ');
  throw new Error(
    `${label}: ${failed}/${expected.length} elements off; largest gap ${worstGap.toExponential(3)} > tolerance ` +
      `${tolerance.toExponential(3)} at ${formatIndex(worst, shape)}: actual ${actual[worst]}, expected ${expected[worst]}\n` +
      `  actual   [${first(actual)}]\n  expected [${first(expected)}]`,
  );
}

/** Exact equality (winners, pure copies), reported like expectClose. */
export function expectEqual(label: string, actual: ArrayLike<number>, expected: ArrayLike<number>, shape?: readonly number[]): void {
  expectClose(label, actual, expected, 0, shape);
}

/** |values|, element-wise: run a reference on absolute inputs to get Σ|terms| of each output. */
export function absolute(values: Float64Array): Float64Array {
  return values.map(Math.abs);
}

/**
 * Tolerance for a length-L f32 reduction compared with float64: 1e-6 · sqrt(L) · max_i Σ|terms_i|,
 * where `magnitude` holds Σ|terms| per output (the reference run on absolute inputs). f32 rounding
 * in a sum is at most ≈ eps32 · sqrt(L) · Σ|terms| in practice (eps32 ≈ 1.2e-7; less when signs
 * are mixed), so this leaves a ≥ 8× margin; yet one missing or doubled term (≈ Σ|terms| / L)
 * still fails for L up to ≈ 10⁴. Cancellation cannot fool it, unlike a bound relative to |output|.
 */
export function reductionTolerance(length: number, magnitude: ArrayLike<number>): number {
  return 1e-6 * Math.sqrt(Math.max(length, 1)) * Math.max(maxAbs(magnitude), 1e-30);
}
