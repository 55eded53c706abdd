// conv2dBackwardFilterWinograd — x (N,H,W,C) dy (N,OH,OW,K) dw (3,3,C,K), stride 1. Writes dw.
// The filter gradient as Winograd F(3×3, 2×2), the transpose of F(2×2, 3×3): each 2×2 block δ of
// dy and the 4×4 input patch d under it add 3×3 filter taps with 16 multiplies per channel pair
// instead of 36:
//   dw(3×3) += Gᵀ [ (A δ Aᵀ) ⊙ (Bᵀ d B) ] G
// with the same Bᵀ, and A, Gᵀ of the forward swapped into the other two roles. Summed over every
// tile of every image, per position e that is one GEMM with the tiles as the reduction:
//   W_e (C × K) += V_eᵀ (C × tiles) · D_e (tiles × K)
// Scratch (f32): W (16, C, K) | V (16, TILE_BLOCK, C) | D (16, TILE_BLOCK, K) | staging (planes
// padded), the forward's size. The accumulating tiles cannot overlap channels, so C and K are multiples of 4.
import { madd } from './simd';
import { TILE_BLOCK, planeBytes, transformInput, winogradEligible } from './conv2d-winograd';

/** Whether conv2dBackwardFilterWinograd applies: winogradEligible with C and K multiples of 4. */
export function winogradFilterEligible(kh: i32, kw: i32, strideH: i32, strideW: i32, c: i32, k: i32): i32 {
  return winogradEligible(kh, kw, strideH, strideW, c, k) && (c & 3) == 0 && (k & 3) == 0 ? 1 : 0;
}

/**
 * conv2dBackwardFilter for 3×3, stride 1 (winogradFilterEligible): dw (3,3,C,K) from x (N,H,W,C)
 * and dy (N,OH,OW,K); scratch: winogradScratchFloats(C, K) f32. Writes dw.
 */
export function conv2dBackwardFilterWinograd(
  x: usize, dy: usize, dw: usize, scratch: usize,
  n: i32, h: i32, wd: i32, c: i32, k: i32,
  padTop: i32, padLeft: i32, oh: i32, ow: i32,
): void {
  const cBytes = <usize>c << 2, kBytes = <usize>k << 2;
  const wStride = planeBytes(c, k), vStride = planeBytes(TILE_BLOCK, c), dStride = planeBytes(TILE_BLOCK, k);
  const acc = scratch, v = acc + 16 * wStride, d = v + 16 * vStride, staging = d + 16 * dStride;
  memory.fill(acc, 0, 16 * wStride);
  const tilesX = (ow + 1) >> 1, perImage = ((oh + 1) >> 1) * tilesX, total = n * perImage;
  const xImageBytes = <usize>(h * wd) * cBytes, dyImageBytes = <usize>(oh * ow) * kBytes;
  for (let t0 = 0; t0 < total; t0 += TILE_BLOCK) {
    const count = min(TILE_BLOCK, total - t0);
    for (let i = 0; i < count; i++) {
      const t = t0 + i, img = t / perImage, r = t % perImage;
      const oy = (r / tilesX) << 1, ox = (r % tilesX) << 1;
      transformInput(x + <usize>img * xImageBytes, v + <usize>i * cBytes, vStride, staging, oy - padTop, ox - padLeft, h, wd, c);
      transformGradient(dy + <usize>img * dyImageBytes + <usize>(oy * ow + ox) * kBytes, d + <usize>i * kBytes, dStride, oy + 1 < oh, ox + 1 < ow, ow, k);
    }
    for (let e = 0; e < 16; e++) {
      accumulateOuter(v + <usize>e * vStride, d + <usize>e * dStride, acc + <usize>e * wStride, count, c, k);
    }
  }
  transformFilterGradient(acc, wStride, dw, c, k);
}

/**
 * D[e][tile][:] = (A δ Aᵀ)[e] for the 2×2 block of dy at `at` (pixels past OH/OW are zero), every
 * f32x4 of K: rows of A δ = [δ0, δ0 + δ1, δ0 − δ1, −δ1], then the same along each row.
 */
