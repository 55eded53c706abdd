// `npm run bench -- --tta --quick` end to end: both engines train both tutorial models in their
// own workers in headless Chromium (6,000 training images, Keras split, one epoch) and the run
// writes a `tta` section. Asserts only that every run trained and evaluated: the accuracy of one
// small epoch on a shared CI machine says nothing about time to accuracy.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BenchResults } from '../src/bench/protocol';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'e2e-output/bench-tta-quick.json');

test('npm run bench -- --tta --quick: both engines train both models and report test accuracy per epoch', async () => {
  test.setTimeout(360_000); // about a minute on a quiet 2-core machine; the rest is room for a busy one
  const run = spawnSync('npx', ['tsx', 'scripts/bench.ts', '--quick', '--tta', '--out', OUT], { cwd: ROOT, encoding: 'utf8', timeout: 355_000 });
  expect(run.status, `bench --tta --quick failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  const { tta } = JSON.parse(readFileSync(OUT, 'utf8')) as BenchResults;
  expect(tta?.quick).toBe(true);
  expect(tta!.trainImages).toBe(6000);
  const cores = JSON.parse(readFileSync(OUT, 'utf8')).machine.hardwareConcurrency as number;
  for (const model of ['seed-a', 'seed-notebook']) {
    for (const engine of ['filterfit', 'tfjs-wasm-xnnpack-grads']) {
      const row = tta!.runs.find((r) => r.model === model && r.engine === engine);
      expect(row, `${engine} ${model}: no run`).toBeDefined();
      expect(['reached', 'not reached'], `${engine} ${model}: ${row!.status} ${row!.error ?? ''}`).toContain(row!.status);
      expect(row!.threads).toBe(cores);
      expect(row!.epochs).toHaveLength(1);
      const [epoch] = row!.epochs;
      // one epoch on 5,400 images already beats guessing (10 %) by far
      expect(epoch.testAccuracy, `${engine} ${model}`).toBeGreaterThan(0.5);
      expect(epoch.seconds).toBeGreaterThan(0);
      expect(Number.isFinite(epoch.loss)).toBe(true);
    }
  }
  expect(tta!.ratios.map((r) => r.model)).toEqual(['seed-a', 'seed-notebook']);
});
