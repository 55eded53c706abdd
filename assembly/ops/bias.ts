// bias — the forward is fused into conv2dForward / denseForward (b = 0 means no bias);
// the backward is the column sum over every row of dy, for conv (rows = N·OH·OW) and dense (rows = N).

/**
 * db (K) = Σ_r dy (rows,K)[r, ·]. Writes db. One pass over dy per 32 columns (8 f32x4 sums), then
 * 16, 4, and K mod 4 as one more f32x4 at K − 4 (it recomputes up to 3 sums with identical
 * values); K < 4 goes scalar.
 */
export function biasBackward(dy: usize, db: usize, rows: i32, k: i32): void {
  const rowBytes = <usize>k << 2;
  if (k < 4) {
    for (let col = 0; col < k; col++) {
      let s: f32 = 0;
      let p = dy + (<usize>col << 2);
      for (let r = 0; r < rows; r++, p += rowBytes) s += load<f32>(p);
      store<f32>(db + (<usize>col << 2), s);
    }
    return;
  }
  let col = 0;
  for (; col + 32 <= k; col += 32) f32_colsum_wasmsimd(8, dy + (<usize>col << 2), db + (<usize>col << 2), rows, rowBytes);
  if (col + 16 <= k) { f32_colsum_wasmsimd(4, dy + (<usize>col << 2), db + (<usize>col << 2), rows, rowBytes); col += 16; }
  for (; col + 4 <= k; col += 4) f32_colsum_wasmsimd(1, dy + (<usize>col << 2), db + (<usize>col << 2), rows, rowBytes);
  if (col < k) f32_colsum_wasmsimd(1, dy + rowBytes - 16, db + rowBytes - 16, rows, rowBytes);
}

/** 4·V column sums (V = 1, 4 or 8, a constant at every call site) over `rows` rows. */
// @ts-ignore: decorator
@inline function f32_colsum_wasmsimd(V: i32, dy: usize, db: usize, rows: i32, rowBytes: usize): void {
  const zero = f32x4.splat(0);
  let a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero;
  let p = dy, r = 0;
  if (V == 1) { // one chain would wait on each add: four rows in four sums
    for (; r + 4 <= rows; r += 4, p += rowBytes << 2) {
      a0 = f32x4.add(a0, v128.load(p)); a1 = f32x4.add(a1, v128.load(p + rowBytes));
      a2 = f32x4.add(a2, v128.load(p + 2 * rowBytes)); a3 = f32x4.add(a3, v128.load(p + 3 * rowBytes));
    }
    a0 = f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3));
  }
  for (; r < rows; r++, p += rowBytes) {
    a0 = f32x4.add(a0, v128.load(p));
    if (V > 1) {
      a1 = f32x4.add(a1, v128.load(p, 16)); a2 = f32x4.add(a2, v128.load(p, 32)); a3 = f32x4.add(a3, v128.load(p, 48));
    }
    if (V > 4) {
      a4 = f32x4.add(a4, v128.load(p, 64)); a5 = f32x4.add(a5, v128.load(p, 80));
      a6 = f32x4.add(a6, v128.load(p, 96)); a7 = f32x4.add(a7, v128.load(p, 112));
    }
  }
  v128.store(db, a0);
  if (V > 1) { v128.store(db, a1, 16); v128.store(db, a2, 32); v128.store(db, a3, 48); }
  if (V > 4) { v128.store(db, a4, 64); v128.store(db, a5, 80); v128.store(db, a6, 96); v128.store(db, a7, 112); }
}
