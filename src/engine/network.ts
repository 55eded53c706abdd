// A ModelPlan compiled onto the kernels: every buffer laid out once in one arena.
//   params | adam m | adam v | control block       — shared by every lane; the optimiser is one
//                                                     call over the whole parameter buffer
//   per lane: grads | staging u8 (b, in) | input f32 (b, in) | labels i32 (b) | per-layer
//   outputs (b, out) and winners i32 | probs (b, 10) | dlogits (b, 10) | two ping-pong dX buffers
// A batch of n images is cut into one slice per lane (data parallelism); lane 0 runs on the
// calling thread, lanes 1… on workers sharing the memory (see lanes.ts). Lane gradients are
// added into lane 0's in lane order, so a run is deterministic for a given seed and lane count.
// b = the per-lane capacity; changing it re-lays only the lane part (never during a step).
import { CLASS_COUNT } from '../shared/spec';
import { sizeOf, type ModelPlan } from '../shared/plan';
import type { ParamShape } from '../shared/layers';
import { paramSlices, type ParamSlice } from '../shared/param-slices';
import type { OptimizerConfig, TrainingState } from '../shared/training-types';
import { Arena } from './arena';
import type { KernelExports, Ptr } from './kernels';
import { layerRuntime, type ForwardStep, type LayerBuffers, type LayerRuntime } from './layer-runtime';
import { CONTROL_BYTES, LaneCommand, type LaneExecutor } from './lanes';
import { glorotUniform, type Random } from './random';
import type { Kernels } from './wasm';

interface CompiledLayer {
  runtime: LayerRuntime;
  outSize: number;
  out: Ptr;
  /** Whether its input is the output of a ReLU layer (looking through Flatten): dx needs that mask. */
  inputRelu: boolean;
}

interface Lane {
  grads: Ptr;
  staging: Ptr;
  input: Ptr;
  labels: Ptr;
  layers: CompiledLayer[];
  probs: Ptr;
  dlogits: Ptr;
  gradA: Ptr;
  gradB: Ptr;
}

export type { TrainingState };

export interface BatchResult {
  /** Sum of per-image losses. */
  lossSum: number;
  correct: number;
}

export class Network {
  readonly slices: ParamSlice[];
  readonly paramCount: number;
  readonly inputSize: number;
  /** Byte offset of the lane control block (lanes.ts). */
  readonly control: Ptr;
  private readonly arena: Arena;
  private readonly k: KernelExports;
  private readonly params: Ptr;
  private readonly m: Ptr;
  private readonly v: Ptr;
  private readonly laneMark: Ptr;
  private lanes: Lane[] = [];
  private capacity = 0;
  /** Runs lanes 1… on other threads; absent with one lane. */
  executor: LaneExecutor | null = null;
  /** Adam's t: optimiser steps taken so far. */
  step = 0;

  constructor(
    kernels: Kernels,
    readonly plan: ModelPlan,
    batchCapacity: number,
    readonly laneCount = 1,
  ) {
    this.k = kernels.exports;
    this.arena = new Arena(kernels);
    this.inputSize = sizeOf(plan.spec.input);
    this.slices = paramSlices(plan);
    this.paramCount = plan.totalParams;
    this.params = this.arena.alloc(this.paramCount);
    this.m = this.arena.alloc(this.paramCount);
    this.v = this.arena.alloc(this.paramCount);
    this.control = this.arena.alloc(CONTROL_BYTES, 1);
    this.laneMark = this.arena.mark();
    this.setBatchCapacity(batchCapacity);
  }

  /** True when a layer draws random masks (dropout): the trainer then draws one mask seed per step. */
  get stochastic(): boolean {
    return this.lanes[0].layers.some((layer) => layer.runtime.stochastic === true);
  }

  /** Images per batch the buffers hold (all lanes together). */
  get batchCapacity(): number {
    return this.capacity;
  }

  get memoryBytes(): number {
    return this.arena.usedBytes;
  }

