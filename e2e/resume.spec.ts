// Nothing lost when training breaks, in a real browser: the training lab checkpoints every epoch
// to IndexedDB. The training worker is killed for real in the middle of epoch 3 → the lab offers
// "Continue from epoch 2" → the run ends with exactly the weights of an uninterrupted run with the
// same settings (same seed, same thread count). Then the same with a page reload mid-run.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support';

const SETTINGS = { model: 'seed-a', epochs: 4, seed: 3 };

async function openLab(page: Page): Promise<void> {
  await page.goto('/#train');
  await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
}

async function startRun(page: Page): Promise<void> {
  await page.getByLabel('Network').selectOption(SETTINGS.model);
  await page.getByLabel('Epochs', { exact: true }).fill(String(SETTINGS.epochs));
  await page.getByLabel('Random seed').fill(String(SETTINGS.seed));
  await page.getByLabel(/Quick mode/).setChecked(true);
  await page.getByRole('button', { name: 'Train', exact: true }).click();
}

/** Does `action` in the page the moment the progress line first reports epoch 3 (mid-epoch 3). */
async function inEpoch3(page: Page, action: 'crash' | 'reload'): Promise<void> {
  await page.evaluate((action) => {
    const line = document.getElementById('train-progress-line')!;
    const observer = new MutationObserver(() => {
      if (!line.textContent?.startsWith('Epoch 3 of')) return;
      observer.disconnect();
      const debug = (globalThis as unknown as { filterfitDebug: { crashWorker(): Promise<void> } }).filterfitDebug;
      if (action === 'crash') void debug.crashWorker().catch(() => {});
      else location.reload();
    });
    observer.observe(line, { childList: true, characterData: true, subtree: true });
  }, action);
}

async function finished(page: Page): Promise<{ checksum: string; acc: string; rows: number }> {
  await expect(page.locator('#train-result[data-test-accuracy]')).toBeAttached({ timeout: 120_000 });
  const checksum = await page.evaluate(() => (globalThis as unknown as { filterfitDebug: { weightsChecksum(): Promise<string> } }).filterfitDebug.weightsChecksum());
  return { checksum, acc: (await page.locator('#train-result').getAttribute('data-test-accuracy'))!, rows: await page.locator('#train-history tbody tr').count() };
}

test('kill the worker mid-epoch 3, continue from epoch 2: the weights equal an uninterrupted run', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await openLab(page);
  // A fixed quick-mode size (the device settings; the probe's pick could differ after a reload),
  // large enough that an epoch lasts about a second: with 6,000 images epoch 3 could end before
  // the kill reached the worker.
  await page.locator('#device-summary').click();
  await page.locator('#device-quick').selectOption('30000');
  await expect(page.getByLabel(/Quick mode/)).toHaveAccessibleName('Quick mode: train on the first 30,000 images only');

  await startRun(page);
  const uninterrupted = await finished(page);
  expect(uninterrupted.rows).toBe(4);
  await expect(page.locator('#resume-offer')).toBeHidden();

  await startRun(page);
  await inEpoch3(page, 'crash');
  await expect(page.locator('#train-alert')).toContainText('stopped unexpectedly', { timeout: 60_000 });
  const offer = page.locator('#resume-offer');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('A run of seed-a stopped after epoch 2 of 4.');
  await expect(page.locator('#train-history tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Continue from epoch 2' }).click(); // starts a new worker too
  const resumed = await finished(page);
  expect(resumed).toEqual(uninterrupted);
  await expect(offer).toBeHidden();

  // The tab reloads mid-run: the checkpoint is still there after the reload.
  await startRun(page);
  await inEpoch3(page, 'reload');
  await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await expect(offer).toBeVisible();
  const epoch = Number(await offer.getAttribute('data-epoch'));
  expect(epoch).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: `Continue from epoch ${epoch}` }).click();
  await expect(page.getByLabel('Random seed')).toHaveValue(String(SETTINGS.seed)); // the run's settings back in the form
  expect(await finished(page)).toEqual(uninterrupted);

  expect(errors.filter((e) => !/simulated worker crash/.test(e))).toEqual([]);
});
