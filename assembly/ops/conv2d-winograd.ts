// Winograd F(2×2, 3×3) for 3×3, stride-1 convolutions (Lavin & Gray 2015): every 2×2 block of
// output pixels ("tile") comes from a 4×4 input patch d with 16 multiplies per channel pair
// instead of 36:
//   y(2×2) = Aᵀ [ Σ_c (G g_c Gᵀ) ⊙ (Bᵀ d_c B) ] A
//   Bᵀ = [1 0 −1 0; 0 1 1 0; 0 −1 1 0; 0 1 0 −1]   G = [1 0 0; ½ ½ ½; ½ −½ ½; 0 0 1]
//   Aᵀ = [1 1 1 0; 0 1 −1 −1]
// (correlation, as CNNs use it: y0 = d0g0 + d1g1 + d2g2 in 1-D). The sum over c is 16 GEMMs, one
// per position e = 4i + j of the 4×4 transformed tile:
//   M_e (tiles × K) = V_e (tiles × C) · U_e (C × K)
// run on the forward conv's 4×8 register tiles (conv2d-forward.ts `line`). Scratch layout (f32):
//   U (16, C, K) the transformed filter | V (16, TILE_BLOCK, C) transformed input tiles |
//   M (16, TILE_BLOCK, K) their products   (each plane padded by PLANE_PAD)
// Tiles run in blocks of TILE_BLOCK over all images (t → image, tile row, tile column), so V and
// M stay in L2 while each of the 16 GEMMs sweeps them. Input taps outside the image are the zero
// padding (a border patch is gathered into a zeroed 4×4 staging area first); output pixels past
// an odd OH/OW are computed and dropped. Channels run as f32x4: C mod 4 and K mod 4 are covered
// by a last f32x4 at C − 4 (K − 4) that rewrites up to 3 channels with identical values, so
// C, K ≥ 4 (winogradEligible).
// The stride-1 input gradient is the same convolution of dy with the flipped, transposed filter
// and 'full'-side padding 2 − pad (see conv2d-backward-input-transposed.ts), masked by the ReLU of
// the layer below at the store.
import { line } from './conv2d-forward';
import { transposeFilter } from './conv2d-backward-input-transposed';

/** Tiles per block: V and M of one block are 16·TILE_BLOCK·(C + K) f32 (256 KiB for C = K = 32). */
export const TILE_BLOCK: i32 = 64;
/** f32 of the border staging area: a 4×4 patch of one f32x4 of channels. */
const STAGING_FLOATS: i32 = 64;
/**
 * f32 between consecutive planes e of U, V and M beyond their data (one cache line): the
 * transforms touch all 16 planes per tile, and planes a power of two apart (V, M: 8 KiB for
 * C = K = 32) all fall into one L1 set and evict each other.
 */
export const PLANE_PAD: i32 = 16;

/** Bytes from plane e to e + 1 of a (rows × cols) f32 matrix per plane. */
// @ts-ignore: decorator
@inline export function planeBytes(rows: i32, cols: i32): usize {
  return <usize>(rows * cols + PLANE_PAD) << 2;
}

/** Whether a conv runs as Winograd F(2×2, 3×3): 3×3, stride 1, at least 4 input and output channels. */
export function winogradEligible(kh: i32, kw: i32, strideH: i32, strideW: i32, c: i32, k: i32): i32 {
  return kh == 3 && kw == 3 && strideH == 1 && strideW == 1 && c >= 4 && k >= 4 ? 1 : 0;
}

/** f32 of scratch conv2dForwardWinograd needs for C input and K output channels. */
export function winogradScratchFloats(c: i32, k: i32): i32 {
  return 16 * (c * k + PLANE_PAD) + 16 * (TILE_BLOCK * c + PLANE_PAD) + 16 * (TILE_BLOCK * k + PLANE_PAD) + STAGING_FLOATS;
}

/** f32 of scratch conv2dBackwardInputWinograd needs: the transposed filter, then the forward's. */
export function winogradBackwardScratchFloats(c: i32, k: i32): i32 {
  return 9 * c * k + winogradScratchFloats(k, c);
}

