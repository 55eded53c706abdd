// Node entry of the engine (CLI, unit tests): the kernel module read from assembly/build.
import type { ModelSpec } from '../shared/spec';
import { createModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleNode } from './wasm-node';

export function createModel(spec: ModelSpec, options?: CreateModelOptions): Promise<Model> {
  return createModelOn(kernelModuleNode(), spec, options);
}
