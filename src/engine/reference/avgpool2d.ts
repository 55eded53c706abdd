// Float64 reference avgPool2d — x (N,H,W,C) y (N,OH,OW,C), Keras AveragePooling2D with TF's
// padding: 'valid' windows lie inside the image; 'same' gives OH = ceil(H/SH), pads
// floor(total/2) rows before (the odd one after) and divides by the in-image taps only.
import { outputLength, paddingBefore } from '../../shared/layers';

export interface AvgPoolShape {
  n: number; h: number; wd: number; c: number;
  poolH: number; poolW: number; strideH: number; strideW: number;
  padTop: number; padLeft: number;
  oh: number; ow: number;
}

export function avgPoolShape(
  n: number, h: number, wd: number, c: number, poolH: number, poolW: number, strideH: number, strideW: number, padding: 'valid' | 'same',
): AvgPoolShape {
  const oh = outputLength(h, poolH, strideH, padding), ow = outputLength(wd, poolW, strideW, padding);
  return {
    n, h, wd, c, poolH, poolW, strideH, strideW, oh, ow,
    padTop: paddingBefore(h, poolH, strideH, oh, padding), padLeft: paddingBefore(wd, poolW, strideW, ow, padding),
  };
}

/** Calls visit(outputIndex, inputIndex, taps) for every in-image tap of every window. */
function forEachTap(s: AvgPoolShape, visit: (o: number, i: number, taps: number) => void): void {
  for (let n = 0; n < s.n; n++)
    for (let oy = 0; oy < s.oh; oy++)
      for (let ox = 0; ox < s.ow; ox++) {
        const y0 = oy * s.strideH - s.padTop, x0 = ox * s.strideW - s.padLeft;
        const ys = Math.max(y0, 0), ye = Math.min(y0 + s.poolH, s.h);
        const xs = Math.max(x0, 0), xe = Math.min(x0 + s.poolW, s.wd);
        const taps = (ye - ys) * (xe - xs);
        for (let c = 0; c < s.c; c++) {
          const o = ((n * s.oh + oy) * s.ow + ox) * s.c + c;
          for (let iy = ys; iy < ye; iy++)
            for (let ix = xs; ix < xe; ix++) visit(o, ((n * s.h + iy) * s.wd + ix) * s.c + c, taps);
        }
      }
}

export function avgPool2dForward(x: ArrayLike<number>, s: AvgPoolShape): Float64Array {
  const y = new Float64Array(s.n * s.oh * s.ow * s.c);
  forEachTap(s, (o, i, taps) => (y[o] += x[i] / taps));
  return y;
}

/** dx (N,H,W,C) = Σ over the windows containing each input of dy / taps. */
export function avgPool2dBackward(dy: ArrayLike<number>, s: AvgPoolShape): Float64Array {
  const dx = new Float64Array(s.n * s.h * s.wd * s.c);
  forEachTap(s, (o, i, taps) => (dx[i] += dy[o] / taps));
  return dx;
}