/** conv2dForward for 3×3, stride 1 (winogradEligible); scratch: winogradScratchFloats(C, K) f32. Writes y. */
export function conv2dForwardWinograd(
  x: usize, w: usize, b: usize, y: usize, scratch: usize,
  n: i32, h: i32, wd: i32, c: i32, k: i32,
  padTop: i32, padLeft: i32, oh: i32, ow: i32, relu: i32,
): void {
  winograd(x, w, b, y, 0, scratch, n, h, wd, c, k, padTop, padLeft, oh, ow, relu);
}

/**
 * conv2dBackwardInput for 3×3, stride 1: dx (N,H,W,C) from dy (N,OH,OW,K) and w (3,3,C,K);
 * scratch: winogradBackwardScratchFloats(C, K) f32; mask ≠ 0: dx = mask > 0 ? dx : 0. Writes dx.
 */
export function conv2dBackwardInputWinograd(
  dy: usize, w: usize, scratch: usize, dx: usize, mask: usize,
  n: i32, h: i32, wd: i32, c: i32, k: i32,
  padTop: i32, padLeft: i32, oh: i32, ow: i32,
): void {
  transposeFilter(w, scratch, 3, 3, c, k); // wT (3,3,K,C)
  const rest = scratch + (<usize>(9 * c * k) << 2);
  winograd(dy, scratch, 0, dx, mask, rest, n, oh, ow, k, c, 2 - padTop, 2 - padLeft, h, wd, 0);
}

/** y (N,OH,OW,K) = act(b + x (N,H,W,C) ⋆ g (3,3,C,K)), masked by `mask` (N,OH,OW,K) when ≠ 0. */
function winograd(
  x: usize, g: usize, b: usize, y: usize, mask: usize, scratch: usize,
  n: i32, h: i32, wd: i32, c: i32, k: i32,
  padTop: i32, padLeft: i32, oh: i32, ow: i32, relu: i32,
): void {
  const cBytes = <usize>c << 2, kBytes = <usize>k << 2;
  const uStride = planeBytes(c, k), vStride = planeBytes(TILE_BLOCK, c), mStride = planeBytes(TILE_BLOCK, k);
  const u = scratch, v = u + 16 * uStride, m = v + 16 * vStride, staging = m + 16 * mStride;
  transformFilter(g, u, uStride, c, k);
  const tilesX = (ow + 1) >> 1, perImage = ((oh + 1) >> 1) * tilesX, total = n * perImage;
  const xImageBytes = <usize>(h * wd) * cBytes, yImageBytes = <usize>(oh * ow) * kBytes;
  for (let t0 = 0; t0 < total; t0 += TILE_BLOCK) {
    const count = min(TILE_BLOCK, total - t0);
    for (let i = 0; i < count; i++) {
      const t = t0 + i, img = t / perImage, r = t % perImage;
      const iy = ((r / tilesX) << 1) - padTop, ix = ((r % tilesX) << 1) - padLeft;
      transformInput(x + <usize>img * xImageBytes, v + <usize>i * cBytes, vStride, staging, iy, ix, h, wd, c);
    }
    for (let e = 0; e < 16; e++) {
      const ve = v + <usize>e * vStride;
      line(ve, u + <usize>e * uStride, 0, m + <usize>e * mStride, 0, count, 1, c, 0, 0, cBytes, kBytes, k, 0);
    }
    for (let i = 0; i < count; i++) {
      const t = t0 + i, img = t / perImage, r = t % perImage;
      const oy = (r / tilesX) << 1, ox = (r % tilesX) << 1;
      const at = <usize>img * yImageBytes + <usize>(oy * ow + ox) * kBytes;
      transformOutput(m + <usize>i * kBytes, mStride, b, y + at, mask ? mask + at : 0, oy, ox, oh, ow, k, relu);
    }
  }
}

