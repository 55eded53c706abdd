// Offline after the first load, in a real browser with the real service worker: FilterFit opens
// with no server at all (the test's server is shut down and the browser set offline), stays
// cross-origin isolated (the worker adds COOP/COEP to what it serves), the lesson opens and its
// step 5 trains, the training lab trains on two threads, and the engine check runs its wasm. A new
// build shows the update prompt; Reload switches to it.
import { expect, test, type Page } from '@playwright/test';
import { serveDist, type StaticServer } from './static-server';
import { collectErrors } from './support';

let server: StaticServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readyOffline(page: Page): Promise<void> {
  await expect(page.locator('#offline-status')).toHaveAttribute('data-offline', 'ready', { timeout: 90_000 });
  await expect(page.locator('#offline-text')).toHaveText('Ready offline: FilterFit and its images are saved in this browser.');
}

test('load once, go offline, reload: the lesson opens, step 5 trains, and the training lab trains', async ({ page, context }) => {
  test.setTimeout(360_000);
  const errors = collectErrors(page);
  server = await serveDist();
  await page.goto(`${server.url}/?debug=1&unlock=all#lesson`); // every step open, so step 5 can be reached offline
  await expect(page.locator('.lesson-screen[data-step="data"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await readyOffline(page);

  await server.close(); // no server any more …
  server = undefined;
  await context.setOffline(true); // … and no network
  await page.reload();
  await expect(page.locator('.lesson-screen[data-step="data"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('#data-split tr[data-set="train"] td').first()).toHaveText('54,000');
  expect(await page.evaluate(() => ({ isolated: crossOriginIsolated, controlled: navigator.serviceWorker.controller !== null }))).toEqual({ isolated: true, controlled: true });
  await readyOffline(page);

  // Lesson step 5 trains offline: the worker, the wasm kernels and the data all come from the precache.
  await page.evaluate(() => (location.hash = '#lesson/train'));
  await expect(page.locator('.lesson-screen[data-step="train"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await page.locator('#train-guess').fill('85');
  await page.locator('#train-start').click();
  await expect(page.locator('#train-result[data-test-accuracy]')).toBeAttached({ timeout: 120_000 });
  expect(Number(await page.locator('#train-result').getAttribute('data-test-accuracy'))).toBeGreaterThan(0.5);

  await page.evaluate(() => (location.hash = '#train'));
  await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible();
  await page.getByLabel('Network').selectOption('seed-a');
  await page.getByLabel('Epochs', { exact: true }).fill('1');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.locator('#train-result[data-test-accuracy]')).toBeAttached({ timeout: 120_000 });
  expect(Number(await page.locator('#train-result').getAttribute('data-test-accuracy'))).toBeGreaterThan(0.7);
  const cores = await page.evaluate(() => Math.min(16, navigator.hardwareConcurrency));
  await expect(page.locator('.train-screen')).toHaveAttribute('data-threads', String(cores)); // SharedArrayBuffer lanes

  // The engine check's page, our kernels and tfjs' wasm files come from the precache too.
  await page.goto(page.url().replace(/\/\?.*$/, '/engine-check.html'));
  await expect(page.locator('main#engine-check')).toHaveAttribute('data-status', 'pass', { timeout: 100_000 });
  expect(errors).toEqual([]);
});

test('a new build shows the update prompt; Reload switches to it', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  server = await serveDist();
  await page.goto(`${server.url}/?debug=1`);
  await expect(page.locator('main[data-screen="home"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await readyOffline(page);
  await expect(page.locator('#offline-reload')).toBeHidden();

  // The next build: a service worker that differs by a byte.
  const next = `${(await server.read('/service-worker.js')).toString()}\n// the next build\n`;
  server.override('/service-worker.js', next);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect(page.locator('#offline-status')).toHaveAttribute('data-update', 'true', { timeout: 60_000 });
  await expect(page.locator('#offline-update')).toHaveText('Update available: a new version of FilterFit is ready.');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.locator('#offline-update')).toHaveText('有可用更新：FilterFit 的新版本已就绪。');
  await page.getByRole('button', { name: 'EN', exact: true }).click();

  await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByRole('button', { name: 'Reload' }).click()]);
  await expect(page.locator('main[data-screen="home"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await readyOffline(page);
  await expect(page.locator('#offline-status')).toHaveAttribute('data-update', 'false');
  const active = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    return { waiting: registration.waiting !== null, script: await (await fetch(registration.active!.scriptURL)).text() };
  });
  expect(active.waiting).toBe(false);
  expect(active.script.endsWith('// the next build\n')).toBe(true);
  expect(errors).toEqual([]);
});
