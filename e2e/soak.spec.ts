// Soak: the notebook model (seed-notebook) trains 30 epochs in the training lab while its chart
// and filter tiles redraw after every epoch. After every epoch the test samples the worker's
// WebAssembly memory, the page's JS heap (after a forced GC) and the GPU textures Pixi manages,
// prints the figures, and asserts they stay flat after a warm-up:
//   wasm memory and Pixi textures: exactly constant from epoch WARM_UP on (everything is laid out
//   once; textures are rewritten in place); JS heap: within HEAP_TOLERANCE of its value at
//   WARM_UP, and no upward trend (the last ten epochs' mean within HEAP_TREND of the ten after
//   the warm-up). The last epoch's sample is printed but not asserted: scoring on the test set
//   starts right after it and lays the arena out once more for its batches of 256.
// The subset (QUICK_IMAGES) keeps the test near a minute and a half here.
import { expect, test, type Page } from '@playwright/test';
import config from '../playwright.config';
import { collectErrors } from './support';

const EPOCHS = 30;
const QUICK_IMAGES = '6000';
const WARM_UP = 5;
const MiB = 2 ** 20;
const HEAP_TOLERANCE = 4 * MiB;
const HEAP_TREND = 2 * MiB;

// Exact heap figures (not the bucketed ones) and a GC the test can call before sampling.
const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), '--enable-precise-memory-info', '--js-flags=--expose-gc'] } });

interface Sample {
  epoch: number;
  wasmBytes: number;
  heapBytes: number;
  textures: number;
}

function sample(page: Page): Promise<Omit<Sample, 'epoch'>> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as {
      gc?: () => void;
      filterfitDebug: { trainerMemory(): Promise<{ wasmBytes: number } | null> };
      __PIXI_APP__?: { renderer: { texture: { managedTextures: unknown[] } } };
    };
    g.gc?.();
    const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
    return {
      wasmBytes: (await g.filterfitDebug.trainerMemory())?.wasmBytes ?? -1,
      heapBytes: memory.usedJSHeapSize,
      textures: g.__PIXI_APP__?.renderer.texture.managedTextures.filter(Boolean).length ?? -1,
    };
  });
}

test(`seed-notebook for ${EPOCHS} epochs: wasm memory, JS heap and Pixi textures stay flat`, async ({ page }) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.goto('/#train');
  await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => typeof (globalThis as { gc?: unknown }).gc)).toBe('function');
  await page.locator('#device-summary').click();
  await page.locator('#device-quick').selectOption(QUICK_IMAGES);
  await page.getByLabel('Network').selectOption('seed-notebook');
  await page.getByLabel('Epochs', { exact: true }).fill(String(EPOCHS));
  await page.getByLabel(/Quick mode/).setChecked(true);
  const started = Date.now();
  await page.getByRole('button', { name: 'Train', exact: true }).click();

  const rows = page.locator('#train-history tbody tr');
  const samples: Sample[] = [];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(epoch);
    const epochsDone = await rows.count();
    if (epochsDone > epoch) epoch = epochsDone; // sampling fell behind: sample now, go on from here
    samples.push({ epoch, ...(await sample(page)) });
  }
  await expect(page.locator('#train-result[data-test-accuracy]')).toBeAttached({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  const accuracy = Number(await page.locator('#train-result').getAttribute('data-test-accuracy'));

  const mib = (bytes: number) => (bytes / MiB).toFixed(2);
  console.log(
    `soak: seed-notebook, ${EPOCHS} epochs on ${QUICK_IMAGES} images, ${seconds.toFixed(0)} s, test accuracy ${accuracy}\n` +
      '  epoch  wasm MiB  JS heap MiB  Pixi textures\n' +
      samples.map((s) => `  ${String(s.epoch).padStart(5)}  ${mib(s.wasmBytes).padStart(8)}  ${mib(s.heapBytes).padStart(11)}  ${String(s.textures).padStart(13)}`).join('\n'),
  );

  const baseline = samples.find((s) => s.epoch >= WARM_UP)!;
  const after = samples.filter((s) => s.epoch >= WARM_UP && s.epoch < EPOCHS);
  expect(after.length).toBeGreaterThanOrEqual(15);
  expect(baseline.wasmBytes).toBeGreaterThan(0);
  expect(baseline.textures).toBeGreaterThan(0); // the 10 filter tiles (and the chart's own)
  for (const s of after) {
    expect(s.wasmBytes, `wasm memory at epoch ${s.epoch}`).toBe(baseline.wasmBytes);
    expect(s.textures, `Pixi textures at epoch ${s.epoch}`).toBe(baseline.textures);
    expect(s.heapBytes - baseline.heapBytes, `JS heap growth at epoch ${s.epoch}`).toBeLessThanOrEqual(HEAP_TOLERANCE);
  }
  const mean = (list: Sample[]) => list.reduce((sum, s) => sum + s.heapBytes, 0) / list.length;
  expect(mean(after.slice(-10)) - mean(after.slice(0, 10)), 'JS heap trend').toBeLessThanOrEqual(HEAP_TREND);
  expect(accuracy).toBeGreaterThan(0.8);
  expect(errors).toEqual([]);
});
