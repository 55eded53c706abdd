// The ONE quick-mode rule: how many training images quick mode uses, and on how many threads, on
// this device. A start-up probe (device-probe.ts) times the real kernels on one thread for two
// networks: seed-a (light) and seed-notebook (heavy). Per-image cost is taken as linear in the
// training FLOPs through those two points, so any spec gets a budget: images such that one epoch
// (training plus the 10 % validation pass) takes about QUICK_EPOCH_SECONDS. A learner's choice
// (device settings) overrides the measured figures. Screens call quickBudget through
// DeviceSettings.quick(spec) and use `trainImages` as the run's trainLimit.
import { flopsPerImage } from '../../bench/flops';
import { preset } from '../../shared/presets';
import type { ModelSpec } from '../../shared/spec';
import { VALIDATION_SPLIT } from '../../shared/training-types';

export interface DeviceProbe {
  /** Training images per second on ONE thread (batch PROBE_BATCH): the light and the heavy network. */
  seedA: number;
  notebook: number;
  /** navigator.hardwareConcurrency. */
  cores: number;
  /** Threads need SharedArrayBuffer, which needs cross-origin isolation. */
  crossOriginIsolated: boolean;
  /** Wall time of the whole probe, ms (worker start included). */
  probeMs: number;
}

/** What a learner chose in the device settings; absent = measured. */
export interface DeviceChoice {
  quickImages?: number;
  threads?: number;
}

export interface QuickBudget {
  /** Quick mode's training subset (the run's trainLimit; the validation split applies to it). */
  trainImages: number;
  threads: number;
  /** Expected seconds per epoch of the spec with this budget; null without a probe. */
  epochSeconds: number | null;
  /** Where trainImages came from. */
  source: 'measured' | 'chosen' | 'default';
}

/** Target length of a quick-mode epoch: long enough to learn something, short enough to watch. */
export const QUICK_EPOCH_SECONDS = 2;
/**
 * What quick mode may use: `min` for a learner's choice; the automatic rule never goes below
 * `autoMin`, so one quick epoch still learns (seed-a: about 75 % validation accuracy).
 */
export const QUICK_IMAGES = { min: 2000, autoMin: 6000, max: 60_000, step: 1000 } as const;
/** Before the probe has answered (or when it failed). */
export const DEFAULT_QUICK_IMAGES = 6000;
export const MAX_THREADS = 16;
/** Each extra thread adds this share of one thread's speed (measured: ×1.98–2.14 on 2 threads). */
const THREAD_EFFICIENCY = 0.8;

const SEED_A_FLOPS = flopsPerImage(preset('seed-a')!).train;
const NOTEBOOK_FLOPS = flopsPerImage(preset('seed-notebook')!).train;

/** One thread per core where threads can share memory, else one. */
export function deviceThreads(cores: number, crossOriginIsolated: boolean): number {
  return crossOriginIsolated ? Math.min(MAX_THREADS, Math.max(1, Math.floor(cores) || 1)) : 1;
}

/** Seconds to train one image of `flops` training FLOPs on one thread, from the probe's two points. */
export function secondsPerImage(probe: DeviceProbe, flops: number): number {
  const light = 1 / probe.seedA;
  const heavy = 1 / probe.notebook;
  const slope = Math.max(0, (heavy - light) / (NOTEBOOK_FLOPS - SEED_A_FLOPS));
  return Math.max(light + slope * (flops - SEED_A_FLOPS), light * Math.min(1, flops / SEED_A_FLOPS), 1e-7);
}

const clampImages = (n: number) => Math.min(QUICK_IMAGES.max, Math.max(QUICK_IMAGES.autoMin, Math.floor(n / QUICK_IMAGES.step) * QUICK_IMAGES.step));
/** Epoch time per image of the subset: training on (1 − split), a forward pass (≈ ⅓ of a step) on the split. */
const EPOCH_SHARE = 1 - VALIDATION_SPLIT + VALIDATION_SPLIT / 3;

export function quickBudget(
  probe: DeviceProbe | null,
  { spec = preset('seed-a')!, choice = {}, epochSeconds = QUICK_EPOCH_SECONDS }: { spec?: ModelSpec; choice?: DeviceChoice; epochSeconds?: number } = {},
): QuickBudget {
  const cores = probe?.cores ?? globalThis.navigator?.hardwareConcurrency ?? 1;
  const isolated = probe?.crossOriginIsolated ?? globalThis.crossOriginIsolated ?? false;
  const threads = choice.threads ?? deviceThreads(cores, isolated);
  if (!probe) return { trainImages: choice.quickImages ?? DEFAULT_QUICK_IMAGES, threads, epochSeconds: null, source: choice.quickImages ? 'chosen' : 'default' };
  const speedup = 1 + THREAD_EFFICIENCY * (threads - 1);
  const perImage = (secondsPerImage(probe, flopsPerImage(spec).train) * EPOCH_SHARE) / speedup;
  const trainImages = choice.quickImages ?? clampImages(epochSeconds / perImage);
  return { trainImages, threads, epochSeconds: trainImages * perImage, source: choice.quickImages ? 'chosen' : 'measured' };
}
