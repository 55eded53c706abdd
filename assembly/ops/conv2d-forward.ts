// conv2dForward — x (N,H,W,C) w (KH,KW,C,K) b (K) y (N,OH,OW,K). Writes y.
//   y[n,oy,ox,:] = act(b + Σ over valid taps (ky,kx) and c of x[n, oy·SH − padTop + ky, ox·SW − padLeft + kx, c] · w[ky,kx,c,:])
// A GEMM with implicit im2col: y (pixels × K) = patches (pixels × taps·C) · w (taps·C × K). For
// one kernel row ky the valid taps kx0..kx1 and all C channels are one contiguous run in x and in
// w (w is K-contiguous), so a pixel's patch is (ky1 − ky0) runs of (kx1 − kx0)·C values:
//   x[n, iy, ix + kx0 + j/C, j%C] = xRun[j],   w[ky, kx0 + j/C, j%C, :] = wRun + j·K.
// Pixels are taken along an output row, inside one segment (same taps, see conv2d-taps.ts).
// The same GEMM computes the stride-1 input gradient from the flipped, transposed filter
// (conv2d-backward-input-transposed.ts); it then multiplies by a ReLU mask at the store.
//
// Tiles (pixels × output channels): f32 4×8 (8 f32x4 accumulators; per patch value 4 x splats +
// 2 w loads feed 8 multiply-adds), 2×8 and 1×8 for the last pixels of a segment, and the same
// with ×4. Bias initialises the accumulators, ReLU (or the mask) is applied before the store.
// K mod 8 is covered by overlapping f32x4: 5–7 channels left take a ×8 tile whose second f32x4
// sits at K − 4, 1–3 left a ×4 tile at K − 4 (both recompute and rewrite up to 3 channels with
// identical values); K < 4 uses the scalar per-pixel path.
// (Larger tiles — 5×8, 6×8 — or an unrolled run make V8 spill accumulators and run at about half
// the speed; 4×8 is the largest tile its register allocator keeps in registers.)
import { madd } from './simd';
import { segmentEnd, tapEnd, tapStart } from './conv2d-taps';

export function conv2dForward(
  x: usize, w: usize, b: usize, y: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32, relu: i32,
): void {
  convolve(x, w, b, y, 0, n, h, wd, c, kh, kw, k, strideH, strideW, padTop, padLeft, oh, ow, relu);
}

/**
 * The forward GEMM with an optional mask (N,OH,OW,K) aligned with y: mask ≠ 0 writes
 * y = mask > 0 ? y : 0 (the ReLU backward of the layer below, when y is an input gradient).
 */
export function convolve(
  x: usize, w: usize, b: usize, y: usize, mask: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32, relu: i32,
): void {
  const xRowBytes = <usize>(wd * c) << 2, wRowBytes = <usize>(kw * c * k) << 2; // one input row, one ky of w
  const xColStep = <usize>(strideW * c) << 2, yPixelBytes = <usize>k << 2;
  const maskOffset = mask - y; // mask and y share their layout: mask = y + maskOffset (wraps; 0 unused)
  const xOutRowStep = <usize>strideH * xRowBytes, yRowBytes = <usize>ow * yPixelBytes; // one output row down
  for (let img = 0; img < n; img++) {
    const xImage = x + (<usize>(img * h * wd * c) << 2);
    for (let oy = 0; oy < oh;) {
      // output rows oy..oyEnd read the same kernel rows ky0..ky1 (and columns per segment)
      const ky0 = tapStart(oy, strideH, padTop), ky1 = tapEnd(oy, strideH, padTop, kh, h);
      const oyEnd = segmentEnd(oy, oh, strideH, padTop, kh, h);
      const yRow = y + (<usize>((img * oh + oy) * ow * k) << 2);
      for (let ox = 0; ox < ow;) {
        const kx0 = tapStart(ox, strideW, padLeft), kx1 = tapEnd(ox, strideW, padLeft, kw, wd);
        const oxEnd = segmentEnd(ox, ow, strideW, padLeft, kw, wd);
        // first patch value of the segment's first pixel: x[oy·SH − padTop + ky0, ox·SW − padLeft + kx0, 0]
        const xFirst = xImage + (<usize>(((oy * strideH - padTop + ky0) * wd + ox * strideW - padLeft + kx0) * c) << 2);
        const wFirst = w + (<usize>((ky0 * kw + kx0) * c * k) << 2);
        const rows = max(0, ky1 - ky0), run = max(0, kx1 - kx0) * c;
        segment(
          xFirst, wFirst, b, yRow + <usize>ox * yPixelBytes, mask ? maskOffset : 0, oyEnd - oy, oxEnd - ox,
          rows, run, xRowBytes, wRowBytes, xColStep, xOutRowStep, yRowBytes, k, relu,
        );
        ox = oxEnd;
      }
      oy = oyEnd;
    }
  }
}

