// A ModelPlan compiled onto the kernels: every buffer laid out once in one arena.
//   params | grads | adam m | adam v      — one float buffer each, cut into per-layer slices by
//                                           the same size table, so the optimiser is one call
//   staging u8 (B, in) | input f32 (B, in) | labels i32 (B) | per-layer outputs (B, out) and
//   winners i32 | probs (B, 10) | dlogits (B, 10) | two ping-pong dX buffers (B, max out)
// B is the batch capacity; changing it re-lays only the batch part (never during a step).
import { CLASS_COUNT } from '../shared/spec';
import { sizeOf, type ModelPlan } from '../shared/plan';
import type { ParamShape } from '../shared/layers';
import { Arena } from './arena';
import type { KernelExports, Ptr } from './kernels';
import { layerRuntime, type LayerRuntime } from './layer-runtime';
import { glorotUniform, type Random } from './random';
import type { Kernels } from './wasm';

export interface ParamSlice extends ParamShape {
  layer: number;
  /** Offset in floats from the start of the parameter buffer. */
  offset: number;
  count: number;
}

export type OptimizerConfig =
  | { kind: 'adam'; learningRate: number; beta1: number; beta2: number; epsilon: number }
  | { kind: 'sgd'; learningRate: number };

/** Keras defaults. */
export const ADAM_DEFAULTS: OptimizerConfig = { kind: 'adam', learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };

interface CompiledLayer {
  runtime: LayerRuntime;
  outSize: number;
  out: Ptr;
  winners: Ptr;
}

/** Everything needed to resume training exactly: weights, Adam moments and step. */
export interface TrainingState {
  params: Float32Array;
  m: Float32Array;
  v: Float32Array;
  step: number;
}

export class Network {
  readonly slices: ParamSlice[];
  readonly paramCount: number;
  readonly inputSize: number;
  private readonly arena: Arena;
  private readonly k: KernelExports;
  private readonly params: Ptr;
  private readonly grads: Ptr;
  private readonly m: Ptr;
  private readonly v: Ptr;
  private readonly batchMark: Ptr;
  private layers: CompiledLayer[] = [];
  private capacity = 0;
  private staging = 0;
  private input = 0;
  private labels = 0;
  private probs = 0;
  private dlogits = 0;
  private gradA = 0;
  private gradB = 0;
  /** Adam's t: optimiser steps taken so far. */
  step = 0;

  constructor(
    kernels: Kernels,
    readonly plan: ModelPlan,
    batchCapacity: number,
  ) {
    this.k = kernels.exports;
    this.arena = new Arena(kernels);
    this.inputSize = sizeOf(plan.spec.input);
    let offset = 0;
    this.slices = plan.layers.flatMap((layer) =>
      layer.params.map((p) => {
        const slice = { ...p, layer: layer.index, offset, count: sizeOf(p.shape) };
        offset += slice.count;
        return slice;
      }),
    );
    this.paramCount = offset;
    this.params = this.arena.alloc(offset);
    this.grads = this.arena.alloc(offset);
    this.m = this.arena.alloc(offset);
    this.v = this.arena.alloc(offset);
    this.batchMark = this.arena.mark();
    this.setBatchCapacity(batchCapacity);
  }

  get batchCapacity(): number {
    return this.capacity;
  }

  get memoryBytes(): number {
    return this.arena.usedBytes;
  }

