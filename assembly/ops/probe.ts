// A tiny SIMD kernel that proves the toolchain: if this runs, the host supports wasm SIMD
// and the build enabled it. y[i] = a * x[i] + y[i]  (saxpy), f32x4 body + scalar tail.
// x (n) y (n), both f32, y is updated in place.
export function saxpy(a: f32, x: usize, y: usize, n: i32): void {
  const av = f32x4.splat(a);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 2;
    v128.store(y + o, f32x4.add(v128.load(y + o), f32x4.mul(av, v128.load(x + o))));
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(y + o, load<f32>(y + o) + a * load<f32>(x + o));
  }
}
