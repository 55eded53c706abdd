// Building a model whose batches are split across lanes on several threads. The environment
// (browser worker or Node worker_threads) only supplies `spawnLane`; everything else is shared.
import type { ModelPlan } from '../shared/plan';
import { AtomicsLaneExecutor, MAX_LANES, runLaneLoop, type LaneInit } from './lanes';
import { Network } from './network';
import { createSharedMemory, instantiateKernels, withWinograd } from './wasm';

/** A lane that has not joined after this long never will (its worker failed to start). */
const LANE_START_TIMEOUT_MS = 30_000;

export interface LaneHandle {
  /** Resolves when the lane thread has built its layout and waits for commands. */
  ready: Promise<void>;
  terminate(): void;
}

export type SpawnLane = (init: LaneInit) => LaneHandle;

export interface ParallelNetwork {
  net: Network;
  dispose(): void;
}

/** Lane 0 here, lanes 1… on spawned threads, all on one shared memory. */
export async function createParallelNetwork(module: WebAssembly.Module, plan: ModelPlan, capacity: number, lanes: number, spawnLane: SpawnLane, winograd = true): Promise<ParallelNetwork> {
  if (!Number.isInteger(lanes) || lanes < 2 || lanes > MAX_LANES) throw new RangeError(`threads must be a whole number from 2 to ${MAX_LANES}, got ${lanes}`);
  const kernels = withWinograd(await instantiateKernels(module, createSharedMemory()), winograd);
  const net = new Network(kernels, plan, capacity, lanes);
  const handles = Array.from({ length: lanes - 1 }, (_, i) => spawnLane({ module, memory: kernels.memory, plan, capacity, lanes, lane: i + 1, winograd }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the training threads did not start within ${LANE_START_TIMEOUT_MS / 1000} s`)), LANE_START_TIMEOUT_MS);
  });
  try {
    await Promise.race([Promise.all(handles.map((h) => h.ready)), timeout]);
    clearTimeout(timer);
  } catch (error) {
    clearTimeout(timer);
    handles.forEach((h) => h.terminate());
    throw error;
  }
  const executor = new AtomicsLaneExecutor(kernels.memory, net.control, lanes);
  net.executor = executor;
  return {
    net,
    dispose() {
      executor.close();
      handles.forEach((h) => h.terminate());
    },
  };
}

/** The body of a lane thread once it got its LaneInit: build the same layout, then serve. */
export async function serveLane(init: LaneInit, ready: () => void): Promise<void> {
  const kernels = withWinograd(await instantiateKernels(init.module, init.memory), init.winograd);
  const net = new Network(kernels, init.plan, init.capacity, init.lanes);
  runLaneLoop(init.memory, net.control, init.lane, net, ready);
}
