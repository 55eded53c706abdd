// The sandbox in a real browser with the KEYBOARD ONLY (Tab, arrows, Enter, typing; files are
// handed to the file inputs, which no keyboard can fill in a headless browser): build
// conv(8, 3×3, stride 2) → max pool → flatten → dense(10, softmax) from empty, type stride 0 and
// read the rule at that layer, fix it, train one epoch on a subset through the worker, find the run
// in the history, export the trained network and import the two files back (the same predictions
// on 100 test images, through the debug hook), reload the share link (the same network), open a
// tampered link (a clear message and the default network); then the same in 简体中文. axe on every
// section, no sideways scroll at 768 and 390 px, no console errors. Screenshots of the editor,
// the playground and the history go to e2e-output/screenshots/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { activate, focusByTab, selectByKeys, typeOver } from './keyboard';
import { collectErrors, injectAxe } from './support';

const screenshotDir = resolve(import.meta.dirname, '..', 'e2e-output', 'screenshots');
const downloadDir = resolve(import.meta.dirname, '..', 'e2e-output', 'sandbox-downloads');

type Tab = 'build' | 'playground' | 'train' | 'history' | 'share';
const TABS: Tab[] = ['build', 'playground', 'train', 'history', 'share'];

const BUILT = [
  { kind: 'conv2d', filters: 8, kernelSize: [3, 3], strides: [2, 2], padding: 'valid', activation: 'relu' },
  { kind: 'maxPool2d', poolSize: [2, 2] },
  { kind: 'flatten' },
  { kind: 'dense', units: 10, activation: 'softmax' },
];

interface DebugSandbox {
  spec(): { name: string; layers: Record<string, unknown>[] };
  predictions(count: number): Promise<number[]>;
}
const specOnPage = (page: Page) => page.evaluate(() => (window as never as { filterfitDebug: { sandbox: DebugSandbox } }).filterfitDebug.sandbox.spec());

