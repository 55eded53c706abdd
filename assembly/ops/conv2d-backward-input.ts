// conv2dBackwardInput — dy (N,OH,OW,K) w (KH,KW,C,K) dx (N,H,W,C). Writes dx.
//   dx[n,iy,ix,c] = Σ over taps (ky,kx) with oy = (iy + padTop − ky)/SH, ox likewise, integers
//                   inside the output, of dy[n,oy,ox,:] · w[ky,kx,c,:]
// mask ≠ 0 (N,H,W,C): dx = mask > 0 ? dx : 0, the ReLU backward of the layer below fused in.
// Stride 1 with C a multiple of 8 runs as a forward convolution with the flipped, transposed
// filter written to the scratch wT (conv2d-backward-input-transposed.ts): its 4×8 tiles then have
// no leftover channels (dense layers: 1.9× faster at 3640 → 10; 26×26×32 → 32 convs: on par).
// Other C (10, 20: the leftover f32x4 tile runs 4 chains and computes up to 6 extra channels,
// 1.7× slower at 28×28×10 → 20) and other strides are gathered per input pixel here, so every
// dx element is written once, with no zeroing pass: with stride 1 every pixel of an input row
// reads the same kernel rows and consecutive pixels read consecutive dy pixels, so pixels are
// taken in pairs inside a segment (same taps). Each dx value is a dot product over taps × K: w is
// K-contiguous, so the f32x4 run along K and are folded at the end (4 channels by one
// transpose-sum).
//
// Tiles (pixels × input channels): f32 2×4 (8 f32x4 accumulators; per 4 K-values 2 dy loads + 4 w
// loads feed 8 multiply-adds), then 2×2 and 2×1 for C mod 4 (or the 2×4 tile again at C − 4 when
// 3 are left), and the same with 1 pixel for the last pixel of a segment. K mod 4 is covered by a
// last f32x4 at K − 4 with dy masked to its new lanes. Other strides, and K < 4, take the
// per-pixel path at the end of this file.
import { madd, sumLanes, sumLanes4 } from './simd';
import { tailMask } from './conv2d-taps';
import { backwardInputTransposed } from './conv2d-backward-input-transposed';
import { reluBackward } from './relu';

export function conv2dBackwardInput(
  dy: usize, w: usize, wT: usize, dx: usize, mask: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  if (strideH == 1 && strideW == 1 && (c & 7) == 0 && wT) {
    backwardInputTransposed(dy, w, wT, dx, mask, n, h, wd, c, kh, kw, k, padTop, padLeft, oh, ow);
    return;
  }
  backwardInputGathered(dy, w, dx, n, h, wd, c, kh, kw, k, strideH, strideW, padTop, padLeft, oh, ow);
  if (mask) reluBackward(mask, dx, n * h * wd * c); // the same masking, as a pass of its own
}

/** The dot-product paths (any C; wT unused). Writes dx. */
function backwardInputGathered(
  dy: usize, w: usize, dx: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  if (strideH != 1 || strideW != 1 || k < 4) {
    backwardInputAnyStride(dy, w, dx, n, h, wd, c, kh, kw, k, strideH, strideW, padTop, padLeft, oh, ow);
    return;
  }
  const kBytes = <usize>k << 2, dyRowBytes = <usize>ow * kBytes;
  const wTapBytes = <usize>c * kBytes, wRowBytes = <usize>kw * wTapBytes;
  for (let img = 0; img < n; img++) {
    const dyImage = dy + (<usize>(img * oh * ow) * kBytes);
    for (let iy = 0; iy < h; iy++) {
      const ky0 = firstTap(iy, padTop, oh), ky1 = endTap(iy, padTop, kh);
      const dxRow = dx + (<usize>((img * h + iy) * wd * c) << 2);
      for (let ix = 0; ix < wd;) {
        const kx0 = firstTap(ix, padLeft, ow), kx1 = endTap(ix, padLeft, kw);
        let ixEnd = ix + 1;
        while (ixEnd < wd && firstTap(ixEnd, padLeft, ow) == kx0 && endTap(ixEnd, padLeft, kw) == kx1) ixEnd++;
        // dy of tap (ky0, kx0) for pixel ix: output (iy + padTop − ky0, ix + padLeft − kx0)
        const dyFirst = dyImage + <usize>(iy + padTop - ky0) * dyRowBytes + <usize>(ix + padLeft - kx0) * kBytes;
        const wFirst = w + <usize>(ky0 * kw + kx0) * wTapBytes;
        segment(
          dyFirst, wFirst, dxRow + (<usize>(ix * c) << 2), ixEnd - ix, max(0, ky1 - ky0), max(0, kx1 - kx0),
          c, k, dyRowBytes, wRowBytes, wTapBytes,
        );
        ix = ixEnd;
      }
    }
  }
}

