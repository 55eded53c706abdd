// Smoke test of the app shell against `vite preview` of the build: data loads, the home page says
// what FilterFit is and leads to the lesson, play and the sandbox, the gallery (#images) draws, the
// language switch works and persists, a corrupt file gives a translated error panel, the engine
// check page has the app header and a way back, and no console or page errors happen.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, injectAxe } from './support';

const screenshotDir = resolve(import.meta.dirname, '..', 'e2e-output', 'screenshots');


async function waitForScreen(page: Page, screen: 'gallery' | 'error' | 'home'): Promise<void> {
  await expect(page.locator(`main[data-screen="${screen}"][data-state="shown"]`)).toBeVisible({ timeout: 60_000 });
}

/** Share of canvas pixels that are dark and that are bright, from a real screenshot of it. */
async function canvasInk(page: Page): Promise<{ dark: number; bright: number; levels: number }> {
  const png = await page.locator('.gallery-stage canvas').screenshot();
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let dark = 0;
    let bright = 0;
    const levels = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const gray = (data[i] + data[i + 1] + data[i + 2]) / 3;
      if (gray < 40) dark++;
      if (gray > 120 && gray < 240) bright++;
      levels.add(Math.round(gray));
    }
    const pixels = data.length / 4;
    return { dark: dark / pixels, bright: bright / pixels, levels: levels.size };
  }, png.toString('base64'));
}

test('loads the data and shows labelled test images, cross-origin isolated', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/#images');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.locator('header h1')).toHaveText('FilterFit');
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  await waitForScreen(page, 'gallery');

  const labels = page.locator('.gallery-labels .gallery-label');
  expect(await labels.count()).toBeGreaterThanOrEqual(16);
  await expect(labels.first()).toHaveText('Ankle boot'); // test image 0 is an ankle boot (label 9)
  await expect(page.getByRole('status')).toContainText('60,000 training images and 10,000 test images');
  expect(requests.filter((url) => url.includes('/data/')).sort()).toEqual(
    ['t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte', 'train-images-idx3-ubyte', 'train-labels-idx1-ubyte'].map(
      (name) => `${baseURL}/data/${name}.gz`,
    ),
  );
  expect(requests.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);

  const ink = await canvasInk(page);
  expect(ink.dark, 'black tile backgrounds').toBeGreaterThan(0.1);
  expect(ink.bright, 'clothing pixels').toBeGreaterThan(0.05);
  expect(ink.levels, 'gray levels').toBeGreaterThan(50);

  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, 'app-shell.png'), fullPage: true });

  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('switches to 中文, and the choice survives a reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/#images');
  await waitForScreen(page, 'gallery');
  const firstLabel = page.locator('.gallery-label').first();
  await expect(firstLabel).toHaveText('Ankle boot');

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(firstLabel).toHaveText('短靴');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#gallery-heading')).toHaveText('Fashion-MNIST 测试图像');
  await expect(page.getByRole('button', { name: '中文', exact: true })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await waitForScreen(page, 'gallery');
  await expect(page.locator('.gallery-label').first()).toHaveText('短靴');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('status')).toContainText('数据已加载');
  await page.screenshot({ path: resolve(screenshotDir, 'app-shell-zh.png'), fullPage: true });

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('.gallery-label').first()).toHaveText('Ankle boot');
  expect(errors).toEqual([]);
});

test('is usable 768 px wide: 8 columns, no horizontal scrolling', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto('/#images');
  await waitForScreen(page, 'gallery');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  const boxes = await page.locator('.gallery-labels li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().right));
  expect(Math.max(...boxes)).toBeLessThanOrEqual(768);
  const tops = await page.locator('.gallery-labels li').evaluateAll((items) => items.slice(0, 9).map((li) => li.getBoundingClientRect().top));
  expect(new Set(tops.slice(0, 8)).size).toBe(1); // the first 8 share a row
  expect(tops[8]).toBeGreaterThan(tops[0]);
  expect(errors).toEqual([]);
});

test('the home page says what FilterFit is and leads to the lesson, play, the sandbox and the images, by keyboard', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await waitForScreen(page, 'home');
  await expect(page.locator('#home-heading')).toBeVisible();
  await expect(page.locator('.home-lead')).toContainText('FilterFit is a hands-on course in convolutional neural networks');
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toHaveAttribute('href', '#lesson');
  await expect(page.getByRole('main').getByRole('link', { name: 'Play', exact: true })).toHaveAttribute('href', '#play');
  await expect(page.getByRole('link', { name: 'Open the sandbox' })).toHaveAttribute('href', '#sandbox');
  await expect(page.getByRole('link', { name: 'Browse the test images' })).toHaveAttribute('href', '#images');
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('link', { name: '开始课程' })).toBeVisible();
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, 'home-zh.png'), fullPage: true });
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  // Keyboard: Tab to "Start the lesson", Enter opens the lesson's first step.
  const start = page.locator('#home-lesson');
  for (let i = 0; i < 40 && !(await start.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.lesson-screen[data-step="data"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: resolve(screenshotDir, 'home-lesson.png') });
  expect(errors).toEqual([]);
});

test('the engine check page has the app header and a way back to the app', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/engine-check.html');
  await expect(page.locator('header.app-header h1')).toHaveText('FilterFit');
  await expect(page.getByRole('group', { name: 'Language' })).toBeVisible();
  const back = page.locator('#engine-check-back');
  await expect(back).toHaveText('← Back to FilterFit');
  await back.click();
  await waitForScreen(page, 'home');
  expect(errors).toEqual([]);
});

test('a truncated data file shows a translated error panel naming the file', async ({ page }) => {
  const errors = collectErrors(page);
  // A header announcing 10,000 images of 28×28, followed by only 1,000 pixel bytes.
  const truncated = Buffer.alloc(16 + 1000);
  truncated.writeUInt32BE(2051, 0);
  truncated.writeUInt32BE(10_000, 4);
  truncated.writeUInt32BE(28, 8);
  truncated.writeUInt32BE(28, 12);
  await page.route(/\/data\/t10k-images-idx3-ubyte(\.gz)?$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: truncated }),
  );
  await page.goto('/');
  await waitForScreen(page, 'error');
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('The data could not be loaded');
  await expect(panel.locator('.error-file')).toHaveText('t10k-images-idx3-ubyte');
  await expect(panel).toContainText('truncated: 1,016 bytes, but its header announces 7,840,016');
  await expect(panel).toContainText('npm run data');
  await expect(page.locator('canvas')).toHaveCount(0);

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(panel).toContainText('无法加载数据');
  await expect(panel).toContainText('文件不完整');
  await page.screenshot({ path: resolve(screenshotDir, 'error-panel-zh.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test.describe('without the debug flag', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('the page puts no test hooks on its globals; ?debug=1 turns them on', async ({ page }) => {
    const errors = collectErrors(page);
    const hooks = () => page.evaluate(() => ({ debug: 'filterfitDebug' in globalThis, pixi: '__PIXI_APP__' in globalThis }));
    await page.goto('/#images');
    await waitForScreen(page, 'gallery'); // the Pixi application exists now
    await page.goto('/#train'); // and the training worker
    await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
    expect(await hooks()).toEqual({ debug: false, pixi: false });

    await page.goto('/?debug=1#images');
    await waitForScreen(page, 'gallery');
    await page.goto('/?debug=1#train');
    await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
    expect(await hooks()).toEqual({ debug: true, pixi: true });
    expect(errors).toEqual([]);
  });
});
