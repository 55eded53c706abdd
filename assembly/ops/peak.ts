// The in-register f32x4 multiply-add peak: the ceiling the GEMM-style kernels are measured against
// (scripts/bench-kernels.ts, the browser benchmark). No memory traffic: 12 independent chains
// acc = acc·m + c (2 FLOPs per lane per step, 96 FLOPs per iteration). Twelve chains cover the
// mul + add latency (≈ 6 cycles) at two multiply-adds per cycle; m and c are constants so V8 keeps
// them in registers (12 + 2 of its 15 allocatable xmm). acc converges to 1: no overflow, no denormals.
// In the relaxed-SIMD build madd is a fused multiply-add, so this measures that build's peak.
import { madd } from './simd';

/** Runs `iterations` × 12 f32x4 multiply-adds; returns a value depending on all of them. */
export function peakMadd(iterations: i32): f32 {
  const m = f32x4.splat(0.5), c = f32x4.splat(0.5);
  const seed = <f32>iterations * 1e-9; // unknown at compile time: nothing can be folded
  let a0 = f32x4.splat(seed), a1 = f32x4.splat(seed + 1), a2 = f32x4.splat(seed + 2), a3 = f32x4.splat(seed + 3);
  let a4 = f32x4.splat(seed + 4), a5 = f32x4.splat(seed + 5), a6 = f32x4.splat(seed + 6), a7 = f32x4.splat(seed + 7);
  let a8 = f32x4.splat(seed + 8), a9 = f32x4.splat(seed + 9), a10 = f32x4.splat(seed + 10), a11 = f32x4.splat(seed + 11);
  for (let i = 0; i < iterations; i++) {
    a0 = madd(a0, m, c); a1 = madd(a1, m, c);
    a2 = madd(a2, m, c); a3 = madd(a3, m, c);
    a4 = madd(a4, m, c); a5 = madd(a5, m, c);
    a6 = madd(a6, m, c); a7 = madd(a7, m, c);
    a8 = madd(a8, m, c); a9 = madd(a9, m, c);
    a10 = madd(a10, m, c); a11 = madd(a11, m, c);
  }
  const s = f32x4.add(
    f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7))),
    f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11)),
  );
  return f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3);
}
