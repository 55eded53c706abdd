// dense — x (N,I) w (I,O) b (O) y (N,O); w is the Keras kernel layout (inputs × units).
import { sumLanes, sumLanes4 } from './simd';

/**
 * y = act(x·w + b). Writes y. b = 0: no bias; relu = 1: max(0, ·). Vectorised over units, four
 * rows of x at a time so each loaded f32x4 of w feeds four accumulators.
 */
export function denseForward(x: usize, w: usize, b: usize, y: usize, n: i32, inputs: i32, units: i32, relu: i32): void {
  const xRowBytes = <usize>inputs << 2, yRowBytes = <usize>units << 2, wRowBytes = <usize>units << 2;
  const zero = f32x4.splat(0);
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const x0 = x + <usize>r * xRowBytes, x1 = x0 + xRowBytes, x2 = x1 + xRowBytes, x3 = x2 + xRowBytes;
    const y0 = y + <usize>r * yRowBytes;
    let o = 0;
    for (; o + 4 <= units; o += 4) {
      const oo = <usize>o << 2;
      let a0 = b ? v128.load(b + oo) : zero;
      let a1 = a0, a2 = a0, a3 = a0;
      let wp = w + oo;
      for (let i = 0; i < inputs; i++, wp += wRowBytes) {
        const io = <usize>i << 2;
        const wv = v128.load(wp);
        a0 = f32x4.add(a0, f32x4.mul(v128.load32_splat(x0 + io), wv));
        a1 = f32x4.add(a1, f32x4.mul(v128.load32_splat(x1 + io), wv));
        a2 = f32x4.add(a2, f32x4.mul(v128.load32_splat(x2 + io), wv));
        a3 = f32x4.add(a3, f32x4.mul(v128.load32_splat(x3 + io), wv));
      }
      if (relu) { a0 = f32x4.max(a0, zero); a1 = f32x4.max(a1, zero); a2 = f32x4.max(a2, zero); a3 = f32x4.max(a3, zero); }
      const yp = y0 + oo;
      v128.store(yp, a0); v128.store(yp + yRowBytes, a1);
      v128.store(yp + 2 * yRowBytes, a2); v128.store(yp + 3 * yRowBytes, a3);
    }
    for (; o < units; o++) { // units % 4 tail
      const oo = <usize>o << 2;
      let s0: f32 = b ? load<f32>(b + oo) : 0;
      let s1 = s0, s2 = s0, s3 = s0;
      let wp = w + oo;
      for (let i = 0; i < inputs; i++, wp += wRowBytes) {
        const io = <usize>i << 2;
        const wv = load<f32>(wp);
        s0 += load<f32>(x0 + io) * wv; s1 += load<f32>(x1 + io) * wv;
        s2 += load<f32>(x2 + io) * wv; s3 += load<f32>(x3 + io) * wv;
      }
      if (relu) { s0 = max(s0, <f32>0); s1 = max(s1, <f32>0); s2 = max(s2, <f32>0); s3 = max(s3, <f32>0); }
      const yp = y0 + oo;
      store<f32>(yp, s0); store<f32>(yp + yRowBytes, s1);
      store<f32>(yp + 2 * yRowBytes, s2); store<f32>(yp + 3 * yRowBytes, s3);
    }
  }
  for (; r < n; r++) { // N % 4 leftover rows, one at a time
    const x0 = x + <usize>r * xRowBytes, y0 = y + <usize>r * yRowBytes;
    let o = 0;
    for (; o + 4 <= units; o += 4) {
      const oo = <usize>o << 2;
      let a = b ? v128.load(b + oo) : zero;
      let wp = w + oo;
      for (let i = 0; i < inputs; i++, wp += wRowBytes) {
        a = f32x4.add(a, f32x4.mul(v128.load32_splat(x0 + (<usize>i << 2)), v128.load(wp)));
      }
      v128.store(y0 + oo, relu ? f32x4.max(a, zero) : a);
    }
    for (; o < units; o++) {
      const oo = <usize>o << 2;
      let s: f32 = b ? load<f32>(b + oo) : 0;
      let wp = w + oo;
      for (let i = 0; i < inputs; i++, wp += wRowBytes) s += load<f32>(x0 + (<usize>i << 2)) * load<f32>(wp);
      store<f32>(y0 + oo, relu ? max(s, <f32>0) : s);
    }
  }
}

/**
 * dx (N,I) = dy (N,O) · wᵀ: dx[r,i] = dy[r,:] · w[i,:]. Writes dx. Dot products over O, four
 * inputs i at a time, folded by one transpose-sum into an f32x4 of dx.
 */
