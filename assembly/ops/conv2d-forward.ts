// conv2dForward — x (N,H,W,C) w (KH,KW,C,K) b (K) y (N,OH,OW,K). Writes y.
//   y[n,oy,ox,:] = act(b + Σ over valid taps (ky,kx) and c of x[n, oy·SH − padTop + ky, ox·SW − padLeft + kx, c] · w[ky,kx,c,:])
// A GEMM with implicit im2col: y (pixels × K) = patches (pixels × taps·C) · w (taps·C × K). For
// one kernel row ky the valid taps kx0..kx1 and all C channels are one contiguous run in x and in
// w (w is K-contiguous), so a pixel's patch is (ky1 − ky0) runs of (kx1 − kx0)·C values:
//   x[n, iy, ix + kx0 + j/C, j%C] = xRun[j],   w[ky, kx0 + j/C, j%C, :] = wRun + j·K.
// Pixels are taken along an output row, inside one segment (same taps, see conv2d-taps.ts).
// First layers (C = 1) need no path of their own: their run is KW values long, one per tap.
//
// Tiles (pixels × output channels): f32 4×8 (8 f32x4 accumulators; per patch value 4 x splats +
// 2 w loads feed 8 multiply-adds), 2×8 and 1×8 for the last pixels of a segment, and the same
// with ×4. Bias initialises the accumulators, ReLU is applied before the store. K mod 4 is
// covered by one more f32x4 at K − 4 (it recomputes and rewrites up to 3 channels with identical
// values); K < 4 uses the scalar per-pixel path.
import { madd } from './simd';
import { segmentEnd, tapEnd, tapStart } from './conv2d-taps';

export function conv2dForward(
  x: usize, w: usize, b: usize, y: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32, relu: i32,
): void {
  const xRowBytes = <usize>(wd * c) << 2, wRowBytes = <usize>(kw * c * k) << 2; // one input row, one ky of w
  const xColStep = <usize>(strideW * c) << 2, yPixelBytes = <usize>k << 2;
  for (let img = 0; img < n; img++) {
    const xImage = x + (<usize>(img * h * wd * c) << 2);
    for (let oy = 0; oy < oh; oy++) {
      const iy0 = oy * strideH - padTop;
      const ky0 = tapStart(oy, strideH, padTop), ky1 = tapEnd(oy, strideH, padTop, kh, h);
      const yRow = y + (<usize>((img * oh + oy) * ow * k) << 2);
      for (let ox = 0; ox < ow;) {
        const kx0 = tapStart(ox, strideW, padLeft), kx1 = tapEnd(ox, strideW, padLeft, kw, wd);
        const oxEnd = segmentEnd(ox, ow, strideW, padLeft, kw, wd);
        // first patch value of the segment's first pixel: x[iy0 + ky0, ox·SW − padLeft + kx0, 0]
        const xFirst = xImage + (<usize>(((iy0 + ky0) * wd + ox * strideW - padLeft + kx0) * c) << 2);
        const wFirst = w + (<usize>((ky0 * kw + kx0) * c * k) << 2);
        const rows = max(0, ky1 - ky0), run = max(0, kx1 - kx0) * c;
        segment(xFirst, wFirst, b, yRow + <usize>ox * yPixelBytes, oxEnd - ox, rows, run, xRowBytes, wRowBytes, xColStep, k, relu);
        ox = oxEnd;
      }
    }
  }
}

