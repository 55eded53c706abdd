// maxPool2d — x (N,H,W,C) y (N,OH,OW,C) winners (N,OH,OW,C) i32 = flat element index into x.
// 'valid' windows only: the caller guarantees (OH−1)·SH + PH ≤ H and (OW−1)·SW + PW ≤ W.
//
// Tie rule: windows are scanned in row-major order (py, then px) and a value replaces the best
// only if STRICTLY greater, so the first maximum wins: a tied gradient goes to exactly one input,
// the top-left-most one. (A NaN never replaces; a NaN in the first tap stays.)
import { zeroBytes } from './util';

/** Writes y and winners. Vectorised over channels, with a scalar tail for C % 4. */
export function maxPool2dForward(
  x: usize, y: usize, winners: usize,
  n: i32, h: i32, wd: i32, c: i32,
  poolH: i32, poolW: i32, strideH: i32, strideW: i32,
  oh: i32, ow: i32,
): void {
  if (poolH == 2 && poolW == 2 && c >= 4) {
    maxPool2x2(x, y, winners, n, h, wd, c, strideH, strideW, oh, ow);
    return;
  }
  const laneOffsets = i32x4(0, 1, 2, 3);
  let out = 0; // flat index of the (n, oy, ox, 0) output element
  for (let img = 0; img < n; img++) {
    for (let oy = 0; oy < oh; oy++) {
      for (let ox = 0; ox < ow; ox++, out += c) {
        const first = ((img * h + oy * strideH) * wd + ox * strideW) * c; // flat index of tap (0, 0), channel 0
        let ch = 0;
        for (; ch + 4 <= c; ch += 4) {
          let bestIndex = i32x4.add(i32x4.splat(first + ch), laneOffsets);
          let best = v128.load(x + (<usize>(first + ch) << 2));
          for (let py = 0; py < poolH; py++) {
            for (let px = py == 0 ? 1 : 0; px < poolW; px++) {
              const at = first + (py * wd + px) * c + ch;
              const v = v128.load(x + (<usize>at << 2));
              const greater = f32x4.gt(v, best);
              best = v128.bitselect(v, best, greater);
              bestIndex = v128.bitselect(i32x4.add(i32x4.splat(at), laneOffsets), bestIndex, greater);
            }
          }
          v128.store(y + (<usize>(out + ch) << 2), best);
          v128.store(winners + (<usize>(out + ch) << 2), bestIndex);
        }
        for (; ch < c; ch++) {
          let bestIndex = first + ch;
          let best = load<f32>(x + (<usize>bestIndex << 2));
          for (let py = 0; py < poolH; py++) {
            for (let px = py == 0 ? 1 : 0; px < poolW; px++) {
              const at = first + (py * wd + px) * c + ch;
              const v = load<f32>(x + (<usize>at << 2));
              if (v > best) { best = v; bestIndex = at; }
            }
          }
          store<f32>(y + (<usize>(out + ch) << 2), best);
          store<i32>(winners + (<usize>(out + ch) << 2), bestIndex);
        }
      }
    }
  }
}

/**
 * The 2×2 window (any stride), C ≥ 4: the three tap offsets are kept as vectors, and C mod 4 is
 * covered by one more f32x4 at C − 4 (rewrites up to 3 channels with the same values and winners).
 */
function maxPool2x2(
  x: usize, y: usize, winners: usize,
  n: i32, h: i32, wd: i32, c: i32, strideH: i32, strideW: i32, oh: i32, ow: i32,
): void {
  const right = i32x4.splat(c), down = i32x4.splat(wd * c), diagonal = i32x4.splat(wd * c + c);
  const rightBytes = <usize>c << 2, downBytes = <usize>(wd * c) << 2;
  const laneOffsets = i32x4(0, 1, 2, 3);
  let out = 0; // flat index of the (n, oy, ox, 0) output element
  for (let img = 0; img < n; img++) {
    for (let oy = 0; oy < oh; oy++) {
      for (let ox = 0; ox < ow; ox++, out += c) {
        const first = ((img * h + oy * strideH) * wd + ox * strideW) * c; // tap (0, 0), channel 0
        for (let ch = 0; ch < c; ch += 4) {
          const at = min(ch, c - 4);
          const p = x + (<usize>(first + at) << 2);
          const index = i32x4.add(i32x4.splat(first + at), laneOffsets);
          let best = v128.load(p), bestIndex = index;
          const v1 = v128.load(p + rightBytes), v2 = v128.load(p + downBytes), v3 = v128.load(p + downBytes + rightBytes);
          let greater = f32x4.gt(v1, best);
          best = v128.bitselect(v1, best, greater);
          bestIndex = v128.bitselect(i32x4.add(index, right), bestIndex, greater);
          greater = f32x4.gt(v2, best);
          best = v128.bitselect(v2, best, greater);
          bestIndex = v128.bitselect(i32x4.add(index, down), bestIndex, greater);
          greater = f32x4.gt(v3, best);
          best = v128.bitselect(v3, best, greater);
          bestIndex = v128.bitselect(i32x4.add(index, diagonal), bestIndex, greater);
          v128.store(y + (<usize>(out + at) << 2), best);
          v128.store(winners + (<usize>(out + at) << 2), bestIndex);
        }
      }
    }
  }
}

