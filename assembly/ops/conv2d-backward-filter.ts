// conv2dBackwardFilter — x (N,H,W,C) dy (N,OH,OW,K) dw (KH,KW,C,K). Writes dw.
//   dw[ky,kx,c,:] = Σ over n, oy, ox of x[n, oy·SH − padTop + ky, ox·SW − padLeft + kx, c] · dy[n, oy, ox, :]
// A GEMM: dw (taps·C × K) = patchesᵀ (taps·C × pixels) · dy (pixels × K), the patches never built.
// Pixels are swept in blocks (output rows × one column segment, all reading the same taps, see
// conv2d-taps.ts; up to BLOCK_PIXELS) that every register tile of dw passes over: a tile is
// loaded from dw, accumulated over the block, stored back.
//
// Tiles (dw rows × output channels): f32 4×8 (8 f32x4 accumulators; per pixel 4 x splats + 2 dy
// loads feed 8 multiply-adds), 4×4, and 1×8 / 1×4 for the last taps·C mod 4 rows (these sum 2 or
// 4 pixels at a time in the idle accumulators, so they do not wait on one multiply-add after
// another). K mod 4 is covered by one more f32x4 at K − 4 whose dy is masked to the new lanes;
// K < 4 goes scalar. dw is zeroed first, then every block adds into it.
import { madd } from './simd';
import { segmentEnd, tailMask, tapEnd, tapStart } from './conv2d-taps';
import { zeroBytes } from './util';

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
  const tailKo = (<usize>k << 2) - 16, tailKeep = k & 3; // the masked f32x4 at K − 4 when K mod 4 ≠ 0
  let q = 0;
  for (; q + 4 <= count; q += 4) {
    const xOff0 = patchOffset(q, kx0, ky0, spanX, c, wd), dw0 = dw + dwRowOffset(q, kx0, ky0, spanX, c, kw, k);
    const xOff1 = patchOffset(q + 1, kx0, ky0, spanX, c, wd), dw1 = dw + dwRowOffset(q + 1, kx0, ky0, spanX, c, kw, k);
    const xOff2 = patchOffset(q + 2, kx0, ky0, spanX, c, wd), dw2 = dw + dwRowOffset(q + 2, kx0, ky0, spanX, c, kw, k);
    const xOff3 = patchOffset(q + 3, kx0, ky0, spanX, c, wd), dw3 = dw + dwRowOffset(q + 3, kx0, ky0, spanX, c, kw, k);
    let kk = 0;
    for (; kk + 8 <= k; kk += 8) {
      const ko = <usize>kk << 2;
      f32_dwtile_wasmsimd(4, 2, false, xBase, xOff0, xOff1, xOff2, xOff3, dyBase + ko, dw0 + ko, dw1 + ko, dw2 + ko, dw3 + ko,
        rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
    }
    if (kk + 4 <= k) {
      const ko = <usize>kk << 2;
      f32_dwtile_wasmsimd(4, 1, false, xBase, xOff0, xOff1, xOff2, xOff3, dyBase + ko, dw0 + ko, dw1 + ko, dw2 + ko, dw3 + ko,
        rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
    }
    if (tailKeep) {
      f32_dwtile_wasmsimd(4, 1, true, xBase, xOff0, xOff1, xOff2, xOff3, dyBase + tailKo, dw0 + tailKo, dw1 + tailKo, dw2 + tailKo, dw3 + tailKo,
        rows, cols, xRowStep, xColStep, dyRowStep, dyColStep, tailKeep);
    }
  }
  for (; q < count; q++) { // the last taps·C mod 4 rows, one at a time
    const xOff = patchOffset(q, kx0, ky0, spanX, c, wd), dwRow = dw + dwRowOffset(q, kx0, ky0, spanX, c, kw, k);
    let kk = 0;
    for (; kk + 8 <= k; kk += 8) {
      const ko = <usize>kk << 2;
      f32_dwtile_wasmsimd(1, 2, false, xBase, xOff, 0, 0, 0, dyBase + ko, dwRow + ko, 0, 0, 0,
        rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
    }
    if (kk + 4 <= k) {
      const ko = <usize>kk << 2;
      f32_dwtile_wasmsimd(1, 1, false, xBase, xOff, 0, 0, 0, dyBase + ko, dwRow + ko, 0, 0, 0,
        rows, cols, xRowStep, xColStep, dyRowStep, dyColStep);
    }
    if (tailKeep) {
      f32_dwtile_wasmsimd(1, 1, true, xBase, xOff, 0, 0, 0, dyBase + tailKo, dwRow + tailKo, 0, 0, 0,
        rows, cols, xRowStep, xColStep, dyRowStep, dyColStep, tailKeep);
    }
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
 * One register tile of dw: R rows (1 or 4; dw rows dw0..dw3, patch offsets xOff0..xOff3) × 4·V
 * output channels (V = 1 or 2 f32x4), accumulated over rows × cols pixels (loaded from dw, stored
 * back). `masked` (V = 1): the
 * f32x4 sits at K − 4 and only its last `keep` lanes are new. R, V and masked are constants at
 * every call site, so each call inlines to a branch-free loop.
 */
// @ts-ignore: decorator
@inline function f32_dwtile_wasmsimd(
  R: i32, V: i32, masked: bool,
  xBase: usize, xOff0: usize, xOff1: usize, xOff2: usize, xOff3: usize,
  dyBase: usize, dw0: usize, dw1: usize, dw2: usize, dw3: usize,
  rows: i32, cols: i32, xRowStep: usize, xColStep: usize, dyRowStep: usize, dyColStep: usize,
  keep: i32 = 4,
): void {
  const zero = f32x4.splat(0);
  const mask = masked ? tailMask(keep) : zero;
  let a00 = v128.load(dw0), a01 = V > 1 ? v128.load(dw0, 16) : zero;
  let a10 = R > 1 ? v128.load(dw1) : zero, a11 = R > 1 && V > 1 ? v128.load(dw1, 16) : zero;
  let a20 = R > 1 ? v128.load(dw2) : zero, a21 = R > 1 && V > 1 ? v128.load(dw2, 16) : zero;
  let a30 = R > 1 ? v128.load(dw3) : zero, a31 = R > 1 && V > 1 ? v128.load(dw3, 16) : zero;
  let xRow = xBase, dyRow = dyBase;
  for (let r = 0; r < rows; r++, xRow += xRowStep, dyRow += dyRowStep) {
    let xp = xRow, dyp = dyRow, i = 0;
    if (R == 1) {
      // one dw row: the idle row accumulators take the next pixels, so 4 chains (V = 1) or
      // 4 (2 pixels × V = 2) run at once instead of waiting on one multiply-add after another
      const pixels = V > 1 ? 2 : 4;
      for (; i + pixels <= cols; i += pixels, xp += xColStep * pixels, dyp += dyColStep * pixels) {
        let d0 = v128.load(dyp), e0 = v128.load(dyp + dyColStep);
        if (masked) { d0 = v128.and(d0, mask); e0 = v128.and(e0, mask); }
        const x0 = v128.load32_splat(xp + xOff0), x1 = v128.load32_splat(xp + xColStep + xOff0);
        a00 = madd(x0, d0, a00);
        a10 = madd(x1, e0, a10);
        if (V > 1) {
          a01 = madd(x0, v128.load(dyp, 16), a01);
          a11 = madd(x1, v128.load(dyp + dyColStep, 16), a11);
        } else {
          let f0 = v128.load(dyp + 2 * dyColStep), g0 = v128.load(dyp + 3 * dyColStep);
          if (masked) { f0 = v128.and(f0, mask); g0 = v128.and(g0, mask); }
          a20 = madd(v128.load32_splat(xp + 2 * xColStep + xOff0), f0, a20);
          a30 = madd(v128.load32_splat(xp + 3 * xColStep + xOff0), g0, a30);
        }
      }
    }
    for (; i < cols; i++, xp += xColStep, dyp += dyColStep) {
      let d0 = v128.load(dyp);
      if (masked) d0 = v128.and(d0, mask);
      const d1 = V > 1 ? v128.load(dyp, 16) : zero;
      const x0 = v128.load32_splat(xp + xOff0);
      a00 = madd(x0, d0, a00);
      if (V > 1) a01 = madd(x0, d1, a01);
      if (R > 1) {
        const x1 = v128.load32_splat(xp + xOff1);
        a10 = madd(x1, d0, a10);
        if (V > 1) a11 = madd(x1, d1, a11);
        const x2 = v128.load32_splat(xp + xOff2);
        a20 = madd(x2, d0, a20);
        if (V > 1) a21 = madd(x2, d1, a21);
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
  v128.store(dw0, a00); if (V > 1) v128.store(dw0, a01, 16);
  if (R > 1) {
    v128.store(dw1, a10); if (V > 1) v128.store(dw1, a11, 16);
    v128.store(dw2, a20); if (V > 1) v128.store(dw2, a21, 16);
    v128.store(dw3, a30); if (V > 1) v128.store(dw3, a31, 16);
  }
}