/** U[e][c][k] = (G g Gᵀ)[e] for every input channel c and f32x4 of output channels. */
function transformFilter(g: usize, u: usize, uStride: usize, c: i32, k: i32): void {
  const kBytes = <usize>k << 2, tapBytes = <usize>c * kBytes;
  const half = f32x4.splat(0.5);
  for (let ch = 0; ch < c; ch++) {
    for (let kk = 0; kk < k; kk += 4) {
      const at = <usize>ch * kBytes + (<usize>min(kk, k - 4) << 2);
      const p = g + at;
      // rows of g (3 taps each) → rows of G g (4), then columns → (G g) Gᵀ
      const g00 = v128.load(p), g01 = v128.load(p + tapBytes), g02 = v128.load(p + 2 * tapBytes);
      const g10 = v128.load(p + 3 * tapBytes), g11 = v128.load(p + 4 * tapBytes), g12 = v128.load(p + 5 * tapBytes);
      const g20 = v128.load(p + 6 * tapBytes), g21 = v128.load(p + 7 * tapBytes), g22 = v128.load(p + 8 * tapBytes);
      const q = u + at;
      filterRow(q, uStride, g00, g01, g02, half);
      filterRow(q + 4 * uStride, uStride, halfSum(g00, g10, g20, half), halfSum(g01, g11, g21, half), halfSum(g02, g12, g22, half), half);
      filterRow(q + 8 * uStride, uStride, halfDiff(g00, g10, g20, half), halfDiff(g01, g11, g21, half), halfDiff(g02, g12, g22, half), half);
      filterRow(q + 12 * uStride, uStride, g20, g21, g22, half);
    }
  }
}

/** (a + b + c) / 2 */
// @ts-ignore: decorator
@inline function halfSum(a: v128, b: v128, c: v128, half: v128): v128 {
  return f32x4.mul(f32x4.add(f32x4.add(a, b), c), half);
}

/** (a − b + c) / 2 */
// @ts-ignore: decorator
@inline function halfDiff(a: v128, b: v128, c: v128, half: v128): v128 {
  return f32x4.mul(f32x4.add(f32x4.sub(a, b), c), half);
}

/** One row of (G g) times Gᵀ: [t0, (t0 + t1 + t2)/2, (t0 − t1 + t2)/2, t2] at e = 4i … 4i + 3. */
// @ts-ignore: decorator
@inline function filterRow(q: usize, uStride: usize, t0: v128, t1: v128, t2: v128, half: v128): void {
  v128.store(q, t0);
  v128.store(q + uStride, halfSum(t0, t1, t2, half));
  v128.store(q + 2 * uStride, halfDiff(t0, t1, t2, half));
  v128.store(q + 3 * uStride, t2);
}

/**
 * V[e][tile][c] = (Bᵀ d B)[e] for the 4×4 patch at input row iy, column ix (may reach into the
 * zero padding) and every f32x4 of channels.
 */
export function transformInput(xImage: usize, vTile: usize, vStride: usize, staging: usize, iy: i32, ix: i32, h: i32, wd: i32, c: i32): void {
  const cBytes = <usize>c << 2;
  if (iy >= 0 && iy + 4 <= h && ix >= 0 && ix + 4 <= wd) {
    const first = xImage + <usize>(iy * wd + ix) * cBytes, rowBytes = <usize>wd * cBytes;
    for (let ch = 0; ch < c; ch += 4) {
      const cc = <usize>min(ch, c - 4) << 2;
      inputPatch(first + cc, rowBytes, cBytes, vTile + cc, vStride);
    }
    return;
  }
  // A border patch: rows and columns outside the image read the nearest one inside (their offsets
  // clamped, so no load leaves the buffer) and are zeroed by a mask; the offsets and masks are
  // worked out once per tile, then each f32x4 of channels is 16 loads, masks and stores.
  const rowBytes = <usize>wd * cBytes;
  const r0 = <usize>clampTo(iy, h) * rowBytes, r1 = <usize>clampTo(iy + 1, h) * rowBytes;
  const r2 = <usize>clampTo(iy + 2, h) * rowBytes, r3 = <usize>clampTo(iy + 3, h) * rowBytes;
  const c0 = <usize>clampTo(ix, wd) * cBytes, c1 = <usize>clampTo(ix + 1, wd) * cBytes;
  const c2 = <usize>clampTo(ix + 2, wd) * cBytes, c3 = <usize>clampTo(ix + 3, wd) * cBytes;
  const rm0 = insideMask(iy, h), rm1 = insideMask(iy + 1, h), rm2 = insideMask(iy + 2, h), rm3 = insideMask(iy + 3, h);
  const cm0 = insideMask(ix, wd), cm1 = insideMask(ix + 1, wd), cm2 = insideMask(ix + 2, wd), cm3 = insideMask(ix + 3, wd);
  for (let ch = 0; ch < c; ch += 4) {
    const cc = <usize>min(ch, c - 4) << 2;
    const p = xImage + cc;
    stageRow(staging, p + r0, rm0, c0, c1, c2, c3, cm0, cm1, cm2, cm3);
    stageRow(staging + 64, p + r1, rm1, c0, c1, c2, c3, cm0, cm1, cm2, cm3);
    stageRow(staging + 128, p + r2, rm2, c0, c1, c2, c3, cm0, cm1, cm2, cm3);
    stageRow(staging + 192, p + r3, rm3, c0, c1, c2, c3, cm0, cm1, cm2, cm3);
    inputPatch(staging, 64, 16, vTile + cc, vStride);
  }
}