  get wasmMemoryBytes(): number {
    return this.arena.memoryBytes;
  }

  private get grads(): Ptr {
    return this.lanes[0].grads;
  }

  /** Lays out every lane for batches of up to `b` images (between steps only). */
  setBatchCapacity(b: number): void {
    if (b === this.capacity) return;
    this.arena.release(this.laneMark);
    this.capacity = b;
    const perLane = Math.ceil(b / this.laneCount);
    this.lanes = Array.from({ length: this.laneCount }, () => this.layOutLane(perLane));
    this.executor?.relayout(b);
  }

  private layOutLane(b: number): Lane {
    const grads = this.arena.alloc(this.paramCount);
    const staging = this.arena.alloc(b * this.inputSize, 1);
    const input = this.arena.alloc(b * this.inputSize);
    const labels = this.arena.alloc(b);
    let maxOut = this.inputSize;
    let previousOut = input;
    let previousRelu = false;
    const allBuffers: LayerBuffers[] = [];
    const layers = this.plan.layers.map((layer) => {
      const outSize = sizeOf(layer.outputShape);
      maxOut = Math.max(maxOut, outSize);
      const slice = (role: ParamShape['role'], base: Ptr) => {
        const s = this.slices.find((p) => p.layer === layer.index && p.role === role);
        return s ? base + 4 * s.offset : 0;
      };
      const buffers: LayerBuffers = {
        kernel: slice('kernel', this.params), bias: slice('bias', this.params), dKernel: slice('kernel', grads), dBias: slice('bias', grads),
        winners: 0, output: 0, scratch: 0,
      };
      allBuffers.push(buffers);
      const runtime = layerRuntime(this.k, layer, buffers); // reads `buffers` when it runs
      buffers.winners = runtime.winnersPerImage ? this.arena.alloc(b * runtime.winnersPerImage) : 0;
      const out = runtime.ownsOutput ? this.arena.alloc(b * outSize) : previousOut;
      buffers.output = runtime.ownsOutput ? out : 0;
      const inputRelu = previousRelu;
      if (runtime.ownsOutput) previousRelu = runtime.relu;
      previousOut = out;
      return { runtime, outSize, out, inputRelu };
    });
    // one scratch per lane: its layers run one after another
    const scratchFloats = Math.max(0, ...layers.map((l) => l.runtime.scratchFloats));
    const scratch = scratchFloats ? this.arena.alloc(scratchFloats) : 0;
    for (const buffers of allBuffers) buffers.scratch = scratch;
    const probs = this.arena.alloc(b * CLASS_COUNT);
    const dlogits = this.arena.alloc(b * CLASS_COUNT);
    const gradA = this.arena.alloc(b * maxOut);
    const gradB = this.arena.alloc(b * maxOut);
    return { grads, staging, input, labels, layers, probs, dlogits, gradA, gradB };
  }

  /** Glorot-uniform kernels, zero biases, fresh optimiser state (Keras initialisers). */
  initialize(random: Random): void {
    const params = this.arena.f32(this.params, this.paramCount);
    params.fill(0);
    for (const s of this.slices) {
      if (s.role === 'kernel') glorotUniform(params.subarray(s.offset, s.offset + s.count), s.fanIn, s.fanOut, random);
    }
    this.resetOptimizer();
  }

  resetOptimizer(): void {
    this.arena.f32(this.m, this.paramCount).fill(0);
    this.arena.f32(this.v, this.paramCount).fill(0);
    this.step = 0;
  }

  paramView(slice: ParamSlice): Float32Array {
    return this.arena.f32(this.params + 4 * slice.offset, slice.count);
  }

  saveState(): TrainingState {
    const copy = (ptr: Ptr) => this.arena.f32(ptr, this.paramCount).slice();
    return { params: copy(this.params), m: copy(this.m), v: copy(this.v), step: this.step };
  }

