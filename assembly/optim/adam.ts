// Adam over the whole parameter buffer — params, grads, m, v (count) f32 mirror one another.
// Keras form (tf.keras ≥ 2.11 / Keras 3), same operation order as keras.optimizers.Adam:
//   alpha = lr·sqrt(1 − β2^t) / (1 − β1^t)
//   m += (g − m)(1 − β1);  v += (g² − v)(1 − β2);  p −= (m·alpha) / (sqrt(v) + ε)
// The bias correction is folded into alpha (computed once, in f64), so ε is NOT bias-corrected.

/** base^exponent in f64 by repeated squaring (exponent ≥ 0); avoids Math.pow's tables and state. */
function powInt(base: f64, exponent: i32): f64 {
  let result: f64 = 1, square: f64 = base;
  for (let e = exponent; e > 0; e >>= 1, square *= square) if (e & 1) result *= square;
  return result;
}

/** One Adam step at step number t ≥ 1. Updates params, m and v in place. */
export function adamStep(
  params: usize, grads: usize, m: usize, v: usize, count: i32,
  lr: f64, beta1: f64, beta2: f64, epsilon: f32, t: i32,
): void {
  // Hyper-parameters arrive as f64 and 1 − β is formed in f64 before rounding: 1 − fround(0.999)
  // would be 1.3e-5 (relative) off Keras' (1 − β2).
  const alpha = <f32>(lr * Math.sqrt(1 - powInt(beta2, t)) / (1 - powInt(beta1, t)));
  const oneMinusBeta1 = <f32>(1 - beta1), oneMinusBeta2 = <f32>(1 - beta2);
  const av = f32x4.splat(alpha), b1v = f32x4.splat(oneMinusBeta1), b2v = f32x4.splat(oneMinusBeta2);
  const ev = f32x4.splat(epsilon);
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const o = <usize>i << 2;
    const g = v128.load(grads + o);
    let mi = v128.load(m + o), vi = v128.load(v + o);
    mi = f32x4.add(mi, f32x4.mul(f32x4.sub(g, mi), b1v));
    vi = f32x4.add(vi, f32x4.mul(f32x4.sub(f32x4.mul(g, g), vi), b2v));
    v128.store(m + o, mi);
    v128.store(v + o, vi);
    v128.store(params + o, f32x4.sub(v128.load(params + o), f32x4.div(f32x4.mul(mi, av), f32x4.add(f32x4.sqrt(vi), ev))));
  }
  for (; i < count; i++) {
    const o = <usize>i << 2;
    const g = load<f32>(grads + o);
    let mi = load<f32>(m + o), vi = load<f32>(v + o);
    mi += (g - mi) * oneMinusBeta1;
    vi += (g * g - vi) * oneMinusBeta2;
    store<f32>(m + o, mi);
    store<f32>(v + o, vi);
    store<f32>(params + o, load<f32>(params + o) - (mi * alpha) / (Mathf.sqrt(vi) + epsilon));
  }
}