// @ts-ignore: decorator
@inline function clampTo(i: i32, size: i32): i32 {
  return min(max(i, 0), size - 1);
}

/** All ones when 0 ≤ i < size, else all zeros. */
// @ts-ignore: decorator
@inline function insideMask(i: i32, size: i32): v128 {
  return i32x4.splat(i >= 0 && i < size ? -1 : 0);
}

/** One staged patch row: the 4 columns of the row at `row`, each kept where row and column are inside. */
// @ts-ignore: decorator
@inline function stageRow(
  to: usize, row: usize, rowMask: v128, c0: usize, c1: usize, c2: usize, c3: usize,
  cm0: v128, cm1: v128, cm2: v128, cm3: v128,
): void {
  v128.store(to, v128.and(v128.load(row + c0), v128.and(rowMask, cm0)));
  v128.store(to, v128.and(v128.load(row + c1), v128.and(rowMask, cm1)), 16);
  v128.store(to, v128.and(v128.load(row + c2), v128.and(rowMask, cm2)), 32);
  v128.store(to, v128.and(v128.load(row + c3), v128.and(rowMask, cm3)), 48);
}

/** Bᵀ d B of one f32x4 of channels: d[r][s] at p + r·rowBytes + s·colBytes; V[e] at q + e·vStride. */
// @ts-ignore: decorator
@inline function inputPatch(p: usize, rowBytes: usize, colBytes: usize, q: usize, vStride: usize): void {
  // column by column of d B: column 0 = d·0 − d·2, 1 = d·1 + d·2, 2 = d·2 − d·1, 3 = d·1 − d·3;
  // then Bᵀ down each column: rows 0 − 2, 1 + 2, 2 − 1, 1 − 3
  const p1 = p + rowBytes, p2 = p + 2 * rowBytes, p3 = p + 3 * rowBytes;
  const c1 = colBytes, c2 = colBytes * 2, c3 = colBytes * 3;
  columnOut(q, vStride,
    f32x4.sub(v128.load(p), v128.load(p + c2)), f32x4.sub(v128.load(p1), v128.load(p1 + c2)),
    f32x4.sub(v128.load(p2), v128.load(p2 + c2)), f32x4.sub(v128.load(p3), v128.load(p3 + c2)));
  const a1 = v128.load(p + c1), a2 = v128.load(p + c2), b1 = v128.load(p1 + c1), b2 = v128.load(p1 + c2);
  const d1 = v128.load(p2 + c1), d2 = v128.load(p2 + c2), e1 = v128.load(p3 + c1), e2 = v128.load(p3 + c2);
  columnOut(q + vStride, vStride, f32x4.add(a1, a2), f32x4.add(b1, b2), f32x4.add(d1, d2), f32x4.add(e1, e2));
  columnOut(q + 2 * vStride, vStride, f32x4.sub(a2, a1), f32x4.sub(b2, b1), f32x4.sub(d2, d1), f32x4.sub(e2, e1));
  columnOut(q + 3 * vStride, vStride,
    f32x4.sub(a1, v128.load(p + c3)), f32x4.sub(b1, v128.load(p1 + c3)),
    f32x4.sub(d1, v128.load(p2 + c3)), f32x4.sub(e1, v128.load(p3 + c3)));
}

