// conv2dBackwardFilter — x (N,H,W,C) dy (N,OH,OW,K) dw (KH,KW,C,K). Writes dw.
//   dw[ky,kx,c,:] = Σ over n, oy, ox of x[n, oy·SH − padTop + ky, ox·SW − padLeft + kx, c] · dy[n, oy, ox, :]
// A GEMM: dw (taps·C × K) = patchesᵀ (taps·C × pixels) · dy (pixels × K), the patches never built.
// Pixels are swept in blocks (output rows × one column segment, all reading the same taps, see
// conv2d-taps.ts; up to BLOCK_PIXELS) that every register tile of dw passes over: a tile is
// loaded from dw, accumulated over the block, stored back.
//
// Tiles (dw rows × output channels): f32 4×8 (8 f32x4 accumulators; per pixel 4 x splats + 2 dy
// loads feed 8 multiply-adds), 4×4, and the last taps·C mod 4 rows as one 3- or 2-row tile (a
// C = 1 first layer with a 1×3 filter is all one such tile), or as 1×8 / 1×4 (these sum 2 or 4
// pixels at a time in the idle accumulators, so they do not wait on one multiply-add after
// another). K mod 8 is covered by f32x4 at K − 4 whose dy is masked to their new lanes: 5–7 left
// as the second f32x4 of a ×8 tile, 1–3 as a ×4 tile; K < 4 goes scalar. dw is zeroed first,
// then every block adds into it. A 1×1, stride-1 conv into K < 16 filters, K mod 8 ≠ 0 (a dense
// layer into a few units) takes conv2d-backward-filter-narrow.ts.
import { madd } from './simd';
import { segmentEnd, tailMask, tapEnd, tapStart } from './conv2d-taps';
import { zeroBytes } from './util';
import { backwardFilterNarrow } from './conv2d-backward-filter-narrow';

/**
 * Pixels per block, at most (whole output rows): every dw tile is loaded and stored once per block,
 * so blocks are large; 1,024 pixels of x and dy stay in L2 for C, K ≤ 64.
 */
const BLOCK_PIXELS = 1024;

export function conv2dBackwardFilter(
  x: usize, dy: usize, dw: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  if (kh == 1 && kw == 1 && strideH == 1 && strideW == 1 && oh == h && ow == wd && (k & 7) != 0 && k < 16) {
    backwardFilterNarrow(x, dy, dw, n * h * wd, c, k); // 1×1 into few filters: a dense layer into a few units
    return;
  }
  zeroBytes(dw, <usize>(kh * kw * c * k) << 2);
  const xImageBytes = <usize>(h * wd * c) << 2, dyImageBytes = <usize>(oh * ow * k) << 2;
  for (let img = 0; img < n; img++) {
    const xImage = x + <usize>img * xImageBytes, dyImage = dy + <usize>img * dyImageBytes;
    for (let oy = 0; oy < oh;) {
      const ky0 = tapStart(oy, strideH, padTop), ky1 = tapEnd(oy, strideH, padTop, kh, h);
      const oyEnd = min(segmentEnd(oy, oh, strideH, padTop, kh, h), oy + max(1, BLOCK_PIXELS / ow));
      for (let ox = 0; ox < ow && ky0 < ky1;) {
        const kx0 = tapStart(ox, strideW, padLeft), kx1 = tapEnd(ox, strideW, padLeft, kw, wd);
        const oxEnd = segmentEnd(ox, ow, strideW, padLeft, kw, wd);
        if (kx0 < kx1) {
          accumulateBlock(
            xImage, dyImage, dw, oy, oyEnd - oy, ox, oxEnd - ox, ky0, ky1, kx0, kx1,
            wd, c, kw, k, strideH, strideW, padTop, padLeft, ow,
          );
        }
        ox = oxEnd;
      }
      oy = oyEnd;
    }
  }
}

/**
 * dw[ky0..ky1, kx0..kx1, :, :] += the products of one pixel block: output rows oy..oy+rows,
 * columns ox..ox+cols of one image. Its dw rows (ky, kx, c) are taken four at a time in
 * (ky, kx, c) order; each has its own offset into a pixel's patch (xOff) and its own dw row.
 */