// Stride 1, along one axis: input position i receives tap t from output o = i + pad − t, so the
// valid taps are [firstTap, endTap) (output inside [0, out)).
// @ts-ignore: decorator
@inline function firstTap(i: i32, pad: i32, out: i32): i32 { return max(0, i + pad - out + 1); }
// @ts-ignore: decorator
@inline function endTap(i: i32, pad: i32, taps: i32): i32 { return min(taps, i + pad + 1); }

/** `pixels` consecutive input pixels of one row that receive the same taps (dx: the first one). */
function segment(
  dyFirst: usize, wFirst: usize, dx: usize, pixels: i32, tapRows: i32, tapCols: i32,
  c: i32, k: i32, dyRowBytes: usize, wRowBytes: usize, wTapBytes: usize,
): void {
  const kBytes = <usize>k << 2, dxPixelBytes = <usize>c << 2;
  let p = 0;
  for (; p + 2 <= pixels; p += 2) {
    channelBlocks(2, dyFirst + <usize>p * kBytes, wFirst, dx + <usize>p * dxPixelBytes, tapRows, tapCols, c, k, dyRowBytes, wRowBytes, wTapBytes);
  }
  if (p < pixels) {
    channelBlocks(1, dyFirst + <usize>p * kBytes, wFirst, dx + <usize>p * dxPixelBytes, tapRows, tapCols, c, k, dyRowBytes, wRowBytes, wTapBytes);
  }
}

/**
 * P pixels × all C channels: blocks of 4, then the C mod 4 leftover: 3 as the block at C − 4
 * (when C ≥ 4; it rewrites one channel with the same value), 2 as a 2-channel tile, 1 as a
 * 1-channel tile (a 2-channel tile costs about half a 4-channel one, a 1-channel one a third).
 */
// @ts-ignore: decorator
@inline function channelBlocks(
  P: i32, dy: usize, w: usize, dx: usize, tapRows: i32, tapCols: i32,
  c: i32, k: i32, dyRowBytes: usize, wRowBytes: usize, wTapBytes: usize,
): void {
  const kBytes = <usize>k << 2;
  let ch = 0;
  for (; ch + 4 <= c; ch += 4) {
    f32_convdx_tile_wasmsimd(P, 4, dy, w + <usize>ch * kBytes, dx + (<usize>ch << 2), tapRows, tapCols, k, c, dyRowBytes, wRowBytes, wTapBytes);
  }
  if (c - ch == 3 && c >= 4) {
    ch = c - 4;
    f32_convdx_tile_wasmsimd(P, 4, dy, w + <usize>ch * kBytes, dx + (<usize>ch << 2), tapRows, tapCols, k, c, dyRowBytes, wRowBytes, wTapBytes);
    return;
  }
  if (c - ch >= 2) {
    f32_convdx_tile_wasmsimd(P, 2, dy, w + <usize>ch * kBytes, dx + (<usize>ch << 2), tapRows, tapCols, k, c, dyRowBytes, wRowBytes, wTapBytes);
    ch += 2;
  }
  if (ch < c) {
    f32_convdx_tile_wasmsimd(P, 1, dy, w + <usize>ch * kBytes, dx + (<usize>ch << 2), tapRows, tapCols, k, c, dyRowBytes, wRowBytes, wTapBytes);
  }
}

