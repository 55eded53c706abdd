// Browser entry of the engine (the training worker, pages): the kernel module as a Vite asset.
import type { ModelSpec } from '../shared/spec';
import { createModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleBrowser } from './wasm-browser';

export async function createModel(spec: ModelSpec, options?: CreateModelOptions): Promise<Model> {
  return createModelOn(await kernelModuleBrowser(), spec, options);
}