function transformGradient(at: usize, dTile: usize, dStride: usize, down: bool, right: bool, ow: i32, k: i32): void {
  const kBytes = <usize>k << 2, rowBytes = <usize>ow * kBytes;
  const zero = f32x4.splat(0);
  for (let kk = 0; kk < k; kk += 4) {
    const p = at + (<usize>kk << 2);
    // pixels past the edge read the block's first one (always inside the buffer), then count as 0
    const across: usize = right ? kBytes : 0, below: usize = down ? rowBytes : 0;
    const a00 = v128.load(p), a01 = right ? v128.load(p + across) : zero;
    const a10 = down ? v128.load(p + below) : zero, a11 = down && right ? v128.load(p + below + across) : zero;
    const q = dTile + (<usize>kk << 2);
    gradientRow(q, dStride, a00, a01);
    gradientRow(q + 4 * dStride, dStride, f32x4.add(a00, a10), f32x4.add(a01, a11));
    gradientRow(q + 8 * dStride, dStride, f32x4.sub(a00, a10), f32x4.sub(a01, a11));
    gradientRow(q + 12 * dStride, dStride, f32x4.neg(a10), f32x4.neg(a11));
  }
}

/** One row (r0, r1) of A δ times Aᵀ: [r0, r0 + r1, r0 − r1, −r1] at e = 4i … 4i + 3. */
// @ts-ignore: decorator
@inline function gradientRow(q: usize, dStride: usize, r0: v128, r1: v128): void {
  v128.store(q, r0);
  v128.store(q + dStride, f32x4.add(r0, r1));
  v128.store(q + 2 * dStride, f32x4.sub(r0, r1));
  v128.store(q + 3 * dStride, f32x4.neg(r1));
}

/**
 * W (C × K) += Vᵀ (C × count) · D (count × K), V rows C apart, D rows K apart, W K-contiguous:
 * register tiles of 4 channels × 8 filters (8 f32x4 accumulators; per tile 4 splats + 2 loads
 * feed 8 multiply-adds), then × 4 for K mod 8. C and K are multiples of 4.
 */
function accumulateOuter(v: usize, d: usize, w: usize, count: i32, c: i32, k: i32): void {
  const cBytes = <usize>c << 2, kBytes = <usize>k << 2;
  for (let ch = 0; ch < c; ch += 4) {
    const vc = v + (<usize>ch << 2), wc = w + <usize>ch * kBytes;
    let ko: usize = 0;
    for (; ko + 32 <= kBytes; ko += 32) outerTile(2, vc, d + ko, wc + ko, count, cBytes, kBytes);
    if (ko < kBytes) outerTile(1, vc, d + ko, wc + ko, count, cBytes, kBytes);
  }
}

/** 4 channels × V f32x4 of filters (V = 1 or 2, a constant at each call site) of W, accumulated over count tiles. */
// @ts-ignore: decorator
@inline function outerTile(V: i32, v: usize, d: usize, w: usize, count: i32, cBytes: usize, kBytes: usize): void {
  const zero = f32x4.splat(0);
  let a00 = v128.load(w), a01 = V > 1 ? v128.load(w, 16) : zero;
  let a10 = v128.load(w + kBytes), a11 = V > 1 ? v128.load(w + kBytes, 16) : zero;
  let a20 = v128.load(w + 2 * kBytes), a21 = V > 1 ? v128.load(w + 2 * kBytes, 16) : zero;
  let a30 = v128.load(w + 3 * kBytes), a31 = V > 1 ? v128.load(w + 3 * kBytes, 16) : zero;
  let vp = v, dp = d;
  for (let t = 0; t < count; t++, vp += cBytes, dp += kBytes) {
    const d0 = v128.load(dp), d1 = V > 1 ? v128.load(dp, 16) : zero;
    const x0 = v128.load32_splat(vp);
    a00 = madd(x0, d0, a00); if (V > 1) a01 = madd(x0, d1, a01);
    const x1 = v128.load32_splat(vp, 4);
    a10 = madd(x1, d0, a10); if (V > 1) a11 = madd(x1, d1, a11);
    const x2 = v128.load32_splat(vp, 8);
    a20 = madd(x2, d0, a20); if (V > 1) a21 = madd(x2, d1, a21);
    const x3 = v128.load32_splat(vp, 12);
    a30 = madd(x3, d0, a30); if (V > 1) a31 = madd(x3, d1, a31);
  }
  v128.store(w, a00); if (V > 1) v128.store(w, a01, 16);
  v128.store(w + kBytes, a10); if (V > 1) v128.store(w + kBytes, a11, 16);
  v128.store(w + 2 * kBytes, a20); if (V > 1) v128.store(w + 2 * kBytes, a21, 16);
  v128.store(w + 3 * kBytes, a30); if (V > 1) v128.store(w + 3 * kBytes, a31, 16);
}

