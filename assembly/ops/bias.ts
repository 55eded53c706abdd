// bias — the forward is fused into conv2dForward / denseForward (b = 0 means no bias);
// the backward is the column sum over every row of dy, for conv (rows = N·OH·OW) and dense (rows = N).

/** db (K) = Σ_r dy (rows,K)[r, ·]. Writes db. Columns in blocks of 16, 4, then 1. */
export function biasBackward(dy: usize, db: usize, rows: i32, k: i32): void {
  const rowBytes = <usize>k << 2;
  let col = 0;
  for (; col + 16 <= k; col += 16) {
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
    let p = dy + (<usize>col << 2);
    for (let r = 0; r < rows; r++, p += rowBytes) {
      a0 = f32x4.add(a0, v128.load(p));
      a1 = f32x4.add(a1, v128.load(p, 16));
      a2 = f32x4.add(a2, v128.load(p, 32));
      a3 = f32x4.add(a3, v128.load(p, 48));
    }
    const o = db + (<usize>col << 2);
    v128.store(o, a0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
  }
  for (; col + 4 <= k; col += 4) {
    let a = f32x4.splat(0);
    let p = dy + (<usize>col << 2);
    for (let r = 0; r < rows; r++, p += rowBytes) a = f32x4.add(a, v128.load(p));
    v128.store(db + (<usize>col << 2), a);
  }
  for (; col < k; col++) {
    let s: f32 = 0;
    let p = dy + (<usize>col << 2);
    for (let r = 0; r < rows; r++, p += rowBytes) s += load<f32>(p);
    store<f32>(db + (<usize>col << 2), s);
  }
}