export function denseBackwardInput(dy: usize, w: usize, dx: usize, n: i32, inputs: i32, units: i32): void {
  const rowBytes = <usize>units << 2; // one row of dy or of w
  for (let r = 0; r < n; r++) {
    const dyRow = dy + <usize>r * rowBytes, dxRow = dx + (<usize>(r * inputs) << 2);
    let i = 0;
    for (; i + 4 <= inputs; i += 4) {
      const w0 = w + <usize>i * rowBytes, w1 = w0 + rowBytes, w2 = w1 + rowBytes, w3 = w2 + rowBytes;
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
      let o = 0;
      for (; o + 4 <= units; o += 4) {
        const oo = <usize>o << 2;
        const d = v128.load(dyRow + oo);
        a0 = f32x4.add(a0, f32x4.mul(d, v128.load(w0 + oo)));
        a1 = f32x4.add(a1, f32x4.mul(d, v128.load(w1 + oo)));
        a2 = f32x4.add(a2, f32x4.mul(d, v128.load(w2 + oo)));
        a3 = f32x4.add(a3, f32x4.mul(d, v128.load(w3 + oo)));
      }
      let s0: f32 = 0, s1: f32 = 0, s2: f32 = 0, s3: f32 = 0; // units % 4 tail
      for (; o < units; o++) {
        const oo = <usize>o << 2;
        const d = load<f32>(dyRow + oo);
        s0 += d * load<f32>(w0 + oo); s1 += d * load<f32>(w1 + oo);
        s2 += d * load<f32>(w2 + oo); s3 += d * load<f32>(w3 + oo);
      }
      const tails = f32x4.replace_lane(f32x4.replace_lane(f32x4.replace_lane(f32x4.splat(s0), 1, s1), 2, s2), 3, s3);
      v128.store(dxRow + (<usize>i << 2), f32x4.add(sumLanes4(a0, a1, a2, a3), tails));
    }
    for (; i < inputs; i++) { // inputs % 4 tail
      const wi = w + <usize>i * rowBytes;
      let a = f32x4.splat(0);
      let o = 0;
      for (; o + 4 <= units; o += 4) {
        const oo = <usize>o << 2;
        a = f32x4.add(a, f32x4.mul(v128.load(dyRow + oo), v128.load(wi + oo)));
      }
      let s: f32 = 0;
      for (; o < units; o++) s += load<f32>(dyRow + (<usize>o << 2)) * load<f32>(wi + (<usize>o << 2));
      store<f32>(dxRow + (<usize>i << 2), sumLanes(a) + s);
    }
  }
}

/**
 * dw (I,O) = xᵀ · dy: dw[i,:] = Σ_r x[r,i] · dy[r,:] (outer products accumulated over the batch).
 * Writes dw. Each dw row is accumulated in registers, 16, 4, then 1 units at a time.
 */
export function denseBackwardWeights(x: usize, dy: usize, dw: usize, n: i32, inputs: i32, units: i32): void {
  const xRowBytes = <usize>inputs << 2, dyRowBytes = <usize>units << 2;
  for (let i = 0; i < inputs; i++) {
    const xCol = x + (<usize>i << 2), dwRow = dw + <usize>i * dyRowBytes;
    let o = 0;
    for (; o + 16 <= units; o += 16) {
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0;
      let xp = xCol, dyp = dy + (<usize>o << 2);
      for (let r = 0; r < n; r++, xp += xRowBytes, dyp += dyRowBytes) {
        const xv = v128.load32_splat(xp);
        a0 = f32x4.add(a0, f32x4.mul(xv, v128.load(dyp)));
        a1 = f32x4.add(a1, f32x4.mul(xv, v128.load(dyp, 16)));
        a2 = f32x4.add(a2, f32x4.mul(xv, v128.load(dyp, 32)));
        a3 = f32x4.add(a3, f32x4.mul(xv, v128.load(dyp, 48)));
      }
      const out = dwRow + (<usize>o << 2);
      v128.store(out, a0); v128.store(out, a1, 16); v128.store(out, a2, 32); v128.store(out, a3, 48);
    }
    for (; o + 4 <= units; o += 4) {
      let a = f32x4.splat(0);
      let xp = xCol, dyp = dy + (<usize>o << 2);
      for (let r = 0; r < n; r++, xp += xRowBytes, dyp += dyRowBytes) {
        a = f32x4.add(a, f32x4.mul(v128.load32_splat(xp), v128.load(dyp)));
      }
      v128.store(dwRow + (<usize>o << 2), a);
    }
    for (; o < units; o++) { // units % 4 tail
      let s: f32 = 0;
      let xp = xCol, dyp = dy + (<usize>o << 2);
      for (let r = 0; r < n; r++, xp += xRowBytes, dyp += dyRowBytes) s += load<f32>(xp) * load<f32>(dyp);
      store<f32>(dwRow + (<usize>o << 2), s);
    }
  }
}