/** Bᵀ applied to one column (t0..t3 down the rows) of d B, stored at e = j, j + 4, j + 8, j + 12. */
// @ts-ignore: decorator
@inline function columnOut(q: usize, vStride: usize, t0: v128, t1: v128, t2: v128, t3: v128): void {
  v128.store(q, f32x4.sub(t0, t2));
  v128.store(q + 4 * vStride, f32x4.add(t1, t2));
  v128.store(q + 8 * vStride, f32x4.sub(t2, t1));
  v128.store(q + 12 * vStride, f32x4.sub(t1, t3));
}

/**
 * The tile's 2×2 output pixels at (oy, ox) from M[e][tile][:]: Aᵀ M A, plus bias, ReLU or the
 * mask, for every f32x4 of output channels; pixels past OH/OW are dropped.
 */
function transformOutput(mTile: usize, mStride: usize, b: usize, y: usize, mask: usize, oy: i32, ox: i32, oh: i32, ow: i32, k: i32, relu: i32): void {
  const kBytes = <usize>k << 2, rowBytes = <usize>ow * kBytes;
  const down = oy + 1 < oh, right = ox + 1 < ow;
  const zero = f32x4.splat(0);
  for (let kk = 0; kk < k; kk += 4) {
    const kc = <usize>min(kk, k - 4) << 2;
    const q = mTile + kc;
    // Aᵀ down each column j: s_j = m0j + m1j + m2j, d_j = m1j − m2j − m3j
    let s0: v128, s1: v128, s2: v128, s3: v128, d0: v128, d1: v128, d2: v128, d3: v128;
    {
      const m0 = v128.load(q), m1 = v128.load(q + 4 * mStride), m2 = v128.load(q + 8 * mStride), m3 = v128.load(q + 12 * mStride);
      s0 = f32x4.add(f32x4.add(m0, m1), m2); d0 = f32x4.sub(f32x4.sub(m1, m2), m3);
    }
    {
      const m0 = v128.load(q + mStride), m1 = v128.load(q + 5 * mStride), m2 = v128.load(q + 9 * mStride), m3 = v128.load(q + 13 * mStride);
      s1 = f32x4.add(f32x4.add(m0, m1), m2); d1 = f32x4.sub(f32x4.sub(m1, m2), m3);
    }
    {
      const m0 = v128.load(q + 2 * mStride), m1 = v128.load(q + 6 * mStride), m2 = v128.load(q + 10 * mStride), m3 = v128.load(q + 14 * mStride);
      s2 = f32x4.add(f32x4.add(m0, m1), m2); d2 = f32x4.sub(f32x4.sub(m1, m2), m3);
    }
    {
      const m0 = v128.load(q + 3 * mStride), m1 = v128.load(q + 7 * mStride), m2 = v128.load(q + 11 * mStride), m3 = v128.load(q + 15 * mStride);
      s3 = f32x4.add(f32x4.add(m0, m1), m2); d3 = f32x4.sub(f32x4.sub(m1, m2), m3);
    }
    // then A along each row: [t0 + t1 + t2, t1 − t2 − t3]
    const bias = b ? v128.load(b + kc) : zero;
    const at = y + kc, maskAt = mask ? mask + kc : 0;
    storeOut(at, maskAt, f32x4.add(f32x4.add(f32x4.add(s0, s1), s2), bias), relu);
    if (right) storeOut(at + kBytes, maskAt ? maskAt + kBytes : 0, f32x4.add(f32x4.sub(f32x4.sub(s1, s2), s3), bias), relu);
    if (down) {
      storeOut(at + rowBytes, maskAt ? maskAt + rowBytes : 0, f32x4.add(f32x4.add(f32x4.add(d0, d1), d2), bias), relu);
      if (right) storeOut(at + rowBytes + kBytes, maskAt ? maskAt + rowBytes + kBytes : 0, f32x4.add(f32x4.sub(f32x4.sub(d1, d2), d3), bias), relu);
    }
  }
}

/** Stores a, after ReLU (relu ≠ 0) or the mask (mask ≠ 0: a where mask > 0, else 0). */
// @ts-ignore: decorator
@inline function storeOut(at: usize, mask: usize, a: v128, relu: i32): void {
  const zero = f32x4.splat(0);
  if (relu) a = f32x4.max(a, zero);
  if (mask) a = v128.and(a, f32x4.gt(v128.load(mask), zero));
  v128.store(at, a);
}
