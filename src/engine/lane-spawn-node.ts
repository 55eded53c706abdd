// Spawning lane threads with worker_threads (CLI and tests). The lane file is TypeScript, so the
// thread registers tsx's loader first (execArgv --import is not honoured under every runner).
import { Worker } from 'node:worker_threads';
import type { LaneHandle, SpawnLane } from './parallel';

const LANE_FILE = new URL('./lane-thread-node.ts', import.meta.url);

export const spawnNodeLane: SpawnLane = (init) => {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(LANE_FILE.href)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: init });
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (message: { type: string; message?: string }) =>
      message.type === 'ready' ? resolve() : reject(new Error(`lane ${init.lane}: ${message.message}`)),
    );
    worker.once('error', reject);
  });
  const handle: LaneHandle = { ready, terminate: () => void worker.terminate() };
  return handle;
};
