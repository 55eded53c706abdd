// Tolerances for comparing two float32 implementations (ours, tfjs). The scale of every bound is
// the largest input magnitude, so the same formula holds for inputs in [−1, 1] and for real data.

/** float32 machine epsilon, 2^−23 ≈ 1.19e−7. */
export const F32_EPS = 2 ** -23;

/**
 * A length-r sum of products a·b (conv, dense, their gradients, bias sums).
 * f32 rounding errors random-walk while the partial sums grow like √k, so the gap between two
 * f32 implementations grows ~linearly in r: measured tfjs-wasm vs float64 ≈ 0.1–0.2·ε·r·scale
 * for r = 9 … 3640. 2·ε·(r+1)·scale (scale = max|a|·max|b| + max|bias|) leaves ≥ 5× margin for
 * the two sides' errors together, while an indexing bug errs by ~√r·scale/3 ≫ it for any r here.
 * (A √r law, e.g. 1e−6·√r, is too tight: tfjs alone reaches 0.8 of it at r = 3640.)
 */
export function reductionTolerance(r: number, scale: number): number {
  return 2 * F32_EPS * (r + 1) * scale;
}

/**
 * Row softmax over `classes` logits spanning `range`: exp of (x − max) carries a relative error
 * ≈ ε·|x − max| ≤ ε·range, the row sum ε·classes, the division ε; probabilities are ≤ 1, so
 * 4·ε·(classes + range + 1) bounds the absolute gap with margin for both sides.
 */
export function softmaxTolerance(classes: number, range: number): number {
  return 4 * F32_EPS * (classes + range + 1);
}

/**
 * Σ over `rows` of (logsumexp − logit[label]): each row is ≤ 2·max|logit| + ln K and carries a few
 * ulps of it; summing the rows adds ε per row on the running total.
 */
export function crossEntropyLossTolerance(rows: number, classes: number, maxAbsLogit: number): number {
  return 4 * F32_EPS * rows * (2 * maxAbsLogit + Math.log(classes) + 2);
}

/**
 * Max-pool backward adds dy into dx where windows overlap (at most `overlap` windows share an
 * input); the order of additions may differ, ε per addition. Without overlap it is a pure copy: 0.
 */
export function poolBackwardTolerance(overlap: number, maxAbsDy: number): number {
  return overlap > 1 ? 2 * F32_EPS * overlap * maxAbsDy : 0;
}

/**
 * Parameters after `steps` Adam steps. tfjs adds ε to √v̂ (bias-corrected); Keras (our kernel) adds
 * it to √v, i.e. ε_eff = ε/√(1−β2^t) on the v̂ scale (3.2e−6 at t = 1 for ε = 1e−7). With |g| ≥
 * gMin the update's relative change is ≤ ε_eff/gMin (3.2e−5 at gMin = 0.1) and |m̂|/√v̂ ≲ 1, so
 * the per-step gap is ≤ lr·1e−4 (3× margin) plus a few ulps of |p| from the two roundings.
 */
export function adamParamTolerance(steps: number, lr: number, maxAbsParam: number): number {
  return steps * (lr * 1e-4 + 4 * F32_EPS * maxAbsParam);
}

/**
 * Adam moments m, v: the same recurrences in f32, a few ulps of the moment per step, plus the
 * cost of passing β to the kernel as f32: 1 − fround(β) differs from tfjs's double 1 − β by
 * 2.4e−7 relative for β1 = 0.9 but 1.3e−5 for β2 = 0.999, and every v carries that factor.
 */
export function adamMomentTolerance(steps: number, maxAbsMoment: number, beta: number): number {
  const betaAsF32 = Math.abs(1 - Math.fround(beta) - (1 - beta)) / (1 - beta);
  return maxAbsMoment * (steps * 4 * F32_EPS + 2 * betaAsF32); // 2×: margin over the exact factor
}

export function maxAbs(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}