  restoreState(state: TrainingState): void {
    this.arena.f32(this.params, this.paramCount).set(state.params);
    this.arena.f32(this.m, this.paramCount).set(state.m);
    this.arena.f32(this.v, this.paramCount).set(state.v);
    this.step = state.step;
  }

  /** False when any weight is NaN or ±Infinity (a diverged run). */
  paramsFinite(): boolean {
    const params = this.arena.f32(this.params, this.paramCount);
    for (let i = 0; i < params.length; i++) if (!Number.isFinite(params[i])) return false;
    return true;
  }

  /** Images per lane for a batch of n: as even as possible, the first lanes take the extra. */
  private laneSizes(n: number): number[] {
    const base = Math.floor(n / this.laneCount);
    return Array.from({ length: this.laneCount }, (_, i) => base + (i < n % this.laneCount ? 1 : 0));
  }

  /**
   * Copies images (rows indices[start…] or start… when no indices) into each lane's staging
   * buffer, a lane's slice after the previous lane's.
   */
  private loadLanes(images: Uint8Array, labels: Uint8Array | null, start: number, sizes: number[], indices?: Uint32Array): void {
    const size = this.inputSize;
    let j = start;
    sizes.forEach((n, l) => {
      const lane = this.lanes[l];
      const staging = this.arena.u8(lane.staging, n * size);
      const labelView = this.arena.i32(lane.labels, n);
      for (let i = 0; i < n; i++, j++) {
        const row = indices ? indices[j] : j;
        staging.set(images.subarray(row * size, row * size + size), i * size);
        if (labels) labelView[i] = labels[row];
      }
    });
  }

  /**
   * One lane's share of a command on its loaded slice; the body every thread runs. `maskSeed`
   * seeds a training step's dropout masks; `first` is the lane's first image in the batch.
   */
  runLane(l: number, command: LaneCommand, n: number, gradScale: number, maskSeed = 0, first = 0): BatchResult {
    const lane = this.lanes[l];
    if (n === 0) {
      if (command === LaneCommand.Train) this.arena.f32(lane.grads, this.paramCount).fill(0);
      return { lossSum: 0, correct: 0 };
    }
    this.k.bytesToFloats(lane.staging, lane.input, n * this.inputSize, 1 / 255);
    let x = lane.input;
    const step: ForwardStep = { training: command === LaneCommand.Train, seed: maskSeed, first };
    for (const layer of lane.layers) {
      layer.runtime.forward(x, layer.out, n, step);
      x = layer.out;
    }
    if (command === LaneCommand.Predict) {
      this.k.softmaxForward(x, lane.probs, n, CLASS_COUNT);
      return { lossSum: 0, correct: 0 };
    }
    const lossSum = this.k.softmaxCrossEntropy(x, lane.labels, lane.probs, lane.dlogits, n, CLASS_COUNT, gradScale);
    const correct = this.correctCount(lane, n);
    if (command === LaneCommand.Train) this.backward(lane, n);
    return { lossSum, correct };
  }

  private correctCount(lane: Lane, n: number): number {
    const probs = this.arena.f32(lane.probs, n * CLASS_COUNT);
    const labels = this.arena.i32(lane.labels, n);
    let correct = 0;
    for (let i = 0; i < n; i++) if (argmax(probs, i * CLASS_COUNT, CLASS_COUNT) === labels[i]) correct++;
    return correct;
  }

  /**
   * Back-propagates the lane's dlogits through every layer, writing its parameter gradients. A
   * layer's ReLU backward is fused into the input gradient of the layer above when that layer's
   * kernels can apply it (conv, dense, max-pool, channel max); otherwise (average pool, dropout) it
   * runs here as a pass of its own.
   */
  private backward(lane: Lane, n: number): void {
    let dy = lane.dlogits;
    let masked = false; // dy already carries the ReLU backward of the layer that produced it
    for (let i = lane.layers.length - 1; i >= 0; i--) {
      const layer = lane.layers[i];
      if (!layer.runtime.ownsOutput) continue; // Flatten: dy is already its input's gradient
      const x = i === 0 ? lane.input : lane.layers[i - 1].out;
      if (layer.runtime.relu && !masked) this.k.reluBackward(layer.out, dy, n * layer.outSize);
      const dx = i === 0 ? 0 : dy === lane.gradA ? lane.gradB : lane.gradA; // the first layer needs no dx
      masked = layer.runtime.backward(x, dy, dx, n, dx && layer.inputRelu ? x : 0) && dx !== 0 && layer.inputRelu;
      dy = dx;
    }
  }