/** `pixels` consecutive output pixels of one row that read the same taps (y: the first one). */
function segment(
  xFirst: usize, wFirst: usize, b: usize, y: usize, pixels: i32,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xColStep: usize, k: i32, relu: i32,
): void {
  const yPixelBytes = <usize>k << 2;
  if (k < 4) {
    for (let p = 0; p < pixels; p++) {
      convPixelScalar(xFirst + <usize>p * xColStep, wFirst, b, y + <usize>p * yPixelBytes, rows, run, xRowBytes, wRowBytes, k, relu);
    }
    return;
  }
  let p = 0;
  for (; p + 4 <= pixels; p += 4) {
    channelBlocks(4, xFirst + <usize>p * xColStep, wFirst, b, y + <usize>p * yPixelBytes, rows, run, xRowBytes, wRowBytes, xColStep, k, relu);
  }
  if (p + 2 <= pixels) {
    channelBlocks(2, xFirst + <usize>p * xColStep, wFirst, b, y + <usize>p * yPixelBytes, rows, run, xRowBytes, wRowBytes, xColStep, k, relu);
    p += 2;
  }
  if (p < pixels) {
    channelBlocks(1, xFirst + <usize>p * xColStep, wFirst, b, y + <usize>p * yPixelBytes, rows, run, xRowBytes, wRowBytes, xColStep, k, relu);
  }
}

/** P pixels × all K channels: blocks of 8, then 4, then the overlapped f32x4 at K − 4. K ≥ 4. */
// @ts-ignore: decorator
@inline function channelBlocks(
  P: i32, x: usize, w: usize, b: usize, y: usize,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xColStep: usize, k: i32, relu: i32,
): void {
  const kBytes = <usize>k << 2;
  let ko: usize = 0;
  for (; ko + 32 <= kBytes; ko += 32) {
    f32_conv_tile_wasmsimd(P, 2, x, w + ko, b ? b + ko : 0, y + ko, rows, run, xRowBytes, wRowBytes, xColStep, kBytes, relu);
  }
  if (ko + 16 <= kBytes) {
    f32_conv_tile_wasmsimd(P, 1, x, w + ko, b ? b + ko : 0, y + ko, rows, run, xRowBytes, wRowBytes, xColStep, kBytes, relu);
    ko += 16;
  }
  if (ko < kBytes) {
    ko = kBytes - 16;
    f32_conv_tile_wasmsimd(P, 1, x, w + ko, b ? b + ko : 0, y + ko, rows, run, xRowBytes, wRowBytes, xColStep, kBytes, relu);
  }
}

/**
 * One register tile: P pixels (1, 2 or 4; x advances by xColStep per pixel, y by K) × 4·V output
 * channels (V = 1 or 2 f32x4 at w, b, y). P and V are constants at every call site, so each call
 * inlines to a loop without branches.
 */
// @ts-ignore: decorator
@inline function f32_conv_tile_wasmsimd(
  P: i32, V: i32, x: usize, w: usize, b: usize, y: usize,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, xColStep: usize, kBytes: usize, relu: i32,
): void {
  const zero = f32x4.splat(0);
  const bias0 = b ? v128.load(b) : zero, bias1 = V > 1 && b ? v128.load(b, 16) : zero;
  let a00 = bias0, a01 = bias1, a10 = bias0, a11 = bias1, a20 = bias0, a21 = bias1, a30 = bias0, a31 = bias1;
  const x1Offset = xColStep, x2Offset = xColStep * 2, x3Offset = xColStep * 3;
  let xRow = x, wRow = w;
  for (let r = 0; r < rows; r++, xRow += xRowBytes, wRow += wRowBytes) {
    let xp = xRow, wp = wRow;
    for (let j = 0; j < run; j++, xp += 4, wp += kBytes) {
      const w0 = v128.load(wp), w1 = V > 1 ? v128.load(wp, 16) : zero;
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
  v128.store(y, a00); if (V > 1) v128.store(y, a01, 16);
  if (P > 1) { v128.store(y + kBytes, a10); if (V > 1) v128.store(y + kBytes, a11, 16); }
  if (P > 2) {
    v128.store(y + 2 * kBytes, a20); if (V > 1) v128.store(y + 2 * kBytes, a21, 16);
    v128.store(y + 3 * kBytes, a30); if (V > 1) v128.store(y + 3 * kBytes, a31, 16);
  }
}

/** K < 4: one pixel, one scalar sum per output channel. */
function convPixelScalar(
  x: usize, w: usize, b: usize, y: usize,
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
    store<f32>(y + ko, relu ? max(s, <f32>0) : s);
  }
}
