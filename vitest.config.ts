import { defineConfig } from 'vitest/config';

/**
 * The tests that exercise kernel builds: the kernel tests against the float64 reference, the
 * cross-checks against tfjs, and the data-parallel (threads build) and model tests. They run on
 * both builds: the plain wasm-SIMD one and the relaxed-SIMD one the browser picks (FILTERFIT_KERNELS,
 * read by src/engine/kernel-variant-node.ts).
 */
const KERNEL_BUILD_TESTS = [
  'src/engine/kernels-*.test.ts',
  'src/engine/kernel-variant.test.ts',
  'src/engine/parallel.test.ts',
  'src/engine/model*.test.ts',
  'src/crosscheck/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Kernels are CPU-bound; two cores are shared with the wasm builds.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'simd', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], env: { FILTERFIT_KERNELS: 'simd' } },
      },
      {
        extends: true,
        test: { name: 'relaxed', include: KERNEL_BUILD_TESTS, exclude: ['src/crosscheck/harness.test.ts'], env: { FILTERFIT_KERNELS: 'relaxed' } },
      },
    ],
  },
});
