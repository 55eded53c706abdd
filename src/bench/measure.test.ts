// The timing harness on a fake clock: warm-up excluded, whole windows, median of the windows.
import { describe, expect, it } from 'vitest';
import { measureThroughput, median } from './measure';

/** A runner whose units take `msPerUnit(call)` fake milliseconds each. */
function fakeRunner(msPerUnit: (unit: number) => number, imagesPerUnit = 128) {
  let clock = 0;
  let unit = 0;
  const calls: number[] = [];
  return {
    now: () => clock,
    calls,
    runner: {
      imagesPerUnit,
      run(units: number) {
        calls.push(units);
        for (let i = 0; i < units; i++) clock += msPerUnit(unit++);
      },
    },
  };
}

describe('measureThroughput', () => {
  it('excludes a slow warm-up and reports images per second of the timed windows', async () => {
    const fake = fakeRunner((u) => (u === 0 ? 500 : 10)); // 10 ms per batch of 128 after the first
    const m = await measureThroughput(fake.runner, { warmupMs: 100, warmupUnits: 2, windowMs: 200, windows: 3, budgetMs: 1e9 }, fake.now);
    expect(m.windows).toHaveLength(3);
    for (const w of m.windows) expect(w).toBeCloseTo(12_800, 6);
    expect(m.imagesPerSec).toBeCloseTo(12_800, 6);
    // Chunks of a quarter window (5 batches) after one-batch warm-up calls.
    expect(fake.calls.slice(-4)).toEqual([5, 5, 5, 5]);
    expect(m.images).toBe(3 * 20 * 128);
  });

  it('runs at least one whole unit per window when a unit outlasts the window', async () => {
    const fake = fakeRunner(() => 3000, 1);
    const m = await measureThroughput(fake.runner, { warmupMs: 0, warmupUnits: 1, windowMs: 1000, windows: 2, budgetMs: 1e9 }, fake.now);
    expect(fake.calls).toEqual([1, 1, 1]);
    expect(m.windows).toEqual([1 / 3, 1 / 3]);
  });

  it('without a warm-up, times one unit at a time', async () => {
    const fake = fakeRunner(() => 30, 1);
    const m = await measureThroughput(fake.runner, { warmupMs: 0, warmupUnits: 0, windowMs: 50, windows: 1, budgetMs: 1e9 }, fake.now);
    expect(fake.calls).toEqual([1, 1]);
    expect(m.windows).toEqual([2 / 0.06]);
  });

  it('reports the images processed so far (warm-up included) after every call', async () => {
    const fake = fakeRunner(() => 10, 128);
    const seen: number[] = [];
    await measureThroughput(fake.runner, { warmupMs: 0, warmupUnits: 2, windowMs: 40, windows: 1, budgetMs: 1e9 }, fake.now, (images) => seen.push(images));
    expect(seen.slice(0, 2)).toEqual([128, 256]); // the two warm-up batches
    expect(seen.at(-1)).toBe(128 * fake.calls.reduce((a, b) => a + b, 0));
  });

  it('takes the median, not the mean, of the windows', () => {
    expect(median([5, 1, 100])).toBe(5);
    expect(median([4, 1, 3, 100])).toBe(3.5);
  });
});
