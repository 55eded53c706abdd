// Central-difference gradient checking in float64: the proof that each reference backward is the
// derivative of its forward. Losses are L = Σ forward(...) ⊙ r for a fixed random r, so dL/dy = r.

/** dL/dθ by central differences: (L(θ + eps·e_i) − L(θ − eps·e_i)) / 2eps; θ is restored. */
export function numericGradient(loss: () => number, theta: Float64Array, eps = 1e-6): Float64Array {
  const grad = new Float64Array(theta.length);
  for (let i = 0; i < theta.length; i++) {
    const keep = theta[i];
    theta[i] = keep + eps;
    const up = loss();
    theta[i] = keep - eps;
    const down = loss();
    theta[i] = keep;
    grad[i] = (up - down) / (2 * eps);
  }
  return grad;
}

/** Σ y ⊙ r, summed with Neumaier compensation so rounding in L does not pollute the differences. */
export function weightedSum(y: ArrayLike<number>, r: ArrayLike<number>): number {
  let sum = 0, compensation = 0;
  for (let i = 0; i < y.length; i++) {
    const term = y[i] * r[i];
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + compensation;
}

export interface GradientGap {
  /** Largest |analytic − numeric| / max(|analytic|, |numeric|, floor). */
  relative: number;
  index: number;
  analytic: number;
  numeric: number;
}

/**
 * The worst relative disagreement. `floor` (default 1e-3 · max |analytic|) keeps gradients that are
 * zero or nearly so from turning rounding noise into huge relative gaps.
 */
export function gradientGap(analytic: ArrayLike<number>, numeric: ArrayLike<number>, floor?: number): GradientGap {
  let scale = 0;
  for (let i = 0; i < analytic.length; i++) scale = Math.max(scale, Math.abs(analytic[i]));
  const minDenominator = floor ?? Math.max(1e-3 * scale, 1e-12);
  const worst: GradientGap = { relative: 0, index: -1, analytic: 0, numeric: 0 };
  for (let i = 0; i < analytic.length; i++) {
    const a = analytic[i], n = numeric[i];
    const relative = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), minDenominator);
    if (!(relative <= worst.relative)) Object.assign(worst, { relative, index: i, analytic: a, numeric: n });
  }
  return worst;
}

/** Throws with the largest gap, where, and the first values when analytic and numeric disagree. */
export function expectGradient(label: string, analytic: ArrayLike<number>, numeric: ArrayLike<number>, tolerance = 1e-6): void {
  if (analytic.length !== numeric.length) throw new Error(`${label}: length ${analytic.length} vs numeric ${numeric.length}`);
  const gap = gradientGap(analytic, numeric);
  if (gap.relative <= tolerance) return;
  const first = (a: ArrayLike<number>) => Array.from(a).slice(0, 6).map((v) => v.toPrecision(8)).join(', ');
  throw new Error(
    `${label}: relative gap ${gap.relative.toExponential(2)} > ${tolerance} at [${gap.index}] ` +
      `analytic ${gap.analytic} numeric ${gap.numeric}\n  analytic [${first(analytic)}]\n  numeric  [${first(numeric)}]`,
  );
}
