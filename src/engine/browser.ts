// Browser entry of the engine (the training worker, pages): the kernel module as a Vite asset;
// extra threads are module workers sharing one memory, which needs cross-origin isolation.
import { planModel } from '../shared/plan';
import type { ModelSpec } from '../shared/spec';
import { spawnBrowserLane } from './lane-spawn-browser';
import { createModelOn, createParallelModelOn, type CreateModelOptions, type Model } from './model';
import { kernelModuleBrowser, kernelThreadsModuleBrowser } from './wasm-browser';

export const NOT_ISOLATED_NOTE = 'this page is not cross-origin isolated (no SharedArrayBuffer): training uses one thread';

/** Plans `spec` once (SpecError before any thread starts), then builds on 1 or more threads. */
export async function createModel(spec: ModelSpec, options: CreateModelOptions = {}): Promise<Model> {
  const plan = planModel(spec);
  const threads = options.threads ?? 1;
  let note = NOT_ISOLATED_NOTE;
  if (threads > 1 && globalThis.crossOriginIsolated) {
    try {
      return await createParallelModelOn(await kernelThreadsModuleBrowser(), plan, options, spawnBrowserLane);
    } catch (error) {
      // Threads could not start (a worker failed, memory refused): train on one thread, say why.
      note = `training uses one thread: ${String((error as Error)?.message ?? error)}`;
    }
  }
  const model = await createModelOn(await kernelModuleBrowser(), plan, options);
  if (threads > 1) model.threadsNote = note;
  return model;
}
