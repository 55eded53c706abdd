// The two kernel builds: same exports, and the relaxed one really fuses the GEMM multiply-add
// where V8 has an FMA (the plain one must never: its results are pinned by the exact tests).
// The kernel, cross-check, model and lanes tests run on both builds (vitest.config.ts projects
// 'simd' and 'relaxed', which set FILTERFIT_KERNELS).
import { describe, expect, it } from 'vitest';
import { enableRelaxedSimdNode, kernelVariantFromEnv, loadKernelVariantNode } from './kernel-variant-node';
import { TestMemory } from './test-memory';
import { relaxedSimdSupported } from './kernel-variant';

/** y = b + x·w for one pixel, one channel, 4 filters: 1×1 conv, the forward tile's first step. */
async function oneMultiplyAdd(variant: 'simd' | 'relaxed', x: number, w: number, b: number): Promise<number> {
  const { exports: e, memory } = await loadKernelVariantNode(variant);
  const base = (e.heapBase() + 15) & ~15;
  const f32 = new Float32Array(memory.buffer);
  const px = base, pw = base + 16, pb = base + 32, py = base + 48;
  f32[px / 4] = x;
  f32.set([w, w, w, w], pw / 4);
  f32.set([b, b, b, b], pb / 4);
  e.conv2dForward(px, pw, pb, py, 1, 1, 1, 1, 1, 1, 4, 1, 1, 0, 0, 1, 1, 0);
  return f32[py / 4];
}

describe('kernel builds', () => {
  it('relaxed SIMD can be enabled in this Node, and both builds export the same kernels', async () => {
    expect(enableRelaxedSimdNode()).toBe(true);
    expect(relaxedSimdSupported()).toBe(true);
    const names = async (v: 'simd' | 'relaxed') => Object.keys((await loadKernelVariantNode(v)).exports).sort();
    expect(await names('relaxed')).toEqual(await names('simd'));
  });

  it('rounds x·w + b twice in the plain build and at most twice (once with an FMA) in the relaxed one', async () => {
    // (1 + 2⁻¹²)² − 1 = 2⁻¹¹ + 2⁻²⁴ exactly; rounding x·w to f32 first drops the 2⁻²⁴
    const x = 1 + 2 ** -12, unfused = 2 ** -11, fused = 2 ** -11 + 2 ** -24;
    expect(await oneMultiplyAdd('simd', x, x, -1)).toBe(unfused);
    expect([unfused, fused]).toContain(await oneMultiplyAdd('relaxed', x, x, -1));
  });

  it('the kernel tests of this project run the build FILTERFIT_KERNELS names', async () => {
    const variant = kernelVariantFromEnv();
    const x = 1 + 2 ** -12;
    const memory = await TestMemory.create(1 << 20);
    const e = memory.exports;
    const px = memory.f32('x', [x]), pw = memory.f32('w', [x, x, x, x]), pb = memory.f32('b', [-1, -1, -1, -1]), py = memory.output('y', 4);
    e.conv2dForward(px, pw, pb, py, 1, 1, 1, 1, 1, 1, 4, 1, 1, 0, 0, 1, 1, 0);
    // the same multiply-add as the variant's own module: fused in the relaxed build where V8 has an FMA
    expect(memory.readF32(py, 1)[0]).toBe(await oneMultiplyAdd(variant, x, x, -1));
    if (variant === 'relaxed' && (await oneMultiplyAdd('relaxed', x, x, -1)) !== (await oneMultiplyAdd('simd', x, x, -1))) {
      expect(memory.readF32(py, 1)[0]).toBe(2 ** -11 + 2 ** -24);
    }
  });
});
