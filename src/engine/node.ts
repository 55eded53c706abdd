// Node entry of the engine (CLI, unit tests): the kernel module read from assembly/build;
// extra threads are worker_threads.
import type { ModelSpec } from '../shared/spec';
import { spawnNodeLane } from './lane-spawn-node';
import { createModelOn, createParallelModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleNode, kernelThreadsModuleNode } from './wasm-node';

export function createModel(spec: ModelSpec, options: CreateModelOptions = {}): Promise<Model> {
  return (options.threads ?? 1) > 1
    ? createParallelModelOn(kernelThreadsModuleNode(), spec, options, spawnNodeLane)
    : createModelOn(kernelModuleNode(), spec, options);
}
