// A data-parallel lane in the browser: joins a model's shared memory and runs its slice of every
// batch (see src/engine/lanes.ts). Started by the training worker; one per extra core.
import { serveLane } from '../engine/parallel';
import type { LaneInit } from '../engine/lanes';

self.addEventListener(
  'message',
  (event: MessageEvent<LaneInit>) => {
    serveLane(event.data, () => self.postMessage({ type: 'ready' })).catch((error: unknown) =>
      self.postMessage({ type: 'error', message: String((error as Error)?.message ?? error) }),
    );
  },
  { once: true },
);