  /** Runs `command` on every lane (lane 0 here, the others on their threads) and sums results. */
  private runAll(command: LaneCommand, sizes: number[], gradScale: number, maskSeed = 0): BatchResult {
    this.executor?.dispatch(command, sizes, gradScale, maskSeed);
    const total = this.runLane(0, command, sizes[0], gradScale, maskSeed, 0);
    if (this.executor) {
      for (const r of this.executor.join()) {
        total.lossSum += r.lossSum;
        total.correct += r.correct;
      }
    }
    return total;
  }

  /**
   * One optimiser step on n images: forward, loss, backward on every lane, reduce, update.
   * `maskSeed` (a u32) seeds the step's dropout masks; see `stochastic`.
   */
  trainStep(images: Uint8Array, labels: Uint8Array, start: number, n: number, indices: Uint32Array | undefined, optimizer: OptimizerConfig, maskSeed = 0): BatchResult {
    const sizes = this.laneSizes(n);
    this.loadLanes(images, labels, start, sizes, indices);
    const result = this.runAll(LaneCommand.Train, sizes, 1 / n, maskSeed);
    if (!Number.isFinite(result.lossSum)) return result; // caller restores; don't touch the weights
    for (let l = 1; l < this.laneCount; l++) this.k.saxpy(1, this.lanes[l].grads, this.grads, this.paramCount);
    this.applyOptimizer(optimizer);
    return result;
  }

  /** Loss sum and correct count of n images [start, start+n). */
  evaluateBatch(images: Uint8Array, labels: Uint8Array, start: number, n: number): BatchResult {
    const sizes = this.laneSizes(n);
    this.loadLanes(images, labels, start, sizes);
    return this.runAll(LaneCommand.Evaluate, sizes, 0);
  }

  /** Probabilities (n,10) of images [start, start+n) written into out[outOffset…]. */
  predictBatch(images: Uint8Array, start: number, n: number, out: Float32Array, outOffset: number): void {
    const sizes = this.laneSizes(n);
    this.loadLanes(images, null, start, sizes);
    this.runAll(LaneCommand.Predict, sizes, 0);
    let at = outOffset;
    sizes.forEach((count, l) => {
      out.set(this.arena.f32(this.lanes[l].probs, count * CLASS_COUNT), at);
      at += count * CLASS_COUNT;
    });
  }

  /** Every layer's output for one image (lane 0, this thread); the last entry is the probs. */
  activationsOf(image: Uint8Array): Float32Array[] {
    this.loadLanes(image, null, 0, [1, ...new Array(this.laneCount - 1).fill(0)]);
    this.runLane(0, LaneCommand.Predict, 1, 0);
    const lane = this.lanes[0];
    return [...lane.layers.slice(0, -1).map((layer) => this.arena.f32(layer.out, layer.outSize).slice()), this.arena.f32(lane.probs, CLASS_COUNT).slice()];
  }

  private applyOptimizer(optimizer: OptimizerConfig): void {
    this.step++;
    if (optimizer.kind === 'adam') {
      const { learningRate, beta1, beta2, epsilon } = optimizer;
      this.k.adamStep(this.params, this.grads, this.m, this.v, this.paramCount, learningRate, beta1, beta2, epsilon, this.step);
    } else {
      this.k.sgdStep(this.params, this.grads, this.paramCount, optimizer.learningRate);
    }
  }
}

export function argmax(values: ArrayLike<number>, start: number, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (values[start + c] > values[start + best]) best = c;
  return best;
}
