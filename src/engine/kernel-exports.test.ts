// The KernelExports interface (kernels.ts) against what the built modules really export: every
// declared kernel is there with as many parameters as declared, and nothing else is. The table
// below is typed from the interface, so a kernel added to or removed from KernelExports, or a
// parameter count that changed, is a compile error here until the table follows.
import { describe, expect, it } from 'vitest';
import { KERNEL_BUILDS, type KernelVariant } from './kernel-variant';
import { kernelModuleVariantNode } from './kernel-variant-node';
import type { KernelExports } from './kernels';

const ARITY: { [K in keyof KernelExports]: Parameters<KernelExports[K]>['length'] } = {
  heapBase: 0,
  saxpy: 4,
  bytesToFloats: 4,
  zeroFloats: 2,
  peakMadd: 1,
  conv2dForward: 18,
  conv2dBackwardInput: 18,
  conv2dBackwardFilter: 16,
  winogradEligible: 6,
  winogradScratchFloats: 2,
  winogradBackwardScratchFloats: 2,
  conv2dForwardWinograd: 15,
  conv2dBackwardInputWinograd: 14,
  winogradFilterEligible: 6,
  conv2dBackwardFilterWinograd: 13,
  biasBackward: 4,
  reluBackward: 3,
  maxPool2dForward: 13,
  maxPool2dBackward: 14,
  channelMaxForward: 5,
  channelMaxBackward: 6,
  avgPool2dForward: 14,
  avgPool2dBackward: 14,
  dropoutForward: 8,
  dropoutBackward: 4,
  dropoutInference: 3,
  denseForward: 8,
  denseBackwardInput: 8,
  denseBackwardWeights: 6,
  softmaxForward: 4,
  softmaxCrossEntropy: 7,
  adamStep: 10,
  sgdStep: 4,
};

/** name → parameter count of every function the module exports (memory and globals left out). */
async function exportedFunctions(module: WebAssembly.Module, shared: boolean): Promise<Record<string, number>> {
  const memory = new WebAssembly.Memory({ initial: 16, maximum: shared ? 16384 : 32768, shared });
  const instance = await WebAssembly.instantiate(module, { env: { memory, abort: () => {} } });
  const functions = Object.entries(instance.exports).filter((entry): entry is [string, (...args: number[]) => number] => typeof entry[1] === 'function');
  return Object.fromEntries(functions.map(([name, fn]) => [name, fn.length]));
}

const builds = (Object.keys(KERNEL_BUILDS) as KernelVariant[]).flatMap((variant) => [
  { variant, threads: false, file: KERNEL_BUILDS[variant].single },
  { variant, threads: true, file: KERNEL_BUILDS[variant].threads },
]);

describe('kernel module exports match KernelExports', () => {
  it.each(builds)('$file', async ({ variant, threads }) => {
    const exported = await exportedFunctions(kernelModuleVariantNode(variant, threads), threads);
    expect(exported).toEqual(ARITY);
  });
});