function accumulateBlock(
  xImage: usize, dyImage: usize, dw: usize,
  oy: i32, rows: i32, ox: i32, cols: i32, ky0: i32, ky1: i32, kx0: i32, kx1: i32,
  wd: i32, c: i32, kw: i32, k: i32, strideH: i32, strideW: i32, padTop: i32, padLeft: i32, ow: i32,
): void {
  // x of tap (0, 0), channel 0 for the block's first pixel (may lie before the image: only
  // base + xOff of a valid tap is ever dereferenced, and usize arithmetic wraps)
  const xBase = xImage + (<usize>(((oy * strideH - padTop) * wd + ox * strideW - padLeft) * c) << 2);
  const dyBase = dyImage + (<usize>((oy * ow + ox) * k) << 2);
  const xRowStep = <usize>(strideH * wd * c) << 2, xColStep = <usize>(strideW * c) << 2;
  const dyRowStep = <usize>(ow * k) << 2, dyColStep = <usize>k << 2;
  const spanX = kx1 - kx0, count = (ky1 - ky0) * spanX * c;
  if (k < 4) { // too few channels for an f32x4: one scalar sum per dw element
    for (let q = 0; q < count; q++) {
      const xOff = patchOffset(q, kx0, ky0, spanX, c, wd), dwRow = dw + dwRowOffset(q, kx0, ky0, spanX, c, kw, k);
      for (let kk = 0; kk < k; kk++) {
        let s = load<f32>(dwRow + (<usize>kk << 2));
        let xRow = xBase + xOff, dyRow = dyBase + (<usize>kk << 2);
        for (let r = 0; r < rows; r++, xRow += xRowStep, dyRow += dyRowStep) {
          let xp = xRow, dyp = dyRow;
          for (let i = 0; i < cols; i++, xp += xColStep, dyp += dyColStep) s += load<f32>(xp) * load<f32>(dyp);
        }
        store<f32>(dwRow + (<usize>kk << 2), s);
      }
    }
    return;
  }
  let q = 0;
  for (; q + 4 <= count; q += 4) {
    rowGroup(4, q, xBase, dyBase, dw, kx0, ky0, spanX, c, wd, kw, k, rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
  }
  // the last taps·C mod 4 rows as one group (C = 1 first layers: all of a 1×3 filter's 3 rows)
  const left = count - q;
  if (left == 3) rowGroup(3, q, xBase, dyBase, dw, kx0, ky0, spanX, c, wd, kw, k, rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
  else if (left == 2) rowGroup(2, q, xBase, dyBase, dw, kx0, ky0, spanX, c, wd, kw, k, rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
  else if (left == 1) rowGroup(1, q, xBase, dyBase, dw, kx0, ky0, spanX, c, wd, kw, k, rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
}

/**
 * R dw rows from row q on (R a constant at each call site) × all K: blocks of 8, then what is
 * left: 5–7 as a ×8 tile whose second f32x4 sits at K − 4 with dy masked to its new lanes, 4 as a
 * ×4 tile, 1–3 as a masked ×4 tile at K − 4. K ≥ 4.
 */
// @ts-ignore: decorator
@inline function rowGroup(
  R: i32, q: i32, xBase: usize, dyBase: usize, dw: usize, kx0: i32, ky0: i32, spanX: i32, c: i32, wd: i32, kw: i32, k: i32,
  rows: i32, cols: i32, xRowStep: usize, xColStep: usize, dyRowStep: usize, dyColStep: usize,
): void {
  const xOff0 = patchOffset(q, kx0, ky0, spanX, c, wd), dw0 = dw + dwRowOffset(q, kx0, ky0, spanX, c, kw, k);
  const xOff1 = R > 1 ? patchOffset(q + 1, kx0, ky0, spanX, c, wd) : 0, dw1 = R > 1 ? dw + dwRowOffset(q + 1, kx0, ky0, spanX, c, kw, k) : 0;
  const xOff2 = R > 2 ? patchOffset(q + 2, kx0, ky0, spanX, c, wd) : 0, dw2 = R > 2 ? dw + dwRowOffset(q + 2, kx0, ky0, spanX, c, kw, k) : 0;
  const xOff3 = R > 3 ? patchOffset(q + 3, kx0, ky0, spanX, c, wd) : 0, dw3 = R > 3 ? dw + dwRowOffset(q + 3, kx0, ky0, spanX, c, kw, k) : 0;
  const kBytes = <usize>k << 2;
  let ko: usize = 0;
  for (; ko + 32 <= kBytes; ko += 32) {
    f32_dwtile_wasmsimd(R, 2, 16, 4, 4, xBase, xOff0, xOff1, xOff2, xOff3, dyBase + ko, dw0 + ko, dw1 + ko, dw2 + ko, dw3 + ko,
      rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
  }
  const left = <i32>(kBytes - ko) >> 2;
  if (left > 4) {
    f32_dwtile_wasmsimd(R, 2, kBytes - 16 - ko, 4, left - 4, xBase, xOff0, xOff1, xOff2, xOff3, dyBase + ko, dw0 + ko, dw1 + ko, dw2 + ko, dw3 + ko,
      rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
  } else if (left > 0) {
    ko = kBytes - 16;
    f32_dwtile_wasmsimd(R, 1, 16, left, 4, xBase, xOff0, xOff1, xOff2, xOff3, dyBase + ko, dw0 + ko, dw1 + ko, dw2 + ko, dw3 + ko,
      rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
  }
}

// Row q of a block's dw rows, in (ky, kx, ch) order over ky0.., kx0..kx0+spanX, all C channels:
/** its byte offset into a pixel's patch (relative to tap (0, 0), channel 0) */
// @ts-ignore: decorator
@inline function patchOffset(q: i32, kx0: i32, ky0: i32, spanX: i32, c: i32, wd: i32): usize {
  const t = q / c;
  return <usize>((((ky0 + t / spanX) * wd + kx0 + t % spanX) * c + q % c) << 2);
}

/** its byte offset into dw (KH,KW,C,K) */
// @ts-ignore: decorator
@inline function dwRowOffset(q: i32, kx0: i32, ky0: i32, spanX: i32, c: i32, kw: i32, k: i32): usize {
  const t = q / c;
  return <usize>(((((ky0 + t / spanX) * kw + kx0 + t % spanX) * c + q % c) * k) << 2);
}

/**
 * One register tile of dw: R rows (1–4; dw rows dw0..dw3, patch offsets xOff0..xOff3) × V f32x4
 * of output channels (V = 1 or 2; the second `second` bytes after the first), accumulated over
 * rows × cols pixels (loaded from dw, stored back). keep0 / keep1 < 4: only the last keep lanes
 * of that f32x4 are new (it overlaps the previous one), so its dy is masked to them. R, V and
 * (usually) second, keep0, keep1 are constants at every call site: each call inlines to a
 * branch-free loop.
 */
// @ts-ignore: decorator
@inline function f32_dwtile_wasmsimd(
  R: i32, V: i32, second: usize, keep0: i32, keep1: i32,
  xBase: usize, xOff0: usize, xOff1: usize, xOff2: usize, xOff3: usize,
  dyBase: usize, dw0: usize, dw1: usize, dw2: usize, dw3: usize,
  rows: i32, cols: i32, xRowStep: usize, xColStep: usize, dyRowStep: usize, dyColStep: usize,
): void {
  const zero = f32x4.splat(0);
  const mask0 = tailMask(keep0), mask1 = tailMask(keep1);
  let a00 = v128.load(dw0), a01 = V > 1 ? loadSecond(dw0, second) : zero;
  let a10 = R > 1 ? v128.load(dw1) : zero, a11 = R > 1 && V > 1 ? loadSecond(dw1, second) : zero;
  let a20 = R > 2 ? v128.load(dw2) : zero, a21 = R > 2 && V > 1 ? loadSecond(dw2, second) : zero;
  let a30 = R > 3 ? v128.load(dw3) : zero, a31 = R > 3 && V > 1 ? loadSecond(dw3, second) : zero;
  let xRow = xBase, dyRow = dyBase;
  for (let r = 0; r < rows; r++, xRow += xRowStep, dyRow += dyRowStep) {
    let xp = xRow, dyp = dyRow, i = 0;
    if (R == 1) {
      // one dw row: the idle row accumulators take the next pixels, so 4 chains (V = 1) or
      // 4 (2 pixels × V = 2) run at once instead of waiting on one multiply-add after another
      const pixels = V > 1 ? 2 : 4;
      for (; i + pixels <= cols; i += pixels, xp += xColStep * pixels, dyp += dyColStep * pixels) {
        let d0 = v128.load(dyp), e0 = v128.load(dyp + dyColStep);
        if (keep0 < 4) { d0 = v128.and(d0, mask0); e0 = v128.and(e0, mask0); }
        const x0 = v128.load32_splat(xp + xOff0), x1 = v128.load32_splat(xp + xColStep + xOff0);
        a00 = madd(x0, d0, a00);
        a10 = madd(x1, e0, a10);
        if (V > 1) {
          let d1 = loadSecond(dyp, second), e1 = loadSecond(dyp + dyColStep, second);
          if (keep1 < 4) { d1 = v128.and(d1, mask1); e1 = v128.and(e1, mask1); }
          a01 = madd(x0, d1, a01);
          a11 = madd(x1, e1, a11);
        } else {
          let f0 = v128.load(dyp + 2 * dyColStep), g0 = v128.load(dyp + 3 * dyColStep);
          if (keep0 < 4) { f0 = v128.and(f0, mask0); g0 = v128.and(g0, mask0); }
          a20 = madd(v128.load32_splat(xp + 2 * xColStep + xOff0), f0, a20);
          a30 = madd(v128.load32_splat(xp + 3 * xColStep + xOff0), g0, a30);
        }
      }
    }
    for (; i < cols; i++, xp += xColStep, dyp += dyColStep) {
      let d0 = v128.load(dyp);
      if (keep0 < 4) d0 = v128.and(d0, mask0);
      let d1 = V > 1 ? loadSecond(dyp, second) : zero;
      if (V > 1 && keep1 < 4) d1 = v128.and(d1, mask1);
      const x0 = v128.load32_splat(xp + xOff0);
      a00 = madd(x0, d0, a00);
      if (V > 1) a01 = madd(x0, d1, a01);
      if (R > 1) {
        const x1 = v128.load32_splat(xp + xOff1);
        a10 = madd(x1, d0, a10);
        if (V > 1) a11 = madd(x1, d1, a11);
      }
      if (R > 2) {
        const x2 = v128.load32_splat(xp + xOff2);
        a20 = madd(x2, d0, a20);
        if (V > 1) a21 = madd(x2, d1, a21);
      }
      if (R > 3) {
        const x3 = v128.load32_splat(xp + xOff3);
        a30 = madd(x3, d0, a30);
        if (V > 1) a31 = madd(x3, d1, a31);
      }
    }
  }
  if (R == 1) {
    a00 = f32x4.add(f32x4.add(a00, a10), f32x4.add(a20, a30));
    a01 = f32x4.add(a01, a11);
  }
  // second f32x4 first: where it overlaps the first, its lanes still hold dw's old values, which
  // the first f32x4 then overwrites with the new sums
  if (V > 1) storeSecond(dw0, second, a01);
  v128.store(dw0, a00);
  if (R > 1) { if (V > 1) storeSecond(dw1, second, a11); v128.store(dw1, a10); }
  if (R > 2) { if (V > 1) storeSecond(dw2, second, a21); v128.store(dw2, a20); }
  if (R > 3) { if (V > 1) storeSecond(dw3, second, a31); v128.store(dw3, a30); }
}

/** The second f32x4 of a tile: at +16 (an immediate offset) or overlapping the first. */
// @ts-ignore: decorator
@inline function loadSecond(p: usize, second: usize): v128 {
  return second == 16 ? v128.load(p, 16) : v128.load(p + second);
}

// @ts-ignore: decorator
@inline function storeSecond(p: usize, second: usize, a: v128): void {
  if (second == 16) v128.store(p, a, 16);
  else v128.store(p + second, a);
}