/**
 * `outRows` × `pixels` output pixels (consecutive rows, consecutive columns) that read the same
 * taps (y: the first one). One call per such block keeps the per-call cost off small images.
 * Tiles run along the row; a block narrower than a tile (the first and last columns of a 'same'
 * conv, the border of a stride-1 input gradient) runs its tiles down the columns instead, so it
 * still takes 4 pixels per tile rather than 1 (a 1-pixel tile keeps 2 multiply-add chains busy).
 */
function segment(
  xFirst: usize, wFirst: usize, b: usize, y: usize, maskOffset: usize, outRows: i32, pixels: i32,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xColStep: usize, xOutRowStep: usize, yRowBytes: usize, k: i32, relu: i32,
): void {
  const yPixelBytes = <usize>k << 2;
  if (k < 4) {
    for (let o = 0; o < outRows; o++, xFirst += xOutRowStep, y += yRowBytes) {
      for (let p = 0; p < pixels; p++) {
        convPixelScalar(xFirst + <usize>p * xColStep, wFirst, b, y + <usize>p * yPixelBytes, maskOffset, rows, run, xRowBytes, wRowBytes, k, relu);
      }
    }
    return;
  }
  if (pixels < 4 && outRows >= 4) { // columns: `pixels` lines of outRows pixels, xOutRowStep / yRowBytes apart
    for (let p = 0; p < pixels; p++) line(xFirst + <usize>p * xColStep, wFirst, b, y + <usize>p * yPixelBytes, maskOffset, outRows, rows, run, xRowBytes, wRowBytes, xOutRowStep, yRowBytes, k, relu);
    return;
  }
  for (let o = 0; o < outRows; o++, xFirst += xOutRowStep, y += yRowBytes) {
    line(xFirst, wFirst, b, y, maskOffset, pixels, rows, run, xRowBytes, wRowBytes, xColStep, yPixelBytes, k, relu);
  }
}

/** `pixels` output pixels on a line: x `xStep`, y `yStep` bytes apart (along a row or down a column). */
// @ts-ignore: decorator
@inline export function line(
  x: usize, w: usize, b: usize, y: usize, maskOffset: usize, pixels: i32,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xStep: usize, yStep: usize, k: i32, relu: i32,
): void {
  let p = 0;
  for (; p + 4 <= pixels; p += 4) {
    channelBlocks(4, x + <usize>p * xStep, w, b, y + <usize>p * yStep, maskOffset, rows, run, xRowBytes, wRowBytes, xStep, yStep, k, relu);
  }
  if (p + 2 <= pixels) {
    channelBlocks(2, x + <usize>p * xStep, w, b, y + <usize>p * yStep, maskOffset, rows, run, xRowBytes, wRowBytes, xStep, yStep, k, relu);
    p += 2;
  }
  if (p < pixels) {
    channelBlocks(1, x + <usize>p * xStep, w, b, y + <usize>p * yStep, maskOffset, rows, run, xRowBytes, wRowBytes, xStep, yStep, k, relu);
  }
}

/** P pixels × all K channels: blocks of 8, then what is left (see the top of the file). K ≥ 4. */
// @ts-ignore: decorator
@inline function channelBlocks(
  P: i32, x: usize, w: usize, b: usize, y: usize, maskOffset: usize,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xStep: usize, yStep: usize, k: i32, relu: i32,
): void {
  const kBytes = <usize>k << 2;
  let ko: usize = 0;
  for (; ko + 32 <= kBytes; ko += 32) {
    f32_conv_tile_wasmsimd(P, 2, 16, x, w + ko, b ? b + ko : 0, y + ko, maskOffset, rows, run, xRowBytes, wRowBytes, xStep, yStep, kBytes, relu);
  }
  const left = kBytes - ko;
  if (left > 16) { // 5–7 channels: the second f32x4 at K − 4
    f32_conv_tile_wasmsimd(P, 2, left - 16, x, w + ko, b ? b + ko : 0, y + ko, maskOffset, rows, run, xRowBytes, wRowBytes, xStep, yStep, kBytes, relu);
  } else if (left > 0) { // 1–4 channels: one f32x4 ending at K
    ko = kBytes - 16;
    f32_conv_tile_wasmsimd(P, 1, 16, x, w + ko, b ? b + ko : 0, y + ko, maskOffset, rows, run, xRowBytes, wRowBytes, xStep, yStep, kBytes, relu);
  }
}

/**
 * One register tile: P pixels (1, 2 or 4; x advances by xStep per pixel, y by yStep) × V f32x4 of
 * output channels (V = 1 or 2; the second one `second` bytes after the first: 16, or less when it
 * overlaps it). P, V and (usually) second are constants at every call site, so each call inlines
 * to a loop without branches.
 */
