// Figures derived from measured runs: GFLOP/s and share of the peak, and the FilterFit ratios.
import { describe, expect, it } from 'vitest';
import type { BenchJob, BenchRun } from './protocol';
import { formatMarkdown, formatResults, ratios, runFromReply } from './report';

const timing = { warmupMs: 0, warmupUnits: 0, windowMs: 1, windows: 1 };
const job = (engine: BenchJob['engine'], threads: number): BenchJob => ({ engine, threads, model: 'bench-c', mode: 'train', batchSize: 128, timing });
const ok = { ok: true as const, windows: [1000], images: 1000 };

describe('runFromReply', () => {
  it('GFLOP/s from the FLOP count and, for FilterFit, the share of peak × threads', () => {
    const run = runFromReply(job('filterfit', 2), { ...ok, threads: 2, imagesPerSec: 1000 }, 40);
    expect(run.gflops).toBeCloseTo(32.905728, 9); // 1000 images × 32,905,728 FLOPs
    expect(run.fractionOfPeak).toBeCloseTo(32.905728 / 80, 9);
    expect(runFromReply(job('tfjs-wasm', 1), { ...ok, threads: 1, imagesPerSec: 10 }, 40).fractionOfPeak).toBeUndefined();
  });

  it('keeps a failure as a row without figures', () => {
    expect(runFromReply(job('tfjs-cpu', 1), { ok: false, error: 'boom' }, 40)).toMatchObject({ status: 'failed', imagesPerSec: null, gflops: null, error: 'boom' });
  });
});

describe('ratios', () => {
  const row = (engine: BenchRun['engine'], threads: number, imagesPerSec: number | null): BenchRun => ({
    engine, threads, model: 'bench-c', mode: 'train', batchSize: 128, status: imagesPerSec === null ? 'failed' : 'ok', imagesPerSec, gflops: null,
  });

  it('FilterFit on the most workers ÷ the faster tfjs-wasm row and ÷ tfjs-cpu', () => {
    const r = ratios([row('filterfit', 1, 1000), row('filterfit', 2, 1800), row('tfjs-wasm', 1, 40), row('tfjs-wasm', 2, 60), row('tfjs-cpu', 1, 5)]);
    expect(r.find((x) => x.model === 'bench-c' && x.mode === 'train')).toEqual({
      model: 'bench-c', mode: 'train', filterfitThreads: 2, vsTfjsWasm: 30, tfjsWasmThreads: 2, vsTfjsCpu: 360,
    });
  });

  it('falls back to the FilterFit row that ran, and leaves missing sides empty', () => {
    const r = ratios([row('filterfit', 1, 1000), row('filterfit', 2, null), row('tfjs-wasm', 1, 50)]);
    expect(r.find((x) => x.model === 'bench-c' && x.mode === 'train')).toMatchObject({ filterfitThreads: 1, vsTfjsWasm: 20, vsTfjsCpu: null });
    expect(r.find((x) => x.model === 'bench-a' && x.mode === 'infer')).toMatchObject({ filterfitThreads: 0, vsTfjsWasm: null, vsTfjsCpu: null });
  });

  it('formats without throwing on partial results', () => {
    const runs = [row('filterfit', 1, 1000), row('tfjs-wasm', 1, null)];
    const results = {
      date: '2026-01-01', quick: true, machine: { hardwareConcurrency: 2, platform: 'Linux' }, browser: 'Chromium', versions: {},
      peakGflopsPerCore: null, peakSource: 'unavailable', runs, ratios: ratios(runs), filterfitMemoryBytes: null, notes: ['n'],
    };
    expect(formatResults(results)).toContain('FAILED');
    expect(formatMarkdown(results)).toContain('| bench-c | train | 1,000 | failed |');
  });
});
