// Spawning lane threads as module workers (from the training worker or a page).
import type { LaneHandle, SpawnLane } from './parallel';

export const spawnBrowserLane: SpawnLane = (init) => {
  const worker = new Worker(new URL('../worker/lane-worker.ts', import.meta.url), { type: 'module', name: `filterfit-lane-${init.lane}` });
  const ready = new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<{ type: string; message?: string }>) =>
      event.data.type === 'ready' ? resolve() : reject(new Error(`lane ${init.lane}: ${event.data.message}`)),
    );
    worker.addEventListener('error', (event) => reject(new Error(`lane ${init.lane} failed to start: ${event.message}`)));
    worker.addEventListener('messageerror', () => reject(new Error(`lane ${init.lane}: its start message could not be received`)));
  });
  worker.postMessage(init);
  const handle: LaneHandle = { ready, terminate: () => worker.terminate() };
  return handle;
};
