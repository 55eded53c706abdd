// softmax + sparse categorical cross-entropy — logits (N,K) labels (N) i32 probs (N,K) dlogits (N,K).
// Max-subtracted: p = e^(l − m) / Σ e^(l − m) with m = max(l), so no exponent overflows, and
// −log p[label] = logsumexp − l[label] with logsumexp = m + log Σ e^(l − m) (no log of 0, no clipping).
import { expLanes, maxLanes } from './simd';

/** Row softmax into probs (K); returns the row's logsumexp. */
// @ts-ignore: decorator
@inline function softmaxRow(logits: usize, probs: usize, classes: i32): f64 {
  // m = max over the row
  let i = 0;
  let m: f32 = load<f32>(logits);
  if (classes >= 4) {
    let mv = v128.load(logits);
    for (i = 4; i + 4 <= classes; i += 4) mv = f32x4.max(mv, v128.load(logits + (<usize>i << 2)));
    m = maxLanes(mv);
  }
  for (; i < classes; i++) m = max(m, load<f32>(logits + (<usize>i << 2)));
  // probs = e^(l − m), sum
  const mv = f32x4.splat(m);
  let sv = f32x4.splat(0);
  for (i = 0; i + 4 <= classes; i += 4) {
    const o = <usize>i << 2;
    const e = expLanes(f32x4.sub(v128.load(logits + o), mv));
    v128.store(probs + o, e);
    sv = f32x4.add(sv, e);
  }
  let sum: f64 = <f64>f32x4.extract_lane(sv, 0) + <f64>f32x4.extract_lane(sv, 1) +
    <f64>f32x4.extract_lane(sv, 2) + <f64>f32x4.extract_lane(sv, 3);
  for (; i < classes; i++) {
    const o = <usize>i << 2;
    const e = f32x4.extract_lane(expLanes(f32x4.splat(load<f32>(logits + o) - m)), 0); // same exp as the lanes
    store<f32>(probs + o, e);
    sum += e;
  }
  // probs /= sum
  const inv = <f32>(1 / sum);
  const iv = f32x4.splat(inv);
  for (i = 0; i + 4 <= classes; i += 4) {
    const o = <usize>i << 2;
    v128.store(probs + o, f32x4.mul(v128.load(probs + o), iv));
  }
  for (; i < classes; i++) store<f32>(probs + (<usize>i << 2), load<f32>(probs + (<usize>i << 2)) * inv);
  return <f64>m + Math.log(sum);
}

/** probs (N,K) = softmax(logits) row-wise. Writes probs. */
export function softmaxForward(logits: usize, probs: usize, n: i32, classes: i32): void {
  const rowBytes = <usize>classes << 2;
  for (let r = 0; r < n; r++) softmaxRow(logits + <usize>r * rowBytes, probs + <usize>r * rowBytes, classes);
}

/**
 * Fused: probs = softmax(logits); dlogits = (probs − onehot(labels)) · gradScale (writes both);
 * returns Σ_rows (logsumexp − logit[label]), accumulated in f64. A label outside [0, K) adds NaN
 * to the loss (and no one-hot), so a bad label shows up instead of writing outside the row.
 */
export function softmaxCrossEntropy(
  logits: usize, labels: usize, probs: usize, dlogits: usize, n: i32, classes: i32, gradScale: f32,
): f64 {
  const rowBytes = <usize>classes << 2;
  const gv = f32x4.splat(gradScale);
  let loss: f64 = 0;
  for (let r = 0; r < n; r++) {
    const l = logits + <usize>r * rowBytes, p = probs + <usize>r * rowBytes, d = dlogits + <usize>r * rowBytes;
    const logSumExp = softmaxRow(l, p, classes);
    let i = 0;
    for (; i + 4 <= classes; i += 4) v128.store(d + (<usize>i << 2), f32x4.mul(v128.load(p + (<usize>i << 2)), gv));
    for (; i < classes; i++) store<f32>(d + (<usize>i << 2), load<f32>(p + (<usize>i << 2)) * gradScale);
    const label = load<i32>(labels + (<usize>r << 2));
    if (<u32>label < <u32>classes) {
      const o = <usize>label << 2;
      store<f32>(d + o, (load<f32>(p + o) - 1) * gradScale);
      loss += logSumExp - <f64>load<f32>(l + o);
    } else {
      loss += NaN;
    }
  }
  return loss;
}
