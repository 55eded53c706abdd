// The timing harness every benchmark worker shares: warm up, then time `windows` windows of at
// least `windowMs` each (whole units only) and report the median images/s. A unit is whatever the
// engine does in one call: a batch (FilterFit, tfjs) or one image (ConvNetJS trains per sample).
import type { Measurement, Timing } from './protocol';

export interface Runner {
  imagesPerUnit: number;
  /** Processes `units` consecutive units (cycling through the data). */
  run(units: number): void | Promise<void>;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Warm-up, then the timed windows; `onProgress` hears the images processed so far (warm-up
 * included) after every call of the runner.
 */
export async function measureThroughput(
  runner: Runner,
  timing: Timing,
  now: () => number = () => performance.now(),
  onProgress: (images: number) => void = () => {},
): Promise<Measurement> {
  let processed = 0;
  const run = async (units: number) => {
    await runner.run(units);
    processed += units * runner.imagesPerUnit;
    onProgress(processed);
  };
  // Warm-up: JIT, wasm tier-up, tfjs kernel caches, first allocations. The last unit's time sizes
  // the chunks below (the first unit is often many times slower).
  const warmStart = now();
  let units = 0;
  let unitMs = 0;
  while (units < timing.warmupUnits || now() - warmStart < timing.warmupMs) {
    const t = now();
    await run(1);
    unitMs = now() - t;
    units++;
  }
  // Chunks of about a quarter window keep per-call overhead out of the figure without
  // overshooting a window by much (one unit at a time when there was no warm-up to size them).
  const chunk = units === 0 ? 1 : Math.max(1, Math.round(timing.windowMs / 4 / Math.max(unitMs, 1e-3)));
  const windows: number[] = [];
  let images = 0;
  for (let w = 0; w < timing.windows; w++) {
    const start = now();
    let done = 0;
    let elapsed = 0;
    do {
      await run(chunk);
      done += chunk;
      elapsed = now() - start;
    } while (elapsed < timing.windowMs);
    windows.push((done * runner.imagesPerUnit) / (elapsed / 1000));
    images += done * runner.imagesPerUnit;
  }
  return { imagesPerSec: median(windows), windows, images };
}
