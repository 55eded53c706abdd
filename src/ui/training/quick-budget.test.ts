import { describe, expect, it } from 'vitest';
import { preset } from '../../shared/presets';
import { DEFAULT_QUICK_IMAGES, deviceThreads, quickBudget, QUICK_IMAGES, secondsPerImage, type DeviceProbe } from './quick-budget';

/** A fast laptop: seed-a 30,000 and seed-notebook 3,000 images/s on one thread (batch 32). */
const FAST: DeviceProbe = { seedA: 30_000, notebook: 3000, cores: 2, crossOriginIsolated: true, probeMs: 300 };
/** A school tablet ten times slower, four cores, page not isolated. */
const SLOW: DeviceProbe = { seedA: 3000, notebook: 300, cores: 4, crossOriginIsolated: false, probeMs: 900 };

describe('quickBudget', () => {
  it('goes through the probe’s two points', () => {
    const notebook = preset('seed-notebook')!;
    expect(secondsPerImage(FAST, 262_080)).toBeCloseTo(1 / 30_000, 10); // seed-a's training FLOPs
    expect(quickBudget(FAST, { spec: notebook, choice: { threads: 1 } }).epochSeconds).toBeCloseTo(2, 0);
  });

  it('gives an epoch of about QUICK_EPOCH_SECONDS, fewer images for heavier networks and slower devices', () => {
    const fastA = quickBudget(FAST);
    const fastNotebook = quickBudget(FAST, { spec: preset('seed-notebook')! });
    const slowNotebook = quickBudget(SLOW, { spec: preset('seed-notebook')! });
    expect(fastA).toMatchObject({ trainImages: QUICK_IMAGES.max, threads: 2, source: 'measured' }); // capped: the whole set is quick here
    expect(fastNotebook.trainImages).toBeLessThan(fastA.trainImages);
    expect(fastNotebook.epochSeconds).toBeGreaterThan(1.5);
    expect(fastNotebook.epochSeconds).toBeLessThanOrEqual(2);
    expect(slowNotebook).toMatchObject({ trainImages: QUICK_IMAGES.autoMin, threads: 1 }); // the floor: an epoch still learns
    expect(slowNotebook.epochSeconds).toBeGreaterThan(2);
    expect(fastNotebook.trainImages % QUICK_IMAGES.step).toBe(0);
  });

  it('threads: one per core when cross-origin isolated, else one; at most 16', () => {
    expect(deviceThreads(8, true)).toBe(8);
    expect(deviceThreads(8, false)).toBe(1);
    expect(deviceThreads(64, true)).toBe(16);
    expect(deviceThreads(0, true)).toBe(1);
  });

  it('a learner’s choice wins; without a probe the defaults stand', () => {
    expect(quickBudget(FAST, { choice: { quickImages: 3000, threads: 1 } })).toMatchObject({ trainImages: 3000, threads: 1, source: 'chosen' });
    expect(quickBudget(null, { choice: {} })).toMatchObject({ trainImages: DEFAULT_QUICK_IMAGES, epochSeconds: null, source: 'default' });
  });
});