// @ts-ignore: decorator
@inline function f32_conv_tile_wasmsimd(
  P: i32, V: i32, second: usize, x: usize, w: usize, b: usize, y: usize, maskOffset: usize,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xStep: usize, yStep: usize, kBytes: usize, relu: i32,
): void {
  const zero = f32x4.splat(0);
  const bias0 = b ? v128.load(b) : zero, bias1 = V > 1 && b ? v128.load(b + second) : zero;
  let a00 = bias0, a01 = bias1, a10 = bias0, a11 = bias1, a20 = bias0, a21 = bias1, a30 = bias0, a31 = bias1;
  const x1Offset = xStep, x2Offset = xStep * 2, x3Offset = xStep * 3;
  let xRow = x, wRow = w;
  for (let r = 0; r < rows; r++, xRow += xRowBytes, wRow += wRowBytes) {
    let xp = xRow, wp = wRow;
    for (let j = 0; j < run; j++, xp += 4, wp += kBytes) {
      const w0 = v128.load(wp), w1 = V > 1 ? (second == 16 ? v128.load(wp, 16) : v128.load(wp + second)) : zero;
      const x0 = v128.load32_splat(xp);
      a00 = madd(x0, w0, a00);
      if (V > 1) a01 = madd(x0, w1, a01);
      if (P > 1) {
        const x1 = v128.load32_splat(xp + x1Offset);
        a10 = madd(x1, w0, a10);
        if (V > 1) a11 = madd(x1, w1, a11);
      }
      if (P > 2) {
        const x2 = v128.load32_splat(xp + x2Offset);
        a20 = madd(x2, w0, a20);
        if (V > 1) a21 = madd(x2, w1, a21);
        const x3 = v128.load32_splat(xp + x3Offset);
        a30 = madd(x3, w0, a30);
        if (V > 1) a31 = madd(x3, w1, a31);
      }
    }
  }
  if (relu) {
    a00 = f32x4.max(a00, zero); a01 = f32x4.max(a01, zero); a10 = f32x4.max(a10, zero); a11 = f32x4.max(a11, zero);
    a20 = f32x4.max(a20, zero); a21 = f32x4.max(a21, zero); a30 = f32x4.max(a30, zero); a31 = f32x4.max(a31, zero);
  }
  if (maskOffset) {
    const m = y + maskOffset;
    a00 = masked(a00, m); if (V > 1) a01 = masked(a01, m + second);
    if (P > 1) { a10 = masked(a10, m + yStep); if (V > 1) a11 = masked(a11, m + yStep + second); }
    if (P > 2) {
      a20 = masked(a20, m + 2 * yStep); if (V > 1) a21 = masked(a21, m + 2 * yStep + second);
      a30 = masked(a30, m + 3 * yStep); if (V > 1) a31 = masked(a31, m + 3 * yStep + second);
    }
  }
  storePair(V, second, y, a00, a01);
  if (P > 1) storePair(V, second, y + yStep, a10, a11);
  if (P > 2) {
    storePair(V, second, y + 2 * yStep, a20, a21);
    storePair(V, second, y + 3 * yStep, a30, a31);
  }
}

/** a where the mask at m is > 0, else 0. */
// @ts-ignore: decorator
@inline function masked(a: v128, m: usize): v128 {
  return v128.and(a, f32x4.gt(v128.load(m), f32x4.splat(0)));
}

/** Stores one pixel's V f32x4 (the second `second` bytes after the first). */
// @ts-ignore: decorator
@inline function storePair(V: i32, second: usize, y: usize, a0: v128, a1: v128): void {
  v128.store(y, a0);
  if (V > 1) {
    if (second == 16) v128.store(y, a1, 16);
    else v128.store(y + second, a1);
  }
}

/** K < 4: one pixel, one scalar sum per output channel. */
function convPixelScalar(
  x: usize, w: usize, b: usize, y: usize, maskOffset: usize,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, k: i32, relu: i32,
): void {
  for (let kk = 0; kk < k; kk++) {
    const ko = <usize>kk << 2;
    let s: f32 = b ? load<f32>(b + ko) : 0;
    let xRow = x, wRow = w + ko;
    for (let r = 0; r < rows; r++, xRow += xRowBytes, wRow += wRowBytes) {
      let wp = wRow;
      for (let j = 0; j < run; j++, wp += <usize>k << 2) s += load<f32>(xRow + (<usize>j << 2)) * load<f32>(wp);
    }
    if (relu) s = max(s, <f32>0);
    if (maskOffset && !(load<f32>(y + maskOffset + ko) > 0)) s = 0;
    store<f32>(y + ko, s);
  }
}
