// conv2d — x (N,H,W,C) w (KH,KW,C,K) b (K) y (N,OH,OW,K); NHWC, Keras/tfjs filter layout.
// Input row of tap ky for output row oy: iy = oy·SH − padTop + ky (columns likewise). Taps that
// land in the zero padding are skipped by computing the valid ky/kx range, never by a per-tap test.
//
// For one kernel row ky, the valid taps kx0..kx1 and all C channels are contiguous in x and in w:
//   x[n, iy, ix0 + kx0 + j/C, j%C] = xRun[j],   w[ky, kx0 + j/C, j%C, :] = wRun + j·K   (j < (kx1−kx0)·C)
// so every inner loop is one run of (kx1−kx0)·C steps; this keeps C = 1 first layers cheap.
import { sumLanes, sumLanes4 } from './simd';
import { zeroBytes } from './util';

/** y = act(conv(x, w) + b). Writes y. b = 0: no bias; relu = 1: max(0, ·). Vectorised over K. */
export function conv2dForward(
  x: usize, w: usize, b: usize, y: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32, relu: i32,
): void {
  const xRowBytes = <usize>(wd * c) << 2;
  const wRowBytes = <usize>(kw * c * k) << 2; // one ky row of w
  let yPixel = y;
  for (let img = 0; img < n; img++) {
    const xImage = x + (<usize>(img * h * wd * c) << 2);
    for (let oy = 0; oy < oh; oy++) {
      const iy0 = oy * strideH - padTop;
      const ky0 = max(0, -iy0), ky1 = min(kh, h - iy0);
      for (let ox = 0; ox < ow; ox++) {
        const ix0 = ox * strideW - padLeft;
        const kx0 = max(0, -ix0), kx1 = min(kw, wd - ix0);
        const xFirst = xImage + (<usize>(((iy0 + ky0) * wd + ix0 + kx0) * c) << 2);
        const wFirst = w + (<usize>((ky0 * kw + kx0) * c * k) << 2);
        convForwardPixel(xFirst, wFirst, b, yPixel, ky1 - ky0, (kx1 - kx0) * c, xRowBytes, wRowBytes, k, relu);
        yPixel += <usize>k << 2;
      }
    }
  }
}

/** One output pixel y (K): `rows` kernel rows, each a run of `run` (x value, w row of K) pairs. */
// @ts-ignore: decorator
@inline function convForwardPixel(
  xFirst: usize, wFirst: usize, b: usize, y: usize,
  rows: i32, run: i32, xRowBytes: usize, wRowBytes: usize, k: i32, relu: i32,
): void {
  const tapBytes = <usize>k << 2;
  const zero = f32x4.splat(0);
  let kk = 0;
  for (; kk + 16 <= k; kk += 16) { // 16 output channels in 4 accumulators
    const ko = <usize>kk << 2;
    let a0 = zero, a1 = zero, a2 = zero, a3 = zero;
    if (b) {
      a0 = v128.load(b + ko); a1 = v128.load(b + ko, 16); a2 = v128.load(b + ko, 32); a3 = v128.load(b + ko, 48);
    }
    let xRow = xFirst, wRow = wFirst + ko;
    for (let r = 0; r < rows; r++, xRow += xRowBytes, wRow += wRowBytes) {
      let wp = wRow;
      for (let j = 0; j < run; j++, wp += tapBytes) {
        const xv = v128.load32_splat(xRow + (<usize>j << 2));
        a0 = f32x4.add(a0, f32x4.mul(xv, v128.load(wp)));
        a1 = f32x4.add(a1, f32x4.mul(xv, v128.load(wp, 16)));
        a2 = f32x4.add(a2, f32x4.mul(xv, v128.load(wp, 32)));
        a3 = f32x4.add(a3, f32x4.mul(xv, v128.load(wp, 48)));
      }
    }
    if (relu) { a0 = f32x4.max(a0, zero); a1 = f32x4.max(a1, zero); a2 = f32x4.max(a2, zero); a3 = f32x4.max(a3, zero); }
    v128.store(y + ko, a0); v128.store(y + ko, a1, 16); v128.store(y + ko, a2, 32); v128.store(y + ko, a3, 48);
  }
  for (; kk + 4 <= k; kk += 4) {
    const ko = <usize>kk << 2;
    let a = b ? v128.load(b + ko) : zero;
    let xRow = xFirst, wRow = wFirst + ko;
    for (let r = 0; r < rows; r++, xRow += xRowBytes, wRow += wRowBytes) {
      let wp = wRow;
      for (let j = 0; j < run; j++, wp += tapBytes) {
        a = f32x4.add(a, f32x4.mul(v128.load32_splat(xRow + (<usize>j << 2)), v128.load(wp)));
      }
    }
    v128.store(y + ko, relu ? f32x4.max(a, zero) : a);
  }
  for (; kk < k; kk++) { // K % 4 tail
    const ko = <usize>kk << 2;
    let s: f32 = b ? load<f32>(b + ko) : 0;
    let xRow = xFirst, wRow = wFirst + ko;
    for (let r = 0; r < rows; r++, xRow += xRowBytes, wRow += wRowBytes) {
      let wp = wRow;
      for (let j = 0; j < run; j++, wp += tapBytes) s += load<f32>(xRow + (<usize>j << 2)) * load<f32>(wp);
    }
    store<f32>(y + ko, relu ? max(s, <f32>0) : s);
  }
}

/**
 * dx (N,H,W,C) = Σ over taps of dy (N,OH,OW,K) · w[ky,kx,c,:]. Writes dx (gathered per input
 * pixel, so every dx element is written exactly once). Four channels at a time: four K-long dot
 * products in four accumulators, folded by one transpose-sum, stored as one f32x4 of dx.
 */
