// dropout (Keras Dropout, training only) — x (count) y (count) mask (count) f32; count = N·(elements
// per image), any layout. Inverted dropout: mask[i] = 0 with probability rate, else scale =
// 1/(1 − rate); y = x · mask. At inference the layer is the identity (the engine copies x).
//
// The keep/drop draw of element i is output number offset + i of the engine's generator,
// mulberry32(seed) (src/engine/random.ts). mulberry32 is counter-based — its j-th output (0-based)
// is a pure function of seed + (j + 1)·0x6d2b79f5 — so any lane computes its slice of the stream
// without the others: the masks do not depend on how a batch is split across threads.
// Element i is dropped iff that output u (a u32; random() = u / 2^32) is < threshold =
// ceil(rate · 2^32), i.e. iff random() < rate. (A rate within 2^−32 of 1 saturates the
// threshold at 2^32 − 1 and keeps u = 2^32 − 1.)

const GOLDEN: u32 = 0x6d2b79f5;

/** Output of mulberry32 for the counter state `s` = seed + (j + 1)·GOLDEN, four lanes at once. */
// @ts-ignore: decorator
@inline function mulberry32Lanes(s: v128): v128 {
  let t = i32x4.mul(v128.xor(s, i32x4.shr_u(s, 15)), v128.or(s, i32x4.splat(1)));
  t = v128.xor(t, i32x4.add(t, i32x4.mul(v128.xor(t, i32x4.shr_u(t, 7)), v128.or(t, i32x4.splat(61)))));
  return v128.xor(t, i32x4.shr_u(t, 14));
}

// @ts-ignore: decorator
@inline function mulberry32At(s: u32): u32 {
  let t = (s ^ (s >>> 15)) * (s | 1);
  t ^= t + (t ^ (t >>> 7)) * (t | 61);
  return t ^ (t >>> 14);
}

/** Writes y and mask (the mask is kept for the backward). */
export function dropoutForward(x: usize, y: usize, mask: usize, count: i32, seed: u32, offset: i32, threshold: u32, scale: f32): void {
  const first: u32 = seed + (<u32>offset + 1) * GOLDEN; // state of element 0
  const scaleV = f32x4.splat(scale), thresholdV = i32x4.splat(threshold);
  let state = i32x4.add(i32x4.splat(first), i32x4(0, GOLDEN, 2 * GOLDEN, 3 * GOLDEN));
  const step = i32x4.splat(4 * GOLDEN);
  let i = 0;
  for (; i + 4 <= count; i += 4, state = i32x4.add(state, step)) {
    const o = <usize>i << 2;
    const keep = i32x4.ge_u(mulberry32Lanes(state), thresholdV);
    const m = v128.and(scaleV, keep);
    v128.store(mask + o, m);
    v128.store(y + o, f32x4.mul(v128.load(x + o), m));
  }
  for (; i < count; i++) {
    const o = <usize>i << 2;
    const m: f32 = mulberry32At(first + <u32>i * GOLDEN) >= threshold ? scale : 0;
    store<f32>(mask + o, m);
    store<f32>(y + o, load<f32>(x + o) * m);
  }
}

/** dx (count) = dy · mask. Writes dx. */
export function dropoutBackward(dy: usize, mask: usize, dx: usize, count: i32): void {
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const o = <usize>i << 2;
    v128.store(dx + o, f32x4.mul(v128.load(dy + o), v128.load(mask + o)));
  }
  for (; i < count; i++) {
    const o = <usize>i << 2;
    store<f32>(dx + o, load<f32>(dy + o) * load<f32>(mask + o));
  }
}

/** y (count) = x: dropout at inference (evaluate, predict, activations). Writes y. */
export function dropoutInference(x: usize, y: usize, count: i32): void {
  memory.copy(y, x, <usize>count << 2);
}
