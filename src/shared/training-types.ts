// What training produces and takes, as plain structured-clone-friendly data: the engine fills
// these, the worker sends them, the screens show them. Defined here, at the bottom, so the
// worker protocol and the UI need nothing from src/engine.
import type { LayerKind } from './spec';

/** Keras' default `validation_split` in the tutorial's fit calls: the last 10 % of the arrays. */
export const VALIDATION_SPLIT = 0.1;

/**
 * Training images left after holding out the LAST `fraction` for validation, taken before any
 * shuffling (Keras: split_at = int(n · (1 − validation_split)); 60,000 → 54,000 + 6,000).
 */
export function trainCountAfterSplit(count: number, fraction: number): number {
  return Math.floor(count * (1 - fraction));
}

export type OptimizerConfig =
  | { kind: 'adam'; learningRate: number; beta1: number; beta2: number; epsilon: number }
  | { kind: 'sgd'; learningRate: number };

/** Keras' Adam defaults. */
export const ADAM_DEFAULTS: Extract<OptimizerConfig, { kind: 'adam' }> = { kind: 'adam', learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };

/** Metrics of one finished epoch (what Keras prints at the end of its progress bar). */
export interface EpochLogs {
  loss: number;
  acc: number;
  val_loss?: number;
  val_acc?: number;
  /** Wall time of the epoch including validation, milliseconds. */
  timeMs: number;
  samplesPerSec: number;
}

export type FitStatus = 'completed' | 'stopped' | 'diverged';

/** The per-epoch curves of Keras' History.history (val_* empty without validation). */
export interface HistoryCurves {
  loss: number[];
  acc: number[];
  val_loss: number[];
  val_acc: number[];
}

/** Keras' History.history, plus how the run ended. */
export interface History extends HistoryCurves {
  epoch: number[];
  status: FitStatus;
  /** For 'diverged': which epoch and batch produced the non-finite loss. */
  message?: string;
}

/** Everything needed to resume training exactly (with the seed and the epoch): weights, Adam's moments and step. */
export interface TrainingState {
  /** Every parameter in the engine's order (param-slices.ts). */
  params: Float32Array;
  /** Adam's first and second moments, in the same order (zeros for SGD). */
  m: Float32Array;
  v: Float32Array;
  /** Optimiser steps taken (Adam's t). */
  step: number;
}

export interface Evaluation {
  loss: number;
  acc: number;
}

export interface WeightTensor {
  role: 'kernel' | 'bias';
  /** Keras shape: conv kernel (kh, kw, in, out), dense kernel (in, out), bias (out). */
  shape: number[];
  values: Float32Array;
}

export interface LayerActivation {
  layer: number;
  name: string;
  kind: LayerKind;
  /** Without the batch axis: [h, w, c] or [n]. */
  shape: number[];
  values: Float32Array;
}