/**
 * One register tile: P pixels (1 or 2; the second reads the next dy pixel, K further) × CH input
 * channels (1, 2 or 4; w rows K apart), dot products over tapRows × tapCols taps × K. Going one tap
 * right (or down) moves dy one pixel left (or up) and w one tap forward. K ≥ 4.
 */
// @ts-ignore: decorator
@inline function f32_convdx_tile_wasmsimd(
  P: i32, CH: i32, dy: usize, w: usize, dx: usize, tapRows: i32, tapCols: i32,
  k: i32, c: i32, dyRowBytes: usize, wRowBytes: usize, wTapBytes: usize,
): void {
  const zero = f32x4.splat(0);
  const kBytes = <usize>k << 2, kFull = <usize>(k & ~3) << 2;
  const tail = (k & 3) != 0, mask = tailMask(k & 3), tailKo = kBytes - 16;
  let a00 = zero, a01 = zero, a02 = zero, a03 = zero, a10 = zero, a11 = zero, a12 = zero, a13 = zero;
  let dyRow = dy, wRow = w;
  for (let ty = 0; ty < tapRows; ty++, dyRow -= dyRowBytes, wRow += wRowBytes) {
    let dyp = dyRow, wp = wRow;
    for (let tx = 0; tx < tapCols; tx++, dyp -= kBytes, wp += wTapBytes) {
      for (let ko: usize = 0; ko < kFull; ko += 16) {
        const d0 = v128.load(dyp + ko), d1 = P > 1 ? v128.load(dyp + kBytes + ko) : zero;
        const w0 = v128.load(wp + ko);
        a00 = madd(d0, w0, a00);
        if (P > 1) a10 = madd(d1, w0, a10);
        if (CH > 1) {
          const w1 = v128.load(wp + kBytes + ko);
          a01 = madd(d0, w1, a01);
          if (P > 1) a11 = madd(d1, w1, a11);
        }
        if (CH > 2) {
          const w2 = v128.load(wp + 2 * kBytes + ko);
          a02 = madd(d0, w2, a02);
          if (P > 1) a12 = madd(d1, w2, a12);
          const w3 = v128.load(wp + 3 * kBytes + ko);
          a03 = madd(d0, w3, a03);
          if (P > 1) a13 = madd(d1, w3, a13);
        }
      }
      if (tail) { // the f32x4 at K − 4, dy masked to its new lanes: the same steps as above
        const d0 = v128.and(v128.load(dyp + tailKo), mask), d1 = P > 1 ? v128.and(v128.load(dyp + kBytes + tailKo), mask) : zero;
        const w0 = v128.load(wp + tailKo);
        a00 = madd(d0, w0, a00);
        if (P > 1) a10 = madd(d1, w0, a10);
        if (CH > 1) {
          const w1 = v128.load(wp + kBytes + tailKo);
          a01 = madd(d0, w1, a01);
          if (P > 1) a11 = madd(d1, w1, a11);
        }
        if (CH > 2) {
          const w2 = v128.load(wp + 2 * kBytes + tailKo);
          a02 = madd(d0, w2, a02);
          if (P > 1) a12 = madd(d1, w2, a12);
          const w3 = v128.load(wp + 3 * kBytes + tailKo);
          a03 = madd(d0, w3, a03);
          if (P > 1) a13 = madd(d1, w3, a13);
        }
      }
    }
  }
  const dxPixelBytes = <usize>c << 2;
  if (CH > 2) {
    v128.store(dx, sumLanes4(a00, a01, a02, a03));
    if (P > 1) v128.store(dx + dxPixelBytes, sumLanes4(a10, a11, a12, a13));
  } else if (CH > 1) { // [Σa00, Σa01, Σa10, Σa11]: two channels of each pixel
    const sums = sumLanes4(a00, a01, a10, a11);
    v128.store64_lane(dx, sums, 0);
    if (P > 1) v128.store64_lane(dx + dxPixelBytes, sums, 1);
  } else {
    store<f32>(dx, sumLanes(a00));
    if (P > 1) store<f32>(dx + dxPixelBytes, sumLanes(a10));
  }
}

