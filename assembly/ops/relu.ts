// relu — the forward is fused into conv2dForward / denseForward (relu flag: y = max(0, ·));
// only its backward stands alone. y (count) is the relu OUTPUT, dy (count) is updated in place.

/** dy[i] = y[i] > 0 ? dy[i] : 0 (in place). At the kink y = 0 the gradient is 0, as in TF. */
export function reluBackward(y: usize, dy: usize, count: i32): void {
  const zero = f32x4.splat(0);
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const o = <usize>i << 2;
    v128.store(dy + o, v128.and(v128.load(dy + o), f32x4.gt(v128.load(y + o), zero)));
  }
  for (; i < count; i++) {
    const o = <usize>i << 2;
    if (!(load<f32>(y + o) > 0)) store<f32>(dy + o, 0);
  }
}
