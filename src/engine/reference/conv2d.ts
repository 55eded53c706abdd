// Float64 reference conv2d — x (N,H,W,C) w (KH,KW,C,K) b (K) y (N,OH,OW,K), same semantics as
// the kernels (src/engine/kernels.ts). Plain loops, no cleverness: the ground truth for tests.

export interface ConvShape {
  n: number; h: number; wd: number; c: number;
  kh: number; kw: number; k: number;
  strideH: number; strideW: number; padTop: number; padLeft: number;
  oh: number; ow: number;
}

export type Padding = 'valid' | 'same';

/** Output size and leading padding of one spatial axis, as TF computes them. */
export function convAxis(size: number, kernel: number, stride: number, padding: Padding): { out: number; padBefore: number } {
  if (padding === 'valid') return { out: Math.floor((size - kernel) / stride) + 1, padBefore: 0 };
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + kernel - size, 0);
  return { out, padBefore: Math.floor(total / 2) };
}

/** The full ConvShape of a conv2d with TF 'valid' / 'same' padding. */
export function convShape(
  n: number, h: number, wd: number, c: number, kh: number, kw: number, k: number,
  strideH: number, strideW: number, padding: Padding,
): ConvShape {
  const rows = convAxis(h, kh, strideH, padding), cols = convAxis(wd, kw, strideW, padding);
  return { n, h, wd, c, kh, kw, k, strideH, strideW, padTop: rows.padBefore, padLeft: cols.padBefore, oh: rows.out, ow: cols.out };
}

/** y = act(conv(x, w) + b); b = null: no bias. */
export function conv2dForward(x: Float64Array, w: Float64Array, b: Float64Array | null, s: ConvShape, relu = false): Float64Array {
  const y = new Float64Array(s.n * s.oh * s.ow * s.k);
  for (let n = 0; n < s.n; n++)
    for (let oy = 0; oy < s.oh; oy++)
      for (let ox = 0; ox < s.ow; ox++)
        for (let k = 0; k < s.k; k++) {
          let sum = b ? b[k] : 0;
          for (let ky = 0; ky < s.kh; ky++) {
            const iy = oy * s.strideH - s.padTop + ky;
            if (iy < 0 || iy >= s.h) continue;
            for (let kx = 0; kx < s.kw; kx++) {
              const ix = ox * s.strideW - s.padLeft + kx;
              if (ix < 0 || ix >= s.wd) continue;
              for (let c = 0; c < s.c; c++) {
                sum += x[((n * s.h + iy) * s.wd + ix) * s.c + c] * w[((ky * s.kw + kx) * s.c + c) * s.k + k];
              }
            }
          }
          y[((n * s.oh + oy) * s.ow + ox) * s.k + k] = relu ? Math.max(0, sum) : sum;
        }
  return y;
}

/** Visits every (x index, w index, y index) triple the convolution multiplies. */
function forEachTap(s: ConvShape, visit: (xi: number, wi: number, yi: number) => void): void {
  for (let n = 0; n < s.n; n++)
    for (let oy = 0; oy < s.oh; oy++)
      for (let ox = 0; ox < s.ow; ox++)
        for (let ky = 0; ky < s.kh; ky++) {
          const iy = oy * s.strideH - s.padTop + ky;
          if (iy < 0 || iy >= s.h) continue;
          for (let kx = 0; kx < s.kw; kx++) {
            const ix = ox * s.strideW - s.padLeft + kx;
            if (ix < 0 || ix >= s.wd) continue;
            for (let c = 0; c < s.c; c++)
              for (let k = 0; k < s.k; k++)
                visit(((n * s.h + iy) * s.wd + ix) * s.c + c, ((ky * s.kw + kx) * s.c + c) * s.k + k, ((n * s.oh + oy) * s.ow + ox) * s.k + k);
          }
        }
}

/** dx (N,H,W,C) = conv-transpose of dy with w. */
export function conv2dBackwardInput(dy: Float64Array, w: Float64Array, s: ConvShape): Float64Array {
  const dx = new Float64Array(s.n * s.h * s.wd * s.c);
  forEachTap(s, (xi, wi, yi) => { dx[xi] += dy[yi] * w[wi]; });
  return dx;
}

/** dw (KH,KW,C,K) = Σ x-patch ⊗ dy. */
export function conv2dBackwardFilter(x: Float64Array, dy: Float64Array, s: ConvShape): Float64Array {
  const dw = new Float64Array(s.kh * s.kw * s.c * s.k);
  forEachTap(s, (xi, wi, yi) => { dw[wi] += x[xi] * dy[yi]; });
  return dw;
}
