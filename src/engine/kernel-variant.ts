// Kernel builds and the run-time choice between them (asconfig.json targets). The plain wasm-SIMD
// build runs wherever the app runs; the relaxed-SIMD build compiles every GEMM multiply-add to
// f32x4.relaxed_madd — a fused multiply-add where the CPU has one (one instruction instead of two;
// twice the peak on CPUs whose FMA units also do the mul and the add) — and is picked only when
// the engine validates a relaxed-SIMD module. Both pass the same kernel tests: the reduction
// tolerance (test-compare.ts) bounds any f32 summation, and a fused step rounds once, not twice.

export type KernelVariant = 'simd' | 'relaxed';

/** File names in assembly/build: `single` for one memory per thread, `threads` for a shared one. */
export const KERNEL_BUILDS: Record<KernelVariant, { single: string; threads: string }> = {
  simd: { single: 'filterfit.wasm', threads: 'filterfit.threads.wasm' },
  relaxed: { single: 'filterfit.relaxed.wasm', threads: 'filterfit.threads.relaxed.wasm' },
};

/** One function: v128.const ×3, f32x4.relaxed_madd (0xfd 0x85 0x02). Valid iff relaxed SIMD is on. */
const RELAXED_SIMD_PROBE = (() => {
  const v128Const = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
  const body = [0x00, ...v128Const, ...v128Const, ...v128Const, 0xfd, 0x85, 0x02, 0x0b];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () → v128
    0x03, 0x02, 0x01, 0x00, // function section
    0x0a, body.length + 2, 0x01, body.length, ...body, // code section
  ]);
})();

export function relaxedSimdSupported(): boolean {
  return WebAssembly.validate(RELAXED_SIMD_PROBE);
}

/** The fastest build this engine can run. */
export function bestKernelVariant(): KernelVariant {
  return relaxedSimdSupported() ? 'relaxed' : 'simd';
}
