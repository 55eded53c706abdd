// avgPool2d (Keras AveragePooling2D) — x (N,H,W,C) y (N,OH,OW,C).
//   y[n,oy,ox,c] = Σ over the window's IN-IMAGE taps of x / (number of in-image taps)
// The window of output (oy, ox) starts at input row oy·SH − padTop and column ox·SW − padLeft;
// 'valid' has padTop = padLeft = 0 and every tap inside, 'same' pads as TF (padTop = floor(total
// rows of padding / 2)) and, as TF and tfjs, divides by the taps that fall inside the image, not
// by PH·PW. Every window has at least one tap inside (TF's 'same' padding is < the window).
// Vectorised over channels (C is contiguous in NHWC), with a scalar tail for C mod 4.
import { zeroBytes } from './util';

/** First in-image tap row (or column) of a window starting at `start` (may be < 0). */
// @ts-ignore: decorator
@inline function windowStart(start: i32): i32 {
  return max(start, 0);
}

/** Writes y. */
export function avgPool2dForward(
  x: usize, y: usize,
  n: i32, h: i32, wd: i32, c: i32,
  poolH: i32, poolW: i32, strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  let out = 0; // flat index of the (n, oy, ox, 0) output element
  for (let img = 0; img < n; img++) {
    for (let oy = 0; oy < oh; oy++) {
      const y0 = oy * strideH - padTop;
      const ys = windowStart(y0), ye = min(y0 + poolH, h);
      for (let ox = 0; ox < ow; ox++, out += c) {
        const x0 = ox * strideW - padLeft;
        const xs = windowStart(x0), xe = min(x0 + poolW, wd);
        const taps = <f32>((ye - ys) * (xe - xs));
        const first = ((img * h + ys) * wd + xs) * c; // flat index of the first in-image tap, channel 0
        let ch = 0;
        for (; ch + 4 <= c; ch += 4) {
          let sum = f32x4.splat(0);
          for (let iy = 0; iy < ye - ys; iy++) {
            for (let ix = 0; ix < xe - xs; ix++) {
              sum = f32x4.add(sum, v128.load(x + (<usize>(first + (iy * wd + ix) * c + ch) << 2)));
            }
          }
          v128.store(y + (<usize>(out + ch) << 2), f32x4.div(sum, f32x4.splat(taps)));
        }
        for (; ch < c; ch++) {
          let sum: f32 = 0;
          for (let iy = 0; iy < ye - ys; iy++) {
            for (let ix = 0; ix < xe - xs; ix++) sum += load<f32>(x + (<usize>(first + (iy * wd + ix) * c + ch) << 2));
          }
          store<f32>(y + (<usize>(out + ch) << 2), sum / taps);
        }
      }
    }
  }
}

/**
 * Writes dx (N,H,W,C): zeroes it, then each output's dy / (its in-image taps) is added to every
 * in-image tap of its window (windows may overlap when strides < pool).
 */
export function avgPool2dBackward(
  dy: usize, dx: usize,
  n: i32, h: i32, wd: i32, c: i32,
  poolH: i32, poolW: i32, strideH: i32, strideW: i32, padTop: i32, padLeft: i32,
  oh: i32, ow: i32,
): void {
  zeroBytes(dx, <usize>(n * h * wd * c) << 2);
  let out = 0; // flat index of the (n, oy, ox, 0) element of dy
  for (let img = 0; img < n; img++) {
    for (let oy = 0; oy < oh; oy++) {
      const y0 = oy * strideH - padTop;
      const ys = windowStart(y0), ye = min(y0 + poolH, h);
      for (let ox = 0; ox < ow; ox++, out += c) {
        const x0 = ox * strideW - padLeft;
        const xs = windowStart(x0), xe = min(x0 + poolW, wd);
        const taps = <f32>((ye - ys) * (xe - xs));
        const first = ((img * h + ys) * wd + xs) * c;
        let ch = 0;
        for (; ch + 4 <= c; ch += 4) {
          const share = f32x4.div(v128.load(dy + (<usize>(out + ch) << 2)), f32x4.splat(taps));
          for (let iy = 0; iy < ye - ys; iy++) {
            for (let ix = 0; ix < xe - xs; ix++) {
              const p = dx + (<usize>(first + (iy * wd + ix) * c + ch) << 2);
              v128.store(p, f32x4.add(v128.load(p), share));
            }
          }
        }
        for (; ch < c; ch++) {
          const share = load<f32>(dy + (<usize>(out + ch) << 2)) / taps;
          for (let iy = 0; iy < ye - ys; iy++) {
            for (let ix = 0; ix < xe - xs; ix++) {
              const p = dx + (<usize>(first + (iy * wd + ix) * c + ch) << 2);
              store<f32>(p, load<f32>(p) + share);
            }
          }
        }
      }
    }
  }
}
