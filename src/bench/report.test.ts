// Figures derived from measured runs: GFLOP/s (done and nominal) and share of the peak, the
// ratios to the fastest tfjs-wasm row, timed-out rows as upper bounds, and the tables.
import { describe, expect, it } from 'vitest';
import type { BenchJob, BenchRun } from './protocol';
import { formatMarkdown, formatResults, ratios, runFromReply, runFromTimeout } from './report';

const timing = { warmupMs: 0, warmupUnits: 0, windowMs: 1, windows: 1, budgetMs: 1000 };
const job = (engine: BenchJob['engine'], threads: number, model: BenchJob['model'] = 'bench-c'): BenchJob => ({ engine, threads, model, mode: 'train', batchSize: 128, timing });
const ok = { ok: true as const, windows: [1000], images: 1000 };

describe('runFromReply', () => {
  it('GFLOP/s from the FLOP count and, for FilterFit, the share of peak × threads', () => {
    const run = runFromReply(job('filterfit', 2), { ...ok, threads: 2, imagesPerSec: 1000, loss: { first: 2.3, last: 0.9 } }, 40);
    // 1000 images × 32,905,728 FLOPs of a direct conv ('valid' convs: done = nominal); FilterFit's
    // 26×26×32 → 32 conv runs as Winograd, 16 products per 2×2 tile: forward and filter gradient
    // over the 12×12 tiles of its 24×24 output, input gradient over the 13×13 of its 26×26 input
    const tiles = (count: number) => 2 * 16 * count * 32 * 32, direct = 2 * 24 * 24 * 9 * 32 * 32;
    const engine = 32.905728 - (3 * direct - 2 * tiles(12 * 12) - tiles(13 * 13)) / 1e6;
    expect(run.gflops).toBeCloseTo(engine, 9);
    expect(run.gflopsNominal).toBeCloseTo(32.905728, 9);
    expect(run.fractionOfPeak).toBeCloseTo(engine / 80, 9);
    const tfjs = runFromReply(job('tfjs-wasm', 2), { ...ok, threads: 2, imagesPerSec: 1000 }, 40);
    expect(tfjs.gflops).toBeCloseTo(32.905728, 9); // a direct conv's work
    expect(run.loss).toEqual({ first: 2.3, last: 0.9 });
    expect(runFromReply(job('tfjs-wasm', 1), { ...ok, threads: 1, imagesPerSec: 10 }, 40).fractionOfPeak).toBeUndefined();
  });

  it("counts the taps done for 'same' convs, and every tap as nominal", () => {
    const run = runFromReply(job('tfjs-wasm-xnnpack-grads', 1, 'bench-b'), { ...ok, threads: 1, imagesPerSec: 1000 }, 40);
    expect(run.gflops! / run.gflopsNominal!).toBeGreaterThan(0.95);
    expect(run.gflops! / run.gflopsNominal!).toBeLessThan(0.96);
    // FilterFit: bench-b's second conv (10 → 20, 3×3 'same') runs as Winograd, its filter gradient
    // direct (10 channels are not a multiple of 4): fewer products than even the taps done
    const ours = runFromReply(job('filterfit', 1, 'bench-b'), { ...ok, threads: 1, imagesPerSec: 1000 }, 40);
    expect(ours.gflops! / run.gflops!).toBeGreaterThan(0.6);
    expect(ours.gflops! / run.gflops!).toBeLessThan(0.7);
  });

  it('keeps a failure as a row without figures', () => {
    expect(runFromReply(job('tfjs-cpu', 1), { ok: false, error: 'boom' }, 40)).toMatchObject({ status: 'failed', imagesPerSec: null, gflops: null, error: 'boom' });
  });

  it('turns a timeout while timing into an upper bound, and one before timing into a failure', () => {
    expect(runFromTimeout(job('tfjs-cpu', 1), 300.4, 'timing', 0.43)).toMatchObject({ status: 'timed-out', imagesPerSec: null, imagesPerSecBelow: 0.43, error: 'no result within 300 s (while timing)' });
    expect(runFromTimeout(job('tfjs-cpu', 1), 300, 'building the model', undefined)).toMatchObject({ status: 'failed' });
  });
});

describe('ratios', () => {
  const row = (engine: BenchRun['engine'], threads: number, imagesPerSec: number | null, below?: number): BenchRun => ({
    engine, threads, model: 'bench-c', mode: 'train', batchSize: 128, status: imagesPerSec !== null ? 'ok' : below ? 'timed-out' : 'failed',
    imagesPerSec, gflops: null, ...(below ? { imagesPerSecBelow: below } : {}),
  });

  it('FilterFit on the most workers ÷ the fastest tfjs-wasm row of either variant, and ÷ tfjs-cpu', () => {
    const r = ratios([
      row('filterfit', 1, 1000), row('filterfit', 2, 1800), row('tfjs-wasm', 1, 40), row('tfjs-wasm', 2, 60),
      row('tfjs-wasm-xnnpack-grads', 1, 300), row('tfjs-wasm-xnnpack-grads', 2, 360), row('tfjs-cpu', 1, 5),
    ]);
    expect(r.find((x) => x.model === 'bench-c' && x.mode === 'train')).toEqual({
      model: 'bench-c', mode: 'train', filterfitThreads: 2, vsTfjsWasm: 5, tfjsWasmThreads: 2, tfjsWasmEngine: 'tfjs-wasm-xnnpack-grads', vsTfjsCpu: 360,
    });
  });

  it('falls back to the FilterFit row that ran, and leaves missing sides empty', () => {
    const r = ratios([row('filterfit', 1, 1000), row('filterfit', 2, null), row('tfjs-wasm', 1, 50)]);
    expect(r.find((x) => x.model === 'bench-c' && x.mode === 'train')).toMatchObject({ filterfitThreads: 1, vsTfjsWasm: 20, vsTfjsCpu: null });
    expect(r.find((x) => x.model === 'bench-a' && x.mode === 'infer')).toMatchObject({ filterfitThreads: 0, vsTfjsWasm: null, vsTfjsCpu: null });
  });

  it('against a timed-out competitor the ratio is a lower bound', () => {
    const r = ratios([row('filterfit', 2, 1000), row('tfjs-wasm', 1, 40), row('tfjs-cpu', 1, null, 0.5)]);
    expect(r.find((x) => x.model === 'bench-c' && x.mode === 'train')).toMatchObject({ vsTfjsWasm: 25, vsTfjsCpu: 2000, vsTfjsCpuAtLeast: true });
  });

  it('formats without throwing on partial results, with timed-out rows as bounds', () => {
    const runs = [row('filterfit', 1, 1000), row('tfjs-wasm', 1, null), row('tfjs-cpu', 1, null, 0.43)];
    const results = {
      date: '2026-01-01', quick: true, machine: { hardwareConcurrency: 2, platform: 'Linux' }, browser: 'Chromium', versions: {},
      peakGflopsPerCore: null, peakSource: 'unavailable', runs, ratios: ratios(runs), filterfitMemoryBytes: null, notes: ['n'],
    };
    expect(formatResults(results)).toContain('FAILED');
    const markdown = formatMarkdown(results);
    expect(markdown).toContain('| bench-c | train | 1,000 | failed | < 0.43, timed out |');
    expect(markdown).toContain('> 2325.6×');
  });
});