/**
 * dx (N,H,W,C) from dy and winners (N,OH,OW,C). Writes dx: dy[i] at x's flat index winners[i]
 * (summed where windows overlap), 0 elsewhere. y ≠ 0 is the pooling's forward output: dy[i] counts
 * only where y[i] > 0, the ReLU backward of the layer below fused in (its output at the winner IS
 * y[i]). Tiling windows (pool = stride) with C ≥ 4 write every dx element once with f32x4; other
 * geometries zero dx, then scatter.
 */
export function maxPool2dBackward(
  dy: usize, winners: usize, y: usize, dx: usize,
  n: i32, h: i32, wd: i32, c: i32,
  poolH: i32, poolW: i32, strideH: i32, strideW: i32,
  oh: i32, ow: i32,
): void {
  if (poolH == strideH && poolW == strideW && c >= 4) {
    tiledBackward(dy, winners, y, dx, n, h, wd, c, poolH, poolW, oh, ow);
    return;
  }
  zeroBytes(dx, <usize>(n * h * wd * c) << 2);
  const count = n * oh * ow * c;
  for (let i = 0; i < count; i++) { // a scatter: no SIMD form in wasm
    const o = <usize>i << 2;
    if (y && !(load<f32>(y + o) > 0)) continue;
    const target = dx + (<usize>load<i32>(winners + o) << 2);
    store<f32>(target, load<f32>(target) + load<f32>(dy + o));
  }
}

/**
 * Windows that tile the input without overlap: each dx f32x4 is dy where its flat indices equal
 * the window's winners, else 0 (C mod 4: one more f32x4 at C − 4, same values); the rows and
 * columns no window covers are zeroed.
 */
function tiledBackward(
  dy: usize, winners: usize, y: usize, dx: usize,
  n: i32, h: i32, wd: i32, c: i32, poolH: i32, poolW: i32, oh: i32, ow: i32,
): void {
  const zero = f32x4.splat(0), laneOffsets = i32x4(0, 1, 2, 3);
  const rowBytes = <usize>(wd * c) << 2, coveredBytes = <usize>(ow * poolW * c) << 2;
  for (let img = 0; img < n; img++) {
    for (let iy = 0; iy < h; iy++) {
      const dxRow = dx + <usize>(img * h + iy) * rowBytes;
      const oy = iy / poolH;
      if (oy >= oh) { zeroBytes(dxRow, rowBytes); continue; }
      for (let ix = 0; ix < ow * poolW; ix++) {
        const flat = ((img * h + iy) * wd + ix) * c; // x's flat index of (img, iy, ix, 0)
        const out = ((img * oh + oy) * ow + ix / poolW) * c; // y's flat index of its window, channel 0
        for (let ch = 0; ch < c; ch += 4) {
          const at = min(ch, c - 4);
          const o = <usize>(out + at) << 2;
          let g = v128.load(dy + o);
          if (y) g = v128.and(g, f32x4.gt(v128.load(y + o), zero));
          const won = i32x4.eq(v128.load(winners + o), i32x4.add(i32x4.splat(flat + at), laneOffsets));
          v128.store(dx + (<usize>(flat + at) << 2), v128.and(g, won));
        }
      }
      zeroBytes(dxRow + coveredBytes, rowBytes - coveredBytes);
    }
  }
}