export function conv2dBackwardInput(
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
                a0 = f32x4.add(a0, f32x4.mul(d, v128.load(w0 + o)));
                a1 = f32x4.add(a1, f32x4.mul(d, v128.load(w1 + o)));
                a2 = f32x4.add(a2, f32x4.mul(d, v128.load(w2 + o)));
                a3 = f32x4.add(a3, f32x4.mul(d, v128.load(w3 + o)));
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
                a = f32x4.add(a, f32x4.mul(v128.load(dyp + o), v128.load(wp + o)));
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

/**
 * dw (KH,KW,C,K) = Σ over n, oy, ox of x[n, iy, ix, c] · dy[n, oy, ox, :]. Writes dw. Each
 * (ky, kx, c) row of dw is accumulated in registers over the output pixels whose tap lands inside
 * the input (oy range per ky, ox range per kx), 16, 4, then 1 output channels at a time.
 */
export function conv2dBackwardFilter(
  x: usize, dy: usize, dw: usize,
  n: i32, h: i32, wd: i32, c: i32,
  kh: i32, kw: i32, k: i32,
  strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  const xImageBytes = <usize>(h * wd * c) << 2, dyImageBytes = <usize>(oh * ow * k) << 2;
  const xStepBytes = <usize>(strideW * c) << 2, dyStepBytes = <usize>k << 2; // ox → ox + 1
  for (let ky = 0; ky < kh; ky++) {
    // oy with 0 ≤ oy·SH − padTop + ky < H
    const oy0 = padTop > ky ? (padTop - ky + strideH - 1) / strideH : 0;
    const oy1 = min(oh, h - 1 + padTop - ky >= 0 ? (h - 1 + padTop - ky) / strideH + 1 : 0);
    for (let kx = 0; kx < kw; kx++) {
      const ox0 = padLeft > kx ? (padLeft - kx + strideW - 1) / strideW : 0;
      const ox1 = min(ow, wd - 1 + padLeft - kx >= 0 ? (wd - 1 + padLeft - kx) / strideW + 1 : 0);
      const dwTap = dw + (<usize>((ky * kw + kx) * c * k) << 2);
      if (oy0 >= oy1 || ox0 >= ox1) { // the tap never lands inside the input
        zeroBytes(dwTap, <usize>(c * k) << 2);
        continue;
      }
      const pixels = ox1 - ox0;
      for (let ch = 0; ch < c; ch++) {
        const dwRow = dwTap + (<usize>(ch * k) << 2);
        // x at (oy0, ox0) of image 0 for channel ch, dy at (oy0, ox0)
        const xStart = x + (<usize>(((oy0 * strideH - padTop + ky) * wd + ox0 * strideW - padLeft + kx) * c + ch) << 2);
        const dyStart = dy + (<usize>((oy0 * ow + ox0) * k) << 2);
        const xRowBytes = <usize>(strideH * wd * c) << 2, dyRowBytes = <usize>(ow * k) << 2;
        let kk = 0;
        for (; kk + 16 <= k; kk += 16) {
          let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
          for (let img = 0; img < n; img++) {
            let xRow = xStart + <usize>img * xImageBytes, dyRow = dyStart + <usize>img * dyImageBytes + (<usize>kk << 2);
            for (let oy = oy0; oy < oy1; oy++, xRow += xRowBytes, dyRow += dyRowBytes) {
              let xp = xRow, dyp = dyRow;
              for (let i = 0; i < pixels; i++, xp += xStepBytes, dyp += dyStepBytes) {
                const xv = v128.load32_splat(xp);
                a0 = f32x4.add(a0, f32x4.mul(xv, v128.load(dyp)));
                a1 = f32x4.add(a1, f32x4.mul(xv, v128.load(dyp, 16)));
                a2 = f32x4.add(a2, f32x4.mul(xv, v128.load(dyp, 32)));
                a3 = f32x4.add(a3, f32x4.mul(xv, v128.load(dyp, 48)));
              }
            }
          }
          const o = dwRow + (<usize>kk << 2);
          v128.store(o, a0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
        }
        for (; kk + 4 <= k; kk += 4) {
          let a = f32x4.splat(0);
          for (let img = 0; img < n; img++) {
            let xRow = xStart + <usize>img * xImageBytes, dyRow = dyStart + <usize>img * dyImageBytes + (<usize>kk << 2);
            for (let oy = oy0; oy < oy1; oy++, xRow += xRowBytes, dyRow += dyRowBytes) {
              let xp = xRow, dyp = dyRow;
              for (let i = 0; i < pixels; i++, xp += xStepBytes, dyp += dyStepBytes) {
                a = f32x4.add(a, f32x4.mul(v128.load32_splat(xp), v128.load(dyp)));
              }
            }
          }
          v128.store(dwRow + (<usize>kk << 2), a);
        }
        for (; kk < k; kk++) { // K % 4 tail
          let s: f32 = 0;
          for (let img = 0; img < n; img++) {
            let xRow = xStart + <usize>img * xImageBytes, dyRow = dyStart + <usize>img * dyImageBytes + (<usize>kk << 2);
            for (let oy = oy0; oy < oy1; oy++, xRow += xRowBytes, dyRow += dyRowBytes) {
              let xp = xRow, dyp = dyRow;
              for (let i = 0; i < pixels; i++, xp += xStepBytes, dyp += dyStepBytes) s += load<f32>(xp) * load<f32>(dyp);
            }
          }
          store<f32>(dwRow + (<usize>kk << 2), s);
        }
      }
    }
  }
}