async function waitForSandbox(page: Page): Promise<void> {
  await expect(page.locator('main[data-screen="sandbox"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
}

/** The tab list is one tab stop: reach the selected tab, then arrow to `tab`. */
async function openTab(page: Page, tab: Tab): Promise<void> {
  const selected = page.locator('.sb-tab[aria-selected="true"]');
  await focusByTab(page, selected);
  const from = TABS.indexOf((await selected.getAttribute('id'))!.replace('sb-tab-', '') as Tab);
  const to = TABS.indexOf(tab);
  for (let i = from; i !== to; i += to > from ? 1 : -1) await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
  await expect(page.locator(`#sb-tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator(`#sb-panel-${tab}`)).toBeVisible();
}

async function axeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document.querySelector('main'), { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

async function checkEverySection(page: Page): Promise<void> {
  for (const tab of TABS) {
    await openTab(page, tab);
    expect(await axeViolations(page), `axe on ${tab}`).toEqual([]);
  }
  for (const width of [768, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const tab of TABS) {
      await openTab(page, tab);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll on ${tab} at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1100, height: 900 });
}

/** Empty network, then conv → max pool → flatten → dense added by the "add a layer" form. */
async function buildFromEmpty(page: Page): Promise<void> {
  await selectByKeys(page, page.locator('#sb-preset'), '');
  await activate(page, page.locator('#sb-load-preset'));
  await expect(page.locator('#sb-no-layers')).toBeVisible();
  for (const kind of ['conv2d', 'maxPool2d', 'flatten', 'dense']) {
    await selectByKeys(page, page.locator('#sb-add-kind'), kind);
    await activate(page, page.locator('#sb-add'));
  }
  await expect(page.locator('.sb-layer')).toHaveCount(4);
}

test('build, break and fix, train, history, export and import, share link — keyboard only, EN then 简体中文', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.goto('/#sandbox');
  await waitForSandbox(page);
  await buildFromEmpty(page);

  // Reorder by keyboard: Alt+↑ in the Dense layer puts it before Flatten (a rule at that layer), Alt+↓ puts it back.
  const units = page.locator('#sb-layer-4-units');
  await focusByTab(page, units);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.sb-layer').nth(2)).toHaveAttribute('data-kind', 'dense');
  await expect(units).toBeFocused();
  await expect(page.locator('#sb-layer-4-problem')).toContainText('needs a flat input');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.sb-layer').nth(3)).toHaveAttribute('data-kind', 'dense');
  await expect(page.locator('#sb-layer-4-problem')).toBeHidden();

  // Stride 0: the rule is written at the layer, its input is marked and described, Train is off.
  const strideDown = page.locator('#sb-layer-1-strideH');
  await typeOver(page, strideDown, '0');
  const problem = page.locator('#sb-layer-1-problem');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('strides[0] must be a positive whole number, got 0');
  await expect(strideDown).toHaveAttribute('aria-invalid', 'true');
  await expect(strideDown).toHaveAttribute('aria-describedby', /sb-layer-1-problem/);
  await expect(page.locator('#sb-network-status')).toHaveAttribute('data-valid', 'false');
  await expect(page.locator('#sb-train')).toBeDisabled();
  await typeOver(page, page.locator('#sb-layer-1-strideW'), '4');
  await typeOver(page, strideDown, '2');
  await expect(problem).toContainText('each stride must be from 1 to 3, got 2×4');
  await expect(page.locator('#sb-layer-1-strideW')).toHaveAttribute('aria-invalid', 'true');
  await expect(strideDown).toHaveAttribute('aria-invalid', 'false');
  await typeOver(page, page.locator('#sb-layer-1-strideW'), '2');
  await expect(problem).toBeHidden();
  await expect(page.locator('#sb-network-status')).toHaveText('The network is valid: 2,970 parameters.');
  await expect(page.locator('#sb-layer-1-stats')).toContainText('Output 13 × 13 × 8 · 80 parameters');
  await expect(page.locator('#sb-layer-2-stats')).toContainText('Output 6 × 6 × 8');
  await expect(page.locator('#sb-layer-4-stats')).toContainText('Output 10 · 2,890 parameters');
  await expect(page.locator('.sb-block[data-layer="0"]')).toHaveAttribute('data-shape', '13 × 13 × 8');
  expect((await specOnPage(page)).layers).toEqual(BUILT);
  // The estimate is measured on this device, not a constant.
  await expect(page.locator('#sb-cost-epoch[data-state="done"]')).toBeVisible({ timeout: 60_000 });
  const estimate = Number(await page.locator('#sb-cost-epoch').getAttribute('data-seconds'));
  expect(estimate).toBeGreaterThan(0);
  mkdirSync(screenshotDir, { recursive: true });
  await page.locator('.sb-build-top').screenshot({ path: resolve(screenshotDir, 'sandbox-editor.png') });

  // Train one epoch on 6,000 images (5,400 train, 600 validate): about 51 % on the test set.
  await openTab(page, 'train');
  await typeOver(page, page.locator('#sb-setting-epochs'), '1');
  await typeOver(page, page.locator('#sb-setting-subset'), '6000');
  await activate(page, page.locator('#sb-train'));
  const result = page.locator('#sb-train-result[data-test-accuracy]');
  await expect(result).toBeVisible({ timeout: 120_000 });
  expect(Number(await result.getAttribute('data-test-accuracy'))).toBeGreaterThan(0.3);
  await expect(page.locator('#sb-history-chart')).toHaveAttribute('data-epochs', '1');
  await expect(page.locator('.sb-results #sb-matrix')).toBeVisible();
  const timing = page.locator('#sb-train-timing');
  console.log(`epoch estimate ${await timing.getAttribute('data-estimated-seconds')} s, measured ${await timing.getAttribute('data-actual-seconds')} s`);

  // The run is in the history.
  await openTab(page, 'history');
  await expect(page.locator('#sb-runs tbody tr')).toHaveCount(1);
  await expect(page.locator('#sb-runs tbody tr')).toContainText('my-network');
  await page.locator('#sb-panel-history').screenshot({ path: resolve(screenshotDir, 'sandbox-history.png') });

  // Export, then import the two files into a different network: the same predictions.
  await openTab(page, 'share');
  const predictions = () => page.evaluate((n) => (window as never as { filterfitDebug: { sandbox: DebugSandbox } }).filterfitDebug.sandbox.predictions(n), 100);
  const before = await predictions();
  await activate(page, page.locator('#sb-export'));
  mkdirSync(downloadDir, { recursive: true });
  const files: string[] = [];
  for (const link of ['#sb-download-json', '#sb-download-weights']) {
    const [download] = await Promise.all([page.waitForEvent('download'), activate(page, page.locator(link))]);
    files.push(resolve(downloadDir, download.suggestedFilename()));
    await download.saveAs(files.at(-1)!);
  }
  expect(files.map((f) => f.split('/').at(-1))).toEqual(['my-network.json', 'my-network.weights.bin']);
  await openTab(page, 'build');
  await selectByKeys(page, page.locator('#sb-preset'), 'seed-a');
  await activate(page, page.locator('#sb-load-preset'));
  await expect(page.locator('.sb-layer')).toHaveCount(3);
  await expect(page.locator('.sb-layer').first()).toHaveAttribute('data-kind', 'conv2d');
  await expect(page.locator('#sb-layer-1-filters')).toHaveValue('5'); // a new network gets new cards, never the old values
  await expect(page.locator('#sb-layer-1-kernelW')).toHaveValue('3');
  await openTab(page, 'share');
  await activate(page, page.locator('#sb-import'));
  await expect(page.locator('#sb-import-alert')).toHaveText('Choose this file first.'); // nothing chosen: said, nothing changed
  await page.setInputFiles('#sb-import-json', files[0]);
  await page.setInputFiles('#sb-import-weights', files[0]); // the wrong file as weights: refused with the reason
  await activate(page, page.locator('#sb-import'));
  await expect(page.locator('#sb-import-alert')).toContainText('The weights file has');
  await page.setInputFiles('#sb-import-weights', files[1]);
  await activate(page, page.locator('#sb-import'));
  await expect(page.locator('#sb-import-status')).toContainText('Imported “my-network”');
  const after = await predictions();
  expect(after).toHaveLength(1000);
  expect(Math.max(...after.map((p, i) => Math.abs(p - before[i])))).toBeLessThanOrEqual(1e-6);

  // The share link: reload it, the same network comes back.
  const shared = await page.evaluate(() => location.hash);
  expect(shared).toMatch(/^#sandbox\?m=1\./);
  const importedSpec = await specOnPage(page);
  expect(importedSpec.layers.map((l) => l.kind)).toEqual(BUILT.map((l) => l.kind)); // Keras writes its defaults out (names, strides, use_bias)
  await page.goto('about:blank');
  await page.goto(`/${shared}`);
  await waitForSandbox(page);
  expect(await specOnPage(page)).toEqual(importedSpec);
  await expect(page.locator('#sb-layer-1-strideH')).toHaveValue('2');

  // A tampered link: a clear message and the default network.
  const tampered = shared.replace(/(\.[A-Za-z0-9_-]{10})([A-Za-z0-9_-])/, (_, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`);
  expect(tampered).not.toBe(shared);
  await page.goto('about:blank');
  await page.goto(`/${tampered}`);
  await waitForSandbox(page);
  await expect(page.locator('#sb-link-alert')).toContainText('The link is damaged');
  await expect(page.locator('#sb-link-alert')).toContainText('The default network is shown instead.');
  await expect(page.locator('#sb-name')).toHaveValue('compare-conv-pool');

  // The playground: a 5 × 5 kernel, stride 2, 'same' → ⌈28 / 2⌉ = 14.
  await openTab(page, 'playground');
  await selectByKeys(page, page.locator('#sb-play-kh'), '5');
  await selectByKeys(page, page.locator('#sb-play-stride'), '2');
  await selectByKeys(page, page.locator('#sb-play-padding'), 'same');
  await expect(page.locator('#sb-play-formula-h')).toHaveText('Output height: ⌈28 / 2⌉ = 14');
  await selectByKeys(page, page.locator('#sb-play-padding'), 'valid');
  await expect(page.locator('#sb-play-formula-h')).toHaveText('Output height: ⌊(28 + 2·0 − 5) / 2⌋ + 1 = 12');
  await activate(page, page.locator('#sb-play-forward'));
  await expect(page.locator('#sb-play-arithmetic')).toHaveAttribute('data-col', '1');
  await page.locator('#sb-panel-playground').screenshot({ path: resolve(screenshotDir, 'sandbox-playground.png') });

  await checkEverySection(page);
  expect(errors).toEqual([]);
});

test('简体中文: the rule at the layer, training and the share link, keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/#sandbox');
  await waitForSandbox(page);
  await activate(page, page.getByRole('button', { name: '中文', exact: true }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#sb-tab-build')).toHaveText('搭建');
  await buildFromEmpty(page);
  await expect(page.locator('.sb-layer').first().locator('legend')).toHaveText('第 1 层：卷积（Conv2D）');
  const strideDown = page.locator('#sb-layer-1-strideH');
  await typeOver(page, strideDown, '0');
  await expect(page.locator('#sb-layer-1-problem')).toHaveText('conv2d：strides[0] 必须是正整数，现在是 0。');
  await expect(strideDown).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#sb-train')).toBeDisabled();
  await typeOver(page, strideDown, '2');
  await typeOver(page, page.locator('#sb-layer-1-strideW'), '2');
  await expect(page.locator('#sb-network-status')).toHaveText('网络有效：共 2,970 个参数。');
  // A rule about the whole network is written under the layers.
  await typeOver(page, page.locator('#sb-layer-4-units'), '9');
  await expect(page.locator('#sb-network-problem')).toContainText('最后一层必须是 Dense(10, softmax)');
  await typeOver(page, page.locator('#sb-layer-4-units'), '10');
  await expect(page.locator('#sb-network-problem')).toBeHidden();
  await openTab(page, 'train');
  await typeOver(page, page.locator('#sb-setting-epochs'), '0');
  await expect(page.locator('#sb-setting-epochs-problem')).toHaveText('训练轮数必须在 1 到 100 之间。');
  await expect(page.locator('#sb-train')).toBeDisabled();
  await typeOver(page, page.locator('#sb-setting-epochs'), '1');
  await typeOver(page, page.locator('#sb-setting-subset'), '6000');
  await activate(page, page.locator('#sb-train'));
  await expect(page.locator('#sb-train-result[data-test-accuracy]')).toContainText('测试准确率', { timeout: 120_000 });
  await openTab(page, 'history');
  await expect(page.locator('#sb-runs tbody tr').first()).toContainText('my-network');
  const shared = await page.evaluate(() => location.hash);
  await page.goto('about:blank');
  await page.goto(`/${shared}`);
  await waitForSandbox(page);
  expect((await specOnPage(page)).layers).toEqual(BUILT);
  await expect(page.locator('#sb-heading')).toHaveText('沙盒：设计、训练、比较');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
