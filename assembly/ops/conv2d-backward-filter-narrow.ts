// The weight gradient of a 1×1, stride-1 conv with few filters — above all a dense layer into a
// handful of units (the 10-class logistic layer of every preset): x (P,C) dy (P,K) dw (C,K).
//   dw[c,k] = Σ_p x[p,c] · dy[p,k]          Writes dw.
// The general kernel (conv2d-backward-filter.ts) runs f32x4 along K: with K = 10 that is one ×8
// tile plus a masked f32x4 with 2 of 4 lanes used, 4 chains, half the time for a fifth of the
// work. Here the f32x4 run along C instead (x rows are C-contiguous) and a tile takes up to four
// filters at once: per pixel 2 x loads + B dy splats feed 2·B multiply-adds, every lane used
// (1.5× faster at 3640 → 10). Tiles: 8 channels × B filters (2·B ≤ 8 accumulators), then
// 4 channels × B, then one channel at a time for C mod 4; B = 4 until fewer are left. Each tile
// sums all P pixels and stores its 8·B sums transposed into dw (K-contiguous).
import { madd } from './simd';

/** Filters per tile: 8 accumulators + 2 x vectors + 1 splat. With 5 (10 accumulators) V8 spills and the tile runs at half speed. */
const FILTERS_PER_TILE = 4;

export function backwardFilterNarrow(x: usize, dy: usize, dw: usize, pixels: i32, c: i32, k: i32): void {
  const xRowBytes = <usize>c << 2, dyRowBytes = <usize>k << 2;
  for (let k0 = 0; k0 < k; k0 += FILTERS_PER_TILE) {
    const filters = min(FILTERS_PER_TILE, k - k0);
    const dyFirst = dy + (<usize>k0 << 2), dwFirst = dw + (<usize>k0 << 2);
    let ch = 0;
    for (; ch + 8 <= c; ch += 8) filterBlock(2, filters, x + (<usize>ch << 2), dyFirst, dwFirst + <usize>ch * dyRowBytes, pixels, xRowBytes, dyRowBytes);
    if (ch + 4 <= c) {
      filterBlock(1, filters, x + (<usize>ch << 2), dyFirst, dwFirst + <usize>ch * dyRowBytes, pixels, xRowBytes, dyRowBytes);
      ch += 4;
    }
    for (; ch < c; ch++) { // C mod 4: one scalar sum per filter
      for (let f = 0; f < filters; f++) {
        let s: f32 = 0;
        let xp = x + (<usize>ch << 2), dyp = dyFirst + (<usize>f << 2);
        for (let p = 0; p < pixels; p++, xp += xRowBytes, dyp += dyRowBytes) s += load<f32>(xp) * load<f32>(dyp);
        store<f32>(dwFirst + <usize>ch * dyRowBytes + (<usize>f << 2), s);
      }
    }
  }
}

/** `filters` (1..4) as a constant for each tile, so every tile inlines branch-free. */
// @ts-ignore: decorator
@inline function filterBlock(V: i32, filters: i32, x: usize, dy: usize, dw: usize, pixels: i32, xRowBytes: usize, dyRowBytes: usize): void {
  if (filters == 4) f32_dwnarrow_tile_wasmsimd(V, 4, x, dy, dw, pixels, xRowBytes, dyRowBytes);
  else if (filters == 3) f32_dwnarrow_tile_wasmsimd(V, 3, x, dy, dw, pixels, xRowBytes, dyRowBytes);
  else if (filters == 2) f32_dwnarrow_tile_wasmsimd(V, 2, x, dy, dw, pixels, xRowBytes, dyRowBytes);
  else f32_dwnarrow_tile_wasmsimd(V, 1, x, dy, dw, pixels, xRowBytes, dyRowBytes);
}

/**
 * One tile: 4·V channels (V f32x4 of x per pixel) × B filters (B dy splats per pixel), summed over
 * every pixel, then stored transposed: dw[c + lane, f] for f < B.
 */
// @ts-ignore: decorator
@inline function f32_dwnarrow_tile_wasmsimd(V: i32, B: i32, x: usize, dy: usize, dw: usize, pixels: i32, xRowBytes: usize, dyRowBytes: usize): void {
  const zero = f32x4.splat(0);
  let a00 = zero, a01 = zero, a10 = zero, a11 = zero, a20 = zero, a21 = zero, a30 = zero, a31 = zero;
  let xp = x, dyp = dy;
  for (let p = 0; p < pixels; p++, xp += xRowBytes, dyp += dyRowBytes) {
    const x0 = v128.load(xp), x1 = V > 1 ? v128.load(xp, 16) : zero;
    const d0 = v128.load32_splat(dyp);
    a00 = madd(x0, d0, a00);
    if (V > 1) a01 = madd(x1, d0, a01);
    if (B > 1) {
      const d1 = v128.load32_splat(dyp, 4);
      a10 = madd(x0, d1, a10);
      if (V > 1) a11 = madd(x1, d1, a11);
    }
    if (B > 2) {
      const d2 = v128.load32_splat(dyp, 8);
      a20 = madd(x0, d2, a20);
      if (V > 1) a21 = madd(x1, d2, a21);
    }
    if (B > 3) {
      const d3 = v128.load32_splat(dyp, 12);
      a30 = madd(x0, d3, a30);
      if (V > 1) a31 = madd(x1, d3, a31);
    }
  }
  storeColumn(dw, dyRowBytes, a00);
  if (V > 1) storeColumn(dw + (dyRowBytes << 2), dyRowBytes, a01);
  if (B > 1) { storeColumn(dw + 4, dyRowBytes, a10); if (V > 1) storeColumn(dw + (dyRowBytes << 2) + 4, dyRowBytes, a11); }
  if (B > 2) { storeColumn(dw + 8, dyRowBytes, a20); if (V > 1) storeColumn(dw + (dyRowBytes << 2) + 8, dyRowBytes, a21); }
  if (B > 3) { storeColumn(dw + 12, dyRowBytes, a30); if (V > 1) storeColumn(dw + (dyRowBytes << 2) + 12, dyRowBytes, a31); }
}

/** The four lanes of a (four consecutive channels, one filter) into dw rows `rowBytes` apart. */
// @ts-ignore: decorator
@inline function storeColumn(dw: usize, rowBytes: usize, a: v128): void {
  store<f32>(dw, f32x4.extract_lane(a, 0));
  store<f32>(dw + rowBytes, f32x4.extract_lane(a, 1));
  store<f32>(dw + 2 * rowBytes, f32x4.extract_lane(a, 2));
  store<f32>(dw + 3 * rowBytes, f32x4.extract_lane(a, 3));
}
