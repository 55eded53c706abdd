// A data-parallel lane under Node worker_threads (see lane-spawn-node.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { LaneInit } from './lanes';
import { serveLane } from './parallel';

serveLane(workerData as LaneInit, () => parentPort!.postMessage({ type: 'ready' })).catch((error: unknown) =>
  parentPort!.postMessage({ type: 'error', message: String((error as Error)?.message ?? error) }),
);