/**
 * Any stride, any K: gathered per input pixel (every dx element is written exactly once). Four
 * channels at a time: four K-long dot products in four accumulators, folded by one transpose-sum.
 */
function backwardInputAnyStride(
  dy: usize, w: usize, dx: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  let dxPixel = dx;
  for (let img = 0; img < n; img++) {
    const dyImage = dy + (<usize>(img * oh * ow * k) << 2);
    for (let iy = 0; iy < h; iy++) {
      // taps ky with oy = (iy + padTop − ky) / SH an integer in [0, OH): ky ≡ iy + padTop (mod SH)
      const ry = iy + padTop;
      const ky0 = max(ry % strideH, ry - (oh - 1) * strideH), ky1 = min(kh - 1, ry); // inclusive
      for (let ix = 0; ix < wd; ix++) {
        const rx = ix + padLeft;
        const kx0 = max(rx % strideW, rx - (ow - 1) * strideW), kx1 = min(kw - 1, rx);
        let ch = 0;
        for (; ch + 4 <= c; ch += 4) {
          let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
          let s0: f32 = 0, s1: f32 = 0, s2: f32 = 0, s3: f32 = 0; // K % 4 tails
          for (let ky = ky0; ky <= ky1; ky += strideH) {
            const dyRow = dyImage + (<usize>((ry - ky) / strideH * ow * k) << 2);
            for (let kx = kx0; kx <= kx1; kx += strideW) {
              const dyp = dyRow + (<usize>((rx - kx) / strideW * k) << 2);
              const w0 = w + (<usize>(((ky * kw + kx) * c + ch) * k) << 2);
              const w1 = w0 + (<usize>k << 2), w2 = w1 + (<usize>k << 2), w3 = w2 + (<usize>k << 2);
              let kk = 0;
              for (; kk + 4 <= k; kk += 4) {
                const o = <usize>kk << 2;
                const d = v128.load(dyp + o);
                a0 = madd(d, v128.load(w0 + o), a0);
                a1 = madd(d, v128.load(w1 + o), a1);
                a2 = madd(d, v128.load(w2 + o), a2);
                a3 = madd(d, v128.load(w3 + o), a3);
              }
              for (; kk < k; kk++) {
                const o = <usize>kk << 2;
                const d = load<f32>(dyp + o);
                s0 += d * load<f32>(w0 + o); s1 += d * load<f32>(w1 + o);
                s2 += d * load<f32>(w2 + o); s3 += d * load<f32>(w3 + o);
              }
            }
          }
          const tails = f32x4.replace_lane(f32x4.replace_lane(f32x4.replace_lane(f32x4.splat(s0), 1, s1), 2, s2), 3, s3);
          v128.store(dxPixel + (<usize>ch << 2), f32x4.add(sumLanes4(a0, a1, a2, a3), tails));
        }
        for (; ch < c; ch++) { // C % 4 tail: one dot product per channel
          let a = f32x4.splat(0);
          let s: f32 = 0;
          for (let ky = ky0; ky <= ky1; ky += strideH) {
            const dyRow = dyImage + (<usize>((ry - ky) / strideH * ow * k) << 2);
            for (let kx = kx0; kx <= kx1; kx += strideW) {
              const dyp = dyRow + (<usize>((rx - kx) / strideW * k) << 2);
              const wp = w + (<usize>(((ky * kw + kx) * c + ch) * k) << 2);
              let kk = 0;
              for (; kk + 4 <= k; kk += 4) {
                const o = <usize>kk << 2;
                a = madd(v128.load(dyp + o), v128.load(wp + o), a);
              }
              for (; kk < k; kk++) s += load<f32>(dyp + (<usize>kk << 2)) * load<f32>(wp + (<usize>kk << 2));
            }
          }
          store<f32>(dxPixel + (<usize>ch << 2), sumLanes(a) + s);
        }
        dxPixel += <usize>c << 2;
      }
    }
  }
}
