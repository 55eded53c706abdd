// Buffer utilities: u8 pixels → f32, and zeroing (used by zero_grad and by the backward kernels).

/** dst (count) f32 = src (count) u8 · scale. Writes dst. */
export function bytesToFloats(src: usize, dst: usize, count: i32, scale: f32): void {
  const sv = f32x4.splat(scale);
  let i = 0;
  for (; i + 8 <= count; i += 8) {
    const bytes = v128.load8x8_u(src + <usize>i); // 8 × u8 → 8 × u16
    const o = dst + (<usize>i << 2);
    v128.store(o, f32x4.mul(f32x4.convert_i32x4_u(i32x4.extend_low_i16x8_u(bytes)), sv));
    v128.store(o, f32x4.mul(f32x4.convert_i32x4_u(i32x4.extend_high_i16x8_u(bytes)), sv), 16);
  }
  for (; i < count; i++) {
    store<f32>(dst + (<usize>i << 2), <f32>load<u8>(src + <usize>i) * scale);
  }
}

/** dst (count) f32 = 0. */
export function zeroFloats(dst: usize, count: i32): void {
  zeroBytes(dst, <usize>count << 2);
}

/** Zeroes `bytes` bytes at dst (a multiple of 4), 16 bytes per store. */
// @ts-ignore: decorator
@inline export function zeroBytes(dst: usize, bytes: usize): void {
  const zero = f32x4.splat(0);
  const end = dst + bytes;
  let p = dst;
  for (; p + 16 <= end; p += 16) v128.store(p, zero);
  for (; p < end; p += 4) store<f32>(p, 0);
}