/**
 * dw (3,3,C,K) = Gᵀ W G per channel pair, W[e] at acc + e·wStride: Gᵀ = [1 ½ ½ 0; 0 ½ −½ 0; 0 ½ ½ 1]
 * down each column, then along each row.
 */
function transformFilterGradient(acc: usize, wStride: usize, dw: usize, c: i32, k: i32): void {
  const tapBytes = <usize>(c * k) << 2; // one (ky, kx) of dw holds C·K values, as one W_e does (unpadded)
  const half = f32x4.splat(0.5);
  for (let at: usize = 0; at < tapBytes; at += 16) {
    const q = acc + at;
    // Gᵀ down column j: u0 = m0 + (m1 + m2)/2, u1 = (m1 − m2)/2, u2 = (m1 + m2)/2 + m3
    let u00: v128, u01: v128, u02: v128, u03: v128, u10: v128, u11: v128, u12: v128, u13: v128, u20: v128, u21: v128, u22: v128, u23: v128;
    {
      const m0 = v128.load(q), m1 = v128.load(q + 4 * wStride), m2 = v128.load(q + 8 * wStride), m3 = v128.load(q + 12 * wStride);
      const s = f32x4.mul(f32x4.add(m1, m2), half);
      u00 = f32x4.add(m0, s); u10 = f32x4.mul(f32x4.sub(m1, m2), half); u20 = f32x4.add(s, m3);
    }
    {
      const m0 = v128.load(q + wStride), m1 = v128.load(q + 5 * wStride), m2 = v128.load(q + 9 * wStride), m3 = v128.load(q + 13 * wStride);
      const s = f32x4.mul(f32x4.add(m1, m2), half);
      u01 = f32x4.add(m0, s); u11 = f32x4.mul(f32x4.sub(m1, m2), half); u21 = f32x4.add(s, m3);
    }
    {
      const m0 = v128.load(q + 2 * wStride), m1 = v128.load(q + 6 * wStride), m2 = v128.load(q + 10 * wStride), m3 = v128.load(q + 14 * wStride);
      const s = f32x4.mul(f32x4.add(m1, m2), half);
      u02 = f32x4.add(m0, s); u12 = f32x4.mul(f32x4.sub(m1, m2), half); u22 = f32x4.add(s, m3);
    }
    {
      const m0 = v128.load(q + 3 * wStride), m1 = v128.load(q + 7 * wStride), m2 = v128.load(q + 11 * wStride), m3 = v128.load(q + 15 * wStride);
      const s = f32x4.mul(f32x4.add(m1, m2), half);
      u03 = f32x4.add(m0, s); u13 = f32x4.mul(f32x4.sub(m1, m2), half); u23 = f32x4.add(s, m3);
    }
    // then G along each row i: dw[i][0] = u_i0 + (u_i1 + u_i2)/2, dw[i][1] = (u_i1 − u_i2)/2, dw[i][2] = (u_i1 + u_i2)/2 + u_i3
    const o = dw + at;
    filterGradientRow(o, tapBytes, u00, u01, u02, u03, half);
    filterGradientRow(o + 3 * tapBytes, tapBytes, u10, u11, u12, u13, half);
    filterGradientRow(o + 6 * tapBytes, tapBytes, u20, u21, u22, u23, half);
  }
}

// @ts-ignore: decorator
@inline function filterGradientRow(o: usize, tapBytes: usize, u0: v128, u1: v128, u2: v128, u3: v128, half: v128): void {
  const s = f32x4.mul(f32x4.add(u1, u2), half);
  v128.store(o, f32x4.add(u0, s));
  v128.store(o + tapBytes, f32x4.mul(f32x4.sub(u1, u2), half));
  v128.store(o + 2 * tapBytes, f32x4.add(s, u3));
}
