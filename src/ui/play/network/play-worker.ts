// Play mode's own training worker, started on first need and kept for the page's life: it holds
// the test images and one network at a time. Several PlayerNetworks share it, so `hold` rebuilds
// only when another network is asked for.
import type { ModelSpec } from '../../../shared/spec';
import { TrainerBridge } from '../../../worker/bridge';

export interface TestImages {
  images: Uint8Array;
  labels: Uint8Array;
}

export interface PlayWorker {
  bridge: TrainerBridge;
  /** Makes the worker hold network `id` (built from `spec`, `seed`, then given `weights`). */
  hold(id: string, spec: ModelSpec, seed: number, weights: Float32Array): Promise<void>;
}

let worker: PlayWorker | undefined;

export function playWorker(test: TestImages, debug: boolean): PlayWorker {
  if (worker?.bridge.isAlive) return worker;
  worker?.bridge.terminate();
  const bridge = new TrainerBridge({ debug });
  // Only the test images: play never trains.
  void bridge.setDataset({ trainImages: new Uint8Array(0), trainLabels: new Uint8Array(0), testImages: test.images, testLabels: test.labels }).catch(() => {});
  let held: string | undefined;
  let queue: Promise<void> = Promise.resolve();
  const hold = (id: string, spec: ModelSpec, seed: number, weights: Float32Array) => {
    queue = queue
      .catch(() => {})
      .then(async () => {
        if (held === id) return;
        held = undefined;
        await bridge.call((r) => r.build(spec, { seed, batchSize: 256 }));
        await bridge.call((r) => r.importWeights(weights));
        held = id;
      });
    return queue;
  };
  worker = { bridge, hold };
  return worker;
}