  /** Lays out the batch-sized buffers for up to `b` images (between steps only). */
  setBatchCapacity(b: number): void {
    if (b === this.capacity) return;
    this.arena.release(this.batchMark);
    this.capacity = b;
    this.staging = this.arena.alloc(b * this.inputSize, 1);
    this.input = this.arena.alloc(b * this.inputSize);
    this.labels = this.arena.alloc(b);
    let maxOut = this.inputSize;
    let previousOut = this.input;
    this.layers = this.plan.layers.map((layer) => {
      const outSize = sizeOf(layer.outputShape);
      maxOut = Math.max(maxOut, outSize);
      const slice = (role: ParamShape['role'], grads: boolean) => {
        const s = this.slices.find((p) => p.layer === layer.index && p.role === role);
        return s ? (grads ? this.grads : this.params) + 4 * s.offset : 0;
      };
      const buffers = { kernel: slice('kernel', false), bias: slice('bias', false), dKernel: slice('kernel', true), dBias: slice('bias', true), winners: 0 };
      const probe = layerRuntime(this.k, layer, buffers);
      buffers.winners = probe.winnersPerImage ? this.arena.alloc(b * probe.winnersPerImage) : 0;
      const out = probe.ownsOutput ? this.arena.alloc(b * outSize) : previousOut;
      previousOut = out;
      return { runtime: layerRuntime(this.k, layer, buffers), outSize, out, winners: buffers.winners };
    });
    this.probs = this.arena.alloc(b * CLASS_COUNT);
    this.dlogits = this.arena.alloc(b * CLASS_COUNT);
    this.gradA = this.arena.alloc(b * maxOut);
    this.gradB = this.arena.alloc(b * maxOut);
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

  gradView(slice: ParamSlice): Float32Array {
    return this.arena.f32(this.grads + 4 * slice.offset, slice.count);
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

  /**
   * Copies n images (and labels) into the batch buffers: rows indices[start..start+n) when
   * indices are given, else rows start..start+n. Pixels are scaled by 1/255 in the kernel.
   */
  loadBatch(images: Uint8Array, labels: Uint8Array | null, start: number, n: number, indices?: Uint32Array): void {
    const size = this.inputSize;
    const staging = this.arena.u8(this.staging, n * size);
    const labelView = this.arena.i32(this.labels, n);
    for (let j = 0; j < n; j++) {
      const row = indices ? indices[start + j] : start + j;
      staging.set(images.subarray(row * size, row * size + size), j * size);
      if (labels) labelView[j] = labels[row];
    }
    this.k.bytesToFloats(this.staging, this.input, n * size, 1 / 255);
  }

  /** Runs every layer on the loaded batch; the last layer leaves logits (N,10). */
  forward(n: number): void {
    let x = this.input;
    for (const layer of this.layers) {
      layer.runtime.forward(x, layer.out, n);
      x = layer.out;
    }
  }

  private get logits(): Ptr {
    return this.layers[this.layers.length - 1].out;
  }

  /** probs (N,10) after forward(n); a view valid until the next batch. */
  probabilities(n: number): Float32Array {
    this.k.softmaxForward(this.logits, this.probs, n, CLASS_COUNT);
    return this.arena.f32(this.probs, n * CLASS_COUNT);
  }

  /** Sum of losses of the batch; probs and dlogits written. gradScale = 1 / batch size. */
  lossAndGradient(n: number, gradScale: number): number {
    return this.k.softmaxCrossEntropy(this.logits, this.labels, this.probs, this.dlogits, n, CLASS_COUNT, gradScale);
  }

  /** How many of the n loaded labels the current probs rank first. */
  correctCount(n: number): number {
    const probs = this.arena.f32(this.probs, n * CLASS_COUNT);
    const labels = this.arena.i32(this.labels, n);
    let correct = 0;
    for (let i = 0; i < n; i++) if (argmax(probs, i * CLASS_COUNT, CLASS_COUNT) === labels[i]) correct++;
    return correct;
  }

  /** Back-propagates dlogits through every layer, writing every parameter gradient. */
  backward(n: number): void {
    let dy = this.dlogits;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      const x = i === 0 ? this.input : this.layers[i - 1].out;
      if (layer.runtime.relu) this.k.reluBackward(layer.out, dy, n * layer.outSize);
      // Flatten passes dy through untouched; the first layer needs no dx.
      const dx = i === 0 ? 0 : !layer.runtime.ownsOutput ? dy : dy === this.gradA ? this.gradB : this.gradA;
      layer.runtime.backward(x, dy, dx === dy ? 0 : dx, n);
      dy = dx;
    }
  }

  applyOptimizer(optimizer: OptimizerConfig): void {
    this.step++;
    if (optimizer.kind === 'adam') {
      const { learningRate, beta1, beta2, epsilon } = optimizer;
      this.k.adamStep(this.params, this.grads, this.m, this.v, this.paramCount, learningRate, beta1, beta2, epsilon, this.step);
    } else {
      this.k.sgdStep(this.params, this.grads, this.paramCount, optimizer.learningRate);
    }
  }

  /** False when any weight is NaN or ±Infinity (a diverged run). */
  paramsFinite(): boolean {
    const params = this.arena.f32(this.params, this.paramCount);
    for (let i = 0; i < params.length; i++) if (!Number.isFinite(params[i])) return false;
    return true;
  }

  /** Layer i's output for image j of the last forward pass (a copy). */
  layerOutput(i: number, j = 0): Float32Array {
    const layer = this.layers[i];
    return this.arena.f32(layer.out + 4 * j * layer.outSize, layer.outSize).slice();
  }
}

export function argmax(values: ArrayLike<number>, start: number, count: number): number {
  let best = 0;
  for (let c = 1; c < count; c++) if (values[start + c] > values[start + best]) best = c;
  return best;
}
