// Browser entry of the engine (the training worker, pages): the kernel module as a Vite asset;
// extra threads are module workers sharing one memory, which needs cross-origin isolation.
import type { ModelSpec } from '../shared/spec';
import { spawnBrowserLane } from './lane-spawn-browser';
import { createModelOn, createParallelModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleBrowser, kernelThreadsModuleBrowser } from './wasm-browser';

export const NOT_ISOLATED_NOTE = 'this page is not cross-origin isolated (no SharedArrayBuffer): training uses one thread';

export async function createModel(spec: ModelSpec, options: CreateModelOptions = {}): Promise<Model> {
  const threads = options.threads ?? 1;
  let note = NOT_ISOLATED_NOTE;
  if (threads > 1 && globalThis.crossOriginIsolated) {
    try {
      return await createParallelModelOn(await kernelThreadsModuleBrowser(), spec, options, spawnBrowserLane);
    } catch (error) {
      if ((error as Error)?.name === 'SpecError') throw error;
      // Threads could not start (a worker failed, memory refused): train on one thread, say why.
      note = `training uses one thread: ${String((error as Error)?.message ?? error)}`;
    }
  }
  const model = await createModelOn(await kernelModuleBrowser(), spec, options);
  if (threads > 1) model.threadsNote = note;
  return model;
}
