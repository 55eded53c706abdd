// Data-parallel lanes: lane 0 runs on the thread that owns the model, lanes 1… on workers that
// instantiated the same kernel module on the same shared WebAssembly.Memory and built the same
// Network layout. They meet in a control block inside that memory:
//   i32 [0] generation (bumped per command) [1] command [2] lanes done [3] batch capacity
//       [4 …4+MAX_LANES) images per lane
//   f64 at byte 80: gradScale, at byte 88: the step's dropout mask seed; at byte 128 + 16·l: lane
//       l's loss sum and correct count
// Threads wait with Atomics.wait (allowed in workers and in Node, not on a page's main thread).
export const MAX_LANES = 16;
export const CONTROL_BYTES = 128 + 16 * MAX_LANES;
/** A lane that has not answered a command after this long is considered dead. */
const LANE_TIMEOUT_MS = 120_000;

export enum LaneCommand {
  Train = 1,
  Evaluate = 2,
  Predict = 3,
  Relayout = 4,
  Exit = 5,
}

const GENERATION = 0;
const COMMAND = 1;
const DONE = 2;
const CAPACITY = 3;
const SIZES = 4;
const SCALE_BYTE = 80; // after the i32 words (4 + MAX_LANES of them)
const MASK_SEED_BYTE = 88;
const RESULTS_BYTE = 128;
/**
 * Spin this long before sleeping in Atomics.wait. Between two batches a lane waits only for lane
 * 0 to copy the next images in (tens of µs), and a lane's share of a small model's batch takes
 * well under a millisecond, while a futex wake-up costs tens of µs, more on a busy VM: with a
 * 2,000-check spin (a few µs) two lanes ran bench-a inference at 1.13× one lane, with 1 ms at
 * about 1.5× (Node, 2 cores). An idle lane burns at most this much once, then sleeps.
 */
const SPIN_MS = 1;
/** Checks between two looks at the clock while spinning. */
const CHECKS_PER_CLOCK = 256;

/** Returns once i32[index] !== value (spinning up to SPIN_MS first), or after timeoutMs. */
function waitWhileEqual(i32: Int32Array, index: number, value: number, timeoutMs: number): void {
  const until = performance.now() + SPIN_MS;
  do {
    for (let spin = 0; spin < CHECKS_PER_CLOCK; spin++) if (Atomics.load(i32, index) !== value) return;
  } while (performance.now() < until);
  Atomics.wait(i32, index, value, timeoutMs);
}

export interface LaneResult {
  lossSum: number;
  correct: number;
}

/** How lane 0's thread drives lanes 1…: start a command, then wait for all of them. */
export interface LaneExecutor {
  dispatch(command: LaneCommand, sizes: number[], gradScale: number, maskSeed?: number): void;
  /** Blocks until lanes 1… finished the last command; their results in lane order. */
  join(): LaneResult[];
  /** Tells lanes 1… to lay themselves out for a new batch capacity (blocks until done). */
  relayout(capacity: number): void;
  /** Ends the lane threads' loops. */
  close(): void;
}

function views(memory: WebAssembly.Memory, control: number) {
  return {
    i32: new Int32Array(memory.buffer, control, 4 + MAX_LANES),
    f64: new Float64Array(memory.buffer, control, CONTROL_BYTES / 8),
  };
}

/** The coordinator side, over the shared control block. */
export class AtomicsLaneExecutor implements LaneExecutor {
  constructor(
    private readonly memory: WebAssembly.Memory,
    private readonly control: number,
    private readonly lanes: number,
  ) {}

  private signal(command: LaneCommand, fill: (i32: Int32Array, f64: Float64Array) => void): void {
    const { i32, f64 } = views(this.memory, this.control);
    fill(i32, f64);
    i32[COMMAND] = command;
    Atomics.store(i32, DONE, 0);
    Atomics.add(i32, GENERATION, 1);
    Atomics.notify(i32, GENERATION);
  }

  private wait(): Int32Array {
    const { i32 } = views(this.memory, this.control);
    const deadline = Date.now() + LANE_TIMEOUT_MS;
    for (;;) {
      const done = Atomics.load(i32, DONE);
      if (done >= this.lanes - 1) return i32;
      if (Date.now() > deadline) throw new Error(`a training thread stopped responding (${done} of ${this.lanes - 1} lanes answered)`);
      waitWhileEqual(i32, DONE, done, 1000);
    }
  }

  dispatch(command: LaneCommand, sizes: number[], gradScale: number, maskSeed = 0): void {
    this.signal(command, (i32, f64) => {
      sizes.forEach((n, l) => (i32[SIZES + l] = n));
      f64[SCALE_BYTE / 8] = gradScale;
      f64[MASK_SEED_BYTE / 8] = maskSeed;
    });
  }

  join(): LaneResult[] {
    this.wait();
    const { f64 } = views(this.memory, this.control);
    return Array.from({ length: this.lanes - 1 }, (_, i) => ({
      lossSum: f64[(RESULTS_BYTE + 16 * (i + 1)) / 8],
      correct: f64[(RESULTS_BYTE + 16 * (i + 1)) / 8 + 1],
    }));
  }

  relayout(capacity: number): void {
    this.signal(LaneCommand.Relayout, (i32) => (i32[CAPACITY] = capacity));
    this.wait();
  }

  close(): void {
    this.signal(LaneCommand.Exit, () => {});
  }
}

/** What a lane thread needs of its Network. */
export interface LaneBody {
  runLane(lane: number, command: LaneCommand, n: number, gradScale: number, maskSeed: number, first: number): LaneResult;
  setBatchCapacity(capacity: number): void;
}

/**
 * A lane thread's loop: wait for a command, run its share, report, until Exit. `ready` is called
 * after the current generation is read, so no command sent after it can be missed.
 */
export function runLaneLoop(memory: WebAssembly.Memory, control: number, lane: number, body: LaneBody, ready: () => void): void {
  let seen = Atomics.load(views(memory, control).i32, GENERATION);
  ready();
  for (;;) {
    const { i32, f64 } = views(memory, control);
    waitWhileEqual(i32, GENERATION, seen, Infinity);
    const generation = Atomics.load(i32, GENERATION);
    if (generation === seen) continue;
    seen = generation;
    const command = i32[COMMAND] as LaneCommand;
    if (command === LaneCommand.Exit) return;
    if (command === LaneCommand.Relayout) {
      body.setBatchCapacity(i32[CAPACITY]);
    } else {
      let first = 0; // this lane's first image in the batch: the lanes before it hold the ones before
      for (let l = 0; l < lane; l++) first += i32[SIZES + l];
      const result = body.runLane(lane, command, i32[SIZES + lane], f64[SCALE_BYTE / 8], f64[MASK_SEED_BYTE / 8], first);
      const at = views(memory, control).f64; // the layout may have grown memory: fresh views
      at[(RESULTS_BYTE + 16 * lane) / 8] = result.lossSum;
      at[(RESULTS_BYTE + 16 * lane) / 8 + 1] = result.correct;
    }
    const fresh = views(memory, control).i32;
    Atomics.add(fresh, DONE, 1);
    Atomics.notify(fresh, DONE);
  }
}

/** What a lane thread receives to join a model. */
export interface LaneInit {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  /** The model's plan, made once by the coordinator (a structured clone arrives here). */
  plan: import('../shared/plan').ModelPlan;
  capacity: number;
  lanes: number;
  lane: number;
  /** Whether convs may run as Winograd (every lane must round alike). */
  winograd: boolean;
}
