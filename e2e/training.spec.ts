// Accuracy checks in a real browser: the training lab trains through the app's worker on the
// WebAssembly kernels, on the official data, and the test accuracy on the 10,000 official test
// images must reach the tutorial's level. Also the failure paths: an invalid setting, a
// diverging run (weights restored), and a crashed worker (restart, train again).
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support';


async function openLab(page: Page): Promise<void> {
  await page.goto('/#train');
  await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
}

interface Settings {
  model: string;
  epochs: number;
  seed?: number;
  quick: boolean;
  optimizer?: 'adam' | 'sgd';
  learningRate?: number;
}

async function train(page: Page, s: Settings): Promise<void> {
  await page.getByLabel('Network').selectOption(s.model);
  await page.getByLabel('Epochs', { exact: true }).fill(String(s.epochs));
  await page.getByLabel('Random seed').fill(String(s.seed ?? 1));
  await page.getByLabel('Optimiser').selectOption(s.optimizer ?? 'adam');
  await page.getByLabel('Learning rate').fill(String(s.learningRate ?? 0.001));
  await page.getByLabel(/Quick mode/).setChecked(s.quick);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('.train-screen')).toHaveAttribute('data-training', 'true');
}

async function finished(page: Page, timeout: number): Promise<{ acc: number; errors: number; rows: string[][] }> {
  const result = page.locator('#train-result[data-test-accuracy]');
  await expect(result).toBeAttached({ timeout });
  const rows = await page.locator('#train-history tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent ?? '')));
  return { acc: Number(await result.getAttribute('data-test-accuracy')), errors: Number(await result.getAttribute('data-test-errors')), rows };
}

test('seed-a trains to ≥ 87.5 % test accuracy in 8 epochs (tutorial: 88 %)', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = collectErrors(page);
  await openLab(page);
  await expect(page.locator('#train-summary')).toContainText('Total params: 36,430');
  await train(page, { model: 'seed-a', epochs: 8, seed: 1, quick: false });
  const run = await finished(page, 540_000);
  // Data-parallel: one thread per core (the page is cross-origin isolated).
  const cores = await page.evaluate(() => Math.min(16, navigator.hardwareConcurrency));
  await expect(page.locator('.train-screen')).toHaveAttribute('data-threads', String(cores));
  console.log(`seed-a, 8 epochs on ${cores} threads: test accuracy ${run.acc} (${run.errors} errors)\n  epoch, loss, acc, val_loss, val_acc, s, img/s\n${run.rows.map((r) => `  ${r.join(', ')}`).join('\n')}`);
  expect(run.rows).toHaveLength(8);
  expect(run.acc).toBeGreaterThanOrEqual(0.875);
  await expect(page.locator('#train-result')).toContainText('errors out of 10,000');
  expect(errors).toEqual([]);
});

test('seed-notebook trains to ≥ 84 % test accuracy in 5 epochs', async ({ page }) => {
  test.setTimeout(900_000);
  const errors = collectErrors(page);
  await openLab(page);
  await page.getByLabel('Network').selectOption('seed-notebook');
  await expect(page.locator('#train-summary')).toContainText('Total params: 9,770');
  await train(page, { model: 'seed-notebook', epochs: 5, seed: 1, quick: false });
  const run = await finished(page, 840_000);
  console.log(`seed-notebook, 5 epochs: test accuracy ${run.acc} (${run.errors} errors)\n  epoch, loss, acc, val_loss, val_acc, s, img/s\n${run.rows.map((r) => `  ${r.join(', ')}`).join('\n')}`);
  expect(run.rows).toHaveLength(5);
  expect(run.acc).toBeGreaterThanOrEqual(0.84);
  expect(errors).toEqual([]);
});

test('bad settings, a diverging run and a crashed worker each get a clear message', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openLab(page);

  // An invalid setting is named and nothing starts.
  await page.getByLabel('Epochs', { exact: true }).fill('0');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('#train-alert')).toHaveText('Epochs must be a number from 1 to 100.');
  await expect(page.getByLabel('Epochs', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // A learning rate far too large: the loss stops being a number, the last good weights return.
  await train(page, { model: 'seed-a', epochs: 2, quick: true, optimizer: 'sgd', learningRate: 1e30 });
  const diverged = await finished(page, 120_000);
  await expect(page.locator('#train-alert')).toContainText('the loss is no longer a number');
  await expect(page.locator('#train-alert')).toContainText('restored');
  expect(Number.isFinite(diverged.acc)).toBe(true);

  // The worker dies: the page says so, offers a new worker, and training works again.
  await page.evaluate(() => (globalThis as unknown as { filterfitDebug: { crashWorker(): Promise<void> } }).filterfitDebug.crashWorker().catch(() => {}));
  await expect(page.locator('#train-alert')).toContainText('stopped unexpectedly');
  await page.getByRole('button', { name: 'Start a new worker' }).click();
  await expect(page.locator('#train-status')).toHaveText('A new training worker is ready.');
  await train(page, { model: 'seed-a', epochs: 1, quick: true });
  const again = await finished(page, 120_000);
  expect(again.acc).toBeGreaterThan(0.7);

  // Crash errors are expected console output of this test; nothing else may appear.
  expect(errors.filter((e) => !/simulated worker crash/.test(e))).toEqual([]);
});
