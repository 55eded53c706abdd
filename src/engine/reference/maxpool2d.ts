// Float64 reference maxPool2d — x (N,H,W,C) y (N,OH,OW,C) winners (N,OH,OW,C) = flat x index.
// 'valid' windows. Tie rule: row-major window scan, strictly greater replaces → first max wins.

export interface PoolShape {
  n: number; h: number; wd: number; c: number;
  poolH: number; poolW: number; strideH: number; strideW: number;
  oh: number; ow: number;
}

export function poolShape(n: number, h: number, wd: number, c: number, poolH: number, poolW: number, strideH: number, strideW: number): PoolShape {
  return { n, h, wd, c, poolH, poolW, strideH, strideW, oh: Math.floor((h - poolH) / strideH) + 1, ow: Math.floor((wd - poolW) / strideW) + 1 };
}

export function maxPool2dForward(x: ArrayLike<number>, s: PoolShape): { y: Float64Array; winners: Int32Array } {
  const count = s.n * s.oh * s.ow * s.c;
  const y = new Float64Array(count), winners = new Int32Array(count);
  for (let n = 0; n < s.n; n++)
    for (let oy = 0; oy < s.oh; oy++)
      for (let ox = 0; ox < s.ow; ox++)
        for (let c = 0; c < s.c; c++) {
          let best = -Infinity, bestIndex = -1;
          for (let py = 0; py < s.poolH; py++)
            for (let px = 0; px < s.poolW; px++) {
              const i = ((n * s.h + oy * s.strideH + py) * s.wd + ox * s.strideW + px) * s.c + c;
              if (bestIndex < 0 || x[i] > best) { best = x[i]; bestIndex = i; }
            }
          const o = ((n * s.oh + oy) * s.ow + ox) * s.c + c;
          y[o] = best; winners[o] = bestIndex;
        }
  return { y, winners };
}

/** dx (dxCount) = Σ dy[i] at winners[i]. */
export function maxPool2dBackward(dy: ArrayLike<number>, winners: ArrayLike<number>, dxCount: number): Float64Array {
  const dx = new Float64Array(dxCount);
  for (let i = 0; i < dy.length; i++) dx[winners[i]] += dy[i];
  return dx;
}
