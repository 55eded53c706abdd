// Register-level f32x4 helpers shared by the kernels (inlined, never exported from the module).

/**
 * a·b + c per lane: the multiply-add of every GEMM-style microkernel. The plain SIMD build rounds
 * twice (mul, then add); the relaxed-SIMD build (asconfig target "relaxed") emits
 * f32x4.relaxed_madd, a fused multiply-add where the hardware has one (rounds once).
 */
// @ts-ignore: decorator
@inline export function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return f32x4.add(f32x4.mul(a, b), c);
}

/** [Σ a0, Σ a1, Σ a2, Σ a3]: four horizontal sums at once (a 4×4 transpose folded into adds). */
// @ts-ignore: decorator
@inline export function sumLanes4(a0: v128, a1: v128, a2: v128, a3: v128): v128 {
  // s01 = [a0.0+a0.2, a1.0+a1.2, a0.1+a0.3, a1.1+a1.3], s23 likewise for a2, a3
  const s01 = f32x4.add(f32x4.shuffle(a0, a1, 0, 4, 1, 5), f32x4.shuffle(a0, a1, 2, 6, 3, 7));
  const s23 = f32x4.add(f32x4.shuffle(a2, a3, 0, 4, 1, 5), f32x4.shuffle(a2, a3, 2, 6, 3, 7));
  return f32x4.add(f32x4.shuffle(s01, s23, 0, 1, 4, 5), f32x4.shuffle(s01, s23, 2, 3, 6, 7));
}

/** Σ of the four lanes. */
// @ts-ignore: decorator
@inline export function sumLanes(a: v128): f32 {
  const s = f32x4.add(a, f32x4.shuffle(a, a, 2, 3, 0, 1));
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1);
}

/** max of the four lanes. */
// @ts-ignore: decorator
@inline export function maxLanes(a: v128): f32 {
  const s = f32x4.max(a, f32x4.shuffle(a, a, 2, 3, 0, 1));
  return max(f32x4.extract_lane(s, 0), f32x4.extract_lane(s, 1));
}

/**
 * e^x per lane, Cephes expf: x = n·ln2 + r with |r| ≤ ln2/2, e^r by a degree-6 polynomial,
 * 2^n by building the exponent bits. Relative error ≈ 2 ulp on [-87.3, 88]; x < -87.3 gives 0, x > 88 gives e^88
 * (softmax feeds x − max ≤ 0, so only the underflow side matters; the clamp keeps n ≤ 127).
 */
// @ts-ignore: decorator
@inline export function expLanes(x: v128): v128 {
  const underflow = f32x4.lt(x, f32x4.splat(-87.33654));
  x = f32x4.min(x, f32x4.splat(88.0));
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(1.44269504088896341)));
  // r = x − n·ln2 in two parts (ln2 = 0.693359375 − 2.12194440e-4) to keep r exact
  let r = f32x4.sub(x, f32x4.mul(n, f32x4.splat(0.693359375)));
  r = f32x4.add(r, f32x4.mul(n, f32x4.splat(2.12194440e-4)));
  let p = f32x4.splat(1.9875691500e-4);
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.3981999507e-3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(8.3334519073e-3));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(4.1665795894e-2));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.6666665459e-1));
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(5.0000001201e-1));
  p = f32x4.add(f32x4.add(f32x4.mul(p, f32x4.mul(r, r)), r), f32x4.splat(1));
  // 2^n: exponent bits (n + 127) << 23; n ∈ [-126, 127] after the clamps above
  const pow2n = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(n), i32x4.splat(127)), 23);
  return v128.andnot(f32x4.mul(p, pow2n), underflow);
}
