// Node entry of the engine (CLI, unit tests): the kernel module read from assembly/build — the
// plain SIMD build, or the relaxed-SIMD one with FILTERFIT_KERNELS=relaxed (the browser's pick);
// extra threads are worker_threads on that build's threads variant.
import { planModel } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';
import { spawnNodeLane } from './lane-spawn-node';
import { createModelOn, createParallelModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleVariantNode, kernelVariantFromEnv } from './kernel-variant-node';

/** Plans `spec` once (SpecError before any thread starts), then builds on 1 or more threads. */
export async function createModel(spec: ModelSpec, options: CreateModelOptions = {}): Promise<Model> {
  const plan = planModel(spec);
  const variant = kernelVariantFromEnv();
  return (options.threads ?? 1) > 1
    ? createParallelModelOn(kernelModuleVariantNode(variant, true), plan, options, spawnNodeLane)
    : createModelOn(kernelModuleVariantNode(variant), plan, options);
}
