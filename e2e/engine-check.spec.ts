// The engine check in a real browser against `vite preview` of the build: our WebAssembly kernels
// and tfjs-wasm load on engine-check.html, every comparison passes, and nothing logs an error.
import { expect, test } from '@playwright/test';

test('engine check: every kernel agrees with TensorFlow.js in the browser', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));

  await page.goto('/engine-check.html');
  const root = page.locator('main#engine-check');
  await expect(root).not.toHaveAttribute('data-status', 'running', { timeout: 100_000 });

  const status = page.getByRole('status');
  // On failure, say what failed (status line, then op, shape and gap of each failing row).
  const failures = await page.locator('tbody tr[data-pass="false"]').allInnerTexts();
  expect(await root.getAttribute('data-status'), [await status.innerText(), ...failures].join('\n')).toBe('pass');

  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  await expect(status).toHaveText(`All ${await rows.count()} checks passed.`);
  await expect(page.getByRole('columnheader', { name: 'Tolerance' })).toBeVisible();
  // the sandbox's kinds are checked too (average pooling both ways, dropout with our mask in tfjs)
  for (const op of ['avgPool2dForward', 'avgPool2dBackward', 'dropoutForward', 'dropoutForward.keptFraction', 'dropoutBackward']) {
    await expect(page.getByRole('rowheader', { name: op, exact: true }).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});
