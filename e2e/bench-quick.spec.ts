// `npm run bench -- --quick` end to end: its own unminified build (the threaded tfjs backend
// cannot start from a minified one), vite preview, headless Chromium, every configuration in
// its worker. Asserts only that every configuration ran and gave finite positive figures (tfjs-cpu
// and ConvNetJS may instead report an upper bound after running out of time): the timings of a
// shared CI machine say nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { BENCH_MODELS, BENCH_MODES, type BenchResults } from '../src/bench/protocol';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'e2e-output/bench-quick.json');

test('npm run bench -- --quick: every configuration runs and reports finite positive figures', async () => {
  test.setTimeout(200_000); // about a minute on a quiet 2-core machine; the rest is room for a busy one
  const run = spawnSync('npx', ['tsx', 'scripts/bench.ts', '--quick', '--out', OUT], { cwd: ROOT, encoding: 'utf8', timeout: 195_000 });
  expect(run.status, `bench --quick failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  const results = JSON.parse(readFileSync(OUT, 'utf8')) as BenchResults;

  expect(results.quick).toBe(true);
  expect(results.peakGflopsPerCore).toBeGreaterThan(0);
  expect(results.filterfitMemoryBytes?.bytes).toBeGreaterThan(0);
  const cores = results.machine.hardwareConcurrency;
  const threadCounts = cores > 1 ? [1, cores] : [1];
  const expected = (mode: string) =>
    ['filterfit', 'tfjs-wasm', ...(mode === 'train' ? ['tfjs-wasm-xnnpack-grads'] : [])]
      .flatMap((engine) => threadCounts.map((threads) => ({ engine, threads })))
      .concat({ engine: 'tfjs-cpu', threads: 1 }, { engine: 'convnetjs', threads: 1 });
  for (const model of BENCH_MODELS) {
    for (const mode of BENCH_MODES) {
      for (const { engine, threads } of expected(mode)) {
        const name = `${engine} ×${threads} ${model} ${mode}`;
        const row = results.runs.find((r) => r.engine === engine && r.model === model && r.mode === mode && r.threads === threads);
        expect(row, `${name}: no row`).toBeDefined();
        // the slow JS engines may run out of their budget on a busy host: then they must say how slow
        if (row!.status === 'timed-out' && (engine === 'tfjs-cpu' || engine === 'convnetjs')) {
          expect(Number.isFinite(row!.imagesPerSecBelow) && row!.imagesPerSecBelow! > 0, `${name}: bound ${row!.imagesPerSecBelow}`).toBe(true);
          continue;
        }
        expect(row!.status, `${name}: ${row!.error ?? ''}`).toBe('ok');
        for (const figure of [row!.imagesPerSec, row!.gflops, row!.gflopsNominal]) {
          expect(Number.isFinite(figure) && figure! > 0, `${name}: ${figure}`).toBe(true);
        }
        // every training row reports its losses (a broken gradient shim shows up as NaN here)
        if (mode === 'train') expect(Number.isFinite(row!.loss?.first) && Number.isFinite(row!.loss?.last), `${name}: loss ${JSON.stringify(row!.loss)}`).toBe(true);
      }
    }
  }
  for (const ratio of results.ratios) {
    for (const figure of [ratio.vsTfjsWasm, ratio.vsTfjsCpu]) expect(Number.isFinite(figure) && figure! > 0, `${ratio.model} ${ratio.mode}: ${figure}`).toBe(true);
  }
});
