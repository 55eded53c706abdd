// Node entry of the engine (CLI, unit tests): the kernel module read from assembly/build;
// extra threads are worker_threads.
import { planModel } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';
import { spawnNodeLane } from './lane-spawn-node';
import { createModelOn, createParallelModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleNode, kernelThreadsModuleNode } from './wasm-node';

/** Plans `spec` once (SpecError before any thread starts), then builds on 1 or more threads. */
export async function createModel(spec: ModelSpec, options: CreateModelOptions = {}): Promise<Model> {
  const plan = planModel(spec);
  return (options.threads ?? 1) > 1
    ? createParallelModelOn(kernelThreadsModuleNode(), plan, options, spawnNodeLane)
    : createModelOn(kernelModuleNode(), plan, options);
}
