// "Compare architectures": how long each architecture trains, and how long the table will take.
//
// The budgets must let the learner's own table teach the tutorial's finding (two convolutions then
// max-pooling rank first). A small subset for two epochs does not: the single convolution learns
// fastest at first and wins (82.9 % in the old quick mode). On all 54,000 training images the
// two-conv network pulls ahead after three epochs and its lead grows with every epoch, so every
// architecture trains the same number of epochs on all the images (the tutorial's protocol: no
// architecture gets more than another), and the number was chosen with the CLI over several seeds
// (docs/lesson-budgets.md) so that the winner is first with a margin. Full mode trains longer,
// towards the tutorial's numbers. A test may shorten the table (debug flag, ?compareEpochs=N&compareImages=N).
import { flopsPerImage } from '../../../../bench/flops';
import { COMPARISON_PRESETS, preset } from '../../../../shared/presets';
import type { ModelSpec } from '../../../../shared/spec';
import { VALIDATION_SPLIT } from '../../../../shared/training-types';
import { debugNumber } from '../../../framework/debug';

export type Budget = { readonly epochs: number; readonly trainImages: number };
export type ComparisonPreset = (typeof COMPARISON_PRESETS)[number];

/** Every training image (54,000 trained on + 6,000 validation). */
export const ALL_IMAGES = 60_000;
/** Default mode: epochs per architecture on all the images (see the header). */
export const DEFAULT_EPOCHS = 5;
/** Full mode: longer, towards the tutorial's ~91 % for the winner. */
export const FULL_EPOCHS = 12;

/** Per architecture, default and full mode (the same for all: no architecture is favoured). */
export const COMPARE_BUDGETS: Record<ComparisonPreset, { quick: Budget; full: Budget }> = Object.fromEntries(
  COMPARISON_PRESETS.map((name) => [name, { quick: { epochs: DEFAULT_EPOCHS, trainImages: ALL_IMAGES }, full: { epochs: FULL_EPOCHS, trainImages: ALL_IMAGES } }]),
) as Record<ComparisonPreset, { quick: Budget; full: Budget }>;

/** The budget of `name` in default (`full` false) or full mode; a test may shorten it. */
export function compareBudget(name: ComparisonPreset, full: boolean): Budget {
  const budget = COMPARE_BUDGETS[name][full ? 'full' : 'quick'];
  return { epochs: debugNumber('compareEpochs') ?? budget.epochs, trainImages: debugNumber('compareImages') ?? budget.trainImages };
}

/** Images one epoch trains on plus a forward pass (≈ ⅓ of a training step) over the validation split, in training-image units. */
export const epochImages = (trainImages: number): number => trainImages * (1 - VALIDATION_SPLIT) + (trainImages * VALIDATION_SPLIT) / 3;
/** Scoring on the 10,000 test images, in training-image units. */
const TEST_IMAGES = 10_000 / 3;

/** Seconds a row takes (train + score) at `secondsPerImage` seconds per training image of its network. */
export function rowSeconds(budget: Budget, secondsPerImage: number): number {
  return (budget.epochs * epochImages(budget.trainImages) + TEST_IMAGES) * secondsPerImage;
}

/** Seconds the rows take; `secondsPerImage(spec)` from the device probe or a measured speed. */
export function tableSeconds(rows: readonly { preset: string; budget: Budget }[], secondsPerImage: (spec: ModelSpec) => number): number {
  return rows.reduce((sum, row) => sum + rowSeconds(row.budget, secondsPerImage(preset(row.preset)!)), 0);
}

/**
 * Seconds per training image of every network, from one measured speed: `imagesPerSecond` of
 * network `measured`, scaled by training FLOPs (a rough rule, for "about N minutes" while training).
 */
export function scaledSpeed(measured: ModelSpec, imagesPerSecond: number): (spec: ModelSpec) => number {
  const base = flopsPerImage(measured).train;
  return (spec) => flopsPerImage(spec).train / base / imagesPerSecond;
}
