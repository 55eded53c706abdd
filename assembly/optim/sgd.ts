// Plain SGD over the whole parameter buffer — params, grads (count) f32.

/** p −= lr · g, in place. */
export function sgdStep(params: usize, grads: usize, count: i32, lr: f32): void {
  const lrv = f32x4.splat(lr);
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const o = <usize>i << 2;
    v128.store(params + o, f32x4.sub(v128.load(params + o), f32x4.mul(lrv, v128.load(grads + o))));
  }
  for (; i < count; i++) {
    const o = <usize>i << 2;
    store<f32>(params + o, load<f32>(params + o) - lr * load<f32>(grads + o));
  }
}
