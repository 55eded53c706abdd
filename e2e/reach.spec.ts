// Reach on phones and tablets, in a real browser: at 390 × 844 (phone) and 768 × 1024 (tablet)
// no screen scrolls sideways (`scrollWidth <= innerWidth`) — home, every lesson step (unlocked
// with ?unlock=all), the training lab, each sandbox tab, play, the images, the teacher and join
// pages. The widest element is named when one overflows, so a failure says where to look.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support';

const LESSON_STEPS = ['data', 'convolution', 'dense-vs-conv', 'first-network', 'train', 'errors', 'inside', 'weights', 'channel-max', 'compare', 'quiz'];
const SANDBOX_TABS = ['build', 'playground', 'train', 'history', 'share'];

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'tablet, landscape', width: 1024, height: 768 },
];

const shown = (page: Page, screen: string) => expect(page.locator(`main[data-screen="${screen}"][data-state="shown"]`)).toBeVisible({ timeout: 60_000 });

/** The page's scroll width, the viewport's width, and the elements that reach past it (for the message). */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const culprits: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= innerWidth + 0.5) continue;
      // Report the outermost element only: its children overflow with it.
      if (element.parentElement && element.parentElement.getBoundingClientRect().right > innerWidth + 0.5) continue;
      culprits.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} right=${Math.round(box.right)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits: culprits.slice(0, 8) };
  });
}

/** Lets layout settle (a ResizeObserver pass and a frame), then checks for sideways scrolling. */
async function expectNoSidewaysScroll(page: Page, where: string, widths: Record<string, number>): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const measured = await overflow(page);
  widths[where] = measured.scrollWidth;
  expect.soft(measured.scrollWidth, `${where}: ${measured.culprits.join(', ')}`).toBeLessThanOrEqual(measured.innerWidth);
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('no screen scrolls sideways', async ({ page }) => {
      test.setTimeout(240_000);
      const errors = collectErrors(page);
      const widths: Record<string, number> = {};
      await page.goto('/?unlock=all');
      await shown(page, 'home');
      await expectNoSidewaysScroll(page, 'home', widths);

      for (const step of LESSON_STEPS) {
        await page.evaluate((hash) => (location.hash = hash), `#lesson/${step}`);
        await expect(page.locator(`.lesson-screen[data-step="${step}"][data-step-state="shown"]`)).toBeVisible({ timeout: 60_000 });
        await expectNoSidewaysScroll(page, `lesson/${step}`, widths);
        if (step === 'convolution') {
          // The kernel slide keeps input and output side by side (scaled), even on a phone.
          const tops = await page.locator('#conv-stage .lv-caption').evaluateAll((captions) => captions.map((c) => Math.round(c.getBoundingClientRect().top)));
          expect(new Set(tops).size, 'input and output captions on one line').toBe(1);
        }
      }

      for (const [hash, screen] of [['#train', 'train'], ['#play', 'play'], ['#images', 'gallery']]) {
        await page.evaluate((h) => (location.hash = h), hash);
        await shown(page, screen);
        await expectNoSidewaysScroll(page, hash, widths);
      }

      await page.evaluate(() => (location.hash = '#sandbox'));
      await shown(page, 'sandbox');
      for (const tab of SANDBOX_TABS) {
        await page.locator(`#sb-tab-${tab}`).click();
        await expect(page.locator(`#sb-panel-${tab}`)).toBeVisible();
        await expectNoSidewaysScroll(page, `#sandbox ${tab}`, widths);
      }

      for (const path of ['/teacher.html', '/join.html']) {
        await page.goto(path);
        await expect(page.getByRole('banner')).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectNoSidewaysScroll(page, path, widths);
      }
      console.log(`scrollWidth at ${viewport.width}px: ${JSON.stringify(widths)}`);
      expect(errors.filter((e) => !e.includes('/api/'))).toEqual([]);
    });
  });
}

/** Real touch input through the browser's input pipeline (CDP): a finger pressed at the first point, moved through the rest, lifted. */
async function touchDrag(page: Page, points: readonly { x: number; y: number }[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const [first, ...rest] = points;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: first.x, y: first.y }] });
  for (const point of rest) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: point.x, y: point.y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Points every `step` px along the straight lines through `corners` (page coordinates). */
function polyline(corners: readonly { x: number; y: number }[], step = 4): { x: number; y: number }[] {
  const points = [corners[0]];
  for (let i = 1; i < corners.length; i++) {
    const [a, b] = [corners[i - 1], corners[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 1; k <= n; k++) points.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return points;
}

/** Controls shorter than 44 px on screen (buttons, fields, tabs, menu and step links). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), [role=tab], .nav-link, .lesson-step-link, summary';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((e) => e.offsetParent !== null && !e.closest('.visually-hidden'))
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 - 0.5)
      .map(({ e, box }) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} ${Math.round(box.height)}px`);
  });
}

/** Two fingers down on `from` points, moved to `to` points together, lifted (CDP touch events). */
async function pinch(page: Page, from: readonly [{ x: number; y: number }, { x: number; y: number }], to: readonly [{ x: number; y: number }, { x: number; y: number }], steps = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (k: number) => from.map((a, i) => ({ x: a.x + ((to[i].x - a.x) * k) / steps, y: a.y + ((to[i].y - a.y) * k) / steps, id: i }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(k) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test.describe('with touch at 768 × 1024', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('the menus fold, every control is a 44 px target, and nothing scrolls sideways', async ({ page }) => {
    const errors = collectErrors(page);
    const widths: Record<string, number> = {};
    await page.goto('/?unlock=all#lesson/convolution');
    await expect(page.locator('.lesson-screen[data-step="convolution"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
    // The step list is folded behind its button; a tap opens it, a step link closes it again.
    const steps = page.getByRole('button', { name: /^Steps: 2 of 11/ });
    await expect(steps).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('.lesson-steps')).toBeHidden();
    await steps.tap();
    await expect(steps).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.lesson-steps')).toBeVisible();
    await page.locator('.lesson-step-link[data-step="data"]').tap();
    await expect(page.locator('.lesson-screen[data-step="data"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: /^Steps: 1 of 11/ })).toHaveAttribute('aria-expanded', 'false');
    // The section links too: "Menu — Lesson".
    const menu = page.getByRole('button', { name: 'Menu — Lesson' });
    await expect(page.locator('#app-nav-links')).toBeHidden();
    await menu.tap();
    await expect(page.locator('#app-nav-links')).toBeVisible();
    expect(await smallTargets(page), 'lesson').toEqual([]);
    await page.getByRole('link', { name: 'Training lab' }).tap();
    await shown(page, 'train');
    await expect(page.getByRole('button', { name: 'Menu — Training lab' })).toHaveAttribute('aria-expanded', 'false');
    expect(await smallTargets(page), 'training lab').toEqual([]);
    await expectNoSidewaysScroll(page, '#train', widths);
    for (const [hash, screen] of [['#sandbox', 'sandbox'], ['#play', 'play'], ['#', 'home'], ['#images', 'gallery']]) {
      await page.evaluate((h) => (location.hash = h), hash);
      await shown(page, screen);
      expect(await smallTargets(page), screen).toEqual([]);
    }
    await page.evaluate(() => (location.hash = '#sandbox'));
    await shown(page, 'sandbox');
    await page.getByRole('button', { name: '中文', exact: true }).tap();
    await expect(page.getByRole('button', { name: '菜单 — 沙盒' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a finger draws on the drawing pad, and the page does not scroll under it', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/?unlock=all#lesson/inside');
    await expect(page.locator('.lesson-screen[data-step="inside"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
    await page.locator('label[for="inside-source-draw"]').tap();
    await expect(page.locator('#inside-source-draw')).toBeChecked();
    await page.locator('#draw-clear').tap();
    const pad = page.locator('#draw-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    const scrollBefore = await page.evaluate(() => scrollY);
    // A "7": across the top, then down to the bottom left — in pad pixels (28 × 28), scaled to the screen.
    const at = (x: number, y: number) => ({ x: box.x + (x / 28) * box.width, y: box.y + (y / 28) * box.height });
    await touchDrag(page, polyline([at(6, 5), at(22, 5), at(11, 24)]));
    expect(await page.evaluate(() => scrollY), 'the page stayed put').toBe(scrollBefore);
    const ink = await pad.evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, 28, 28);
      const lit = (x: number, y: number) => data[(y * 28 + x) * 4] > 128;
      let count = 0;
      for (let p = 0; p < 28 * 28; p++) if (data[p * 4] > 128) count++;
      return { count, topBar: lit(14, 5), diagonal: lit(16, 15), empty: lit(4, 22) };
    });
    expect(ink.count).toBeGreaterThan(40);
    expect(ink).toMatchObject({ topBar: true, diagonal: true, empty: false });
    expect(errors).toEqual([]);
  });

  test('step 2 by taps alone: scrub the kernel slide with a finger, predict twice, finish the step', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/?unlock=all#lesson/convolution'); // every step open (the teacher's link)
    const step = page.locator('.conv-step');
    await expect(page.locator('.lesson-screen[data-step="convolution"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });

    // Numbers come from the on-screen keyboard: a tap focuses the field, the keyboard inserts text (no key events).
    const enter = async (field: string, text: string) => {
      await page.locator(field).tap();
      await page.keyboard.insertText(text);
    };
    await enter('#conv-guess-height', '28');
    await enter('#conv-guess-width', '26');
    await page.locator('#conv-check').tap();
    await expect(step).toHaveAttribute('data-correct', '1');

    // Scrub: drag a finger along the middle row of the input picture; the window follows it.
    const stage = page.locator('#conv-stage canvas');
    await stage.scrollIntoViewIfNeeded();
    const box = (await stage.boundingBox())!;
    const scrubber = page.locator('#conv-scrubber');
    expect(Number(await scrubber.inputValue())).toBe(0);
    const y = box.y + box.height * 0.55;
    await touchDrag(page, polyline([{ x: box.x + 0.05 * box.width, y }, { x: box.x + 0.3 * box.width, y }], 6));
    const scrubbed = Number(await scrubber.inputValue());
    // 1×3 'valid': 28 rows × 26 columns; the finger ended on about row 15, column 14 of the input.
    expect(Math.floor(scrubbed / 26)).toBeGreaterThan(10);
    expect(scrubbed % 26).toBeGreaterThan(5);
    await expect(page.locator('#conv-arithmetic')).toHaveAttribute('data-row', String(Math.floor(scrubbed / 26)));

    // Stride 2 from the native picker (a tap opens it; the choice is what the picker reports).
    await page.locator('#conv-stride').tap();
    await page.locator('#conv-stride').selectOption('2');
    await enter('#conv-guess-height', '14');
    await enter('#conv-guess-width', '13');
    await page.locator('#conv-check').tap();
    await expect(step).toHaveAttribute('data-correct', '2');
    await expect(page.locator('li:has(> .lesson-step-link[data-step="convolution"])')).toHaveAttribute('data-state', 'done');
    const widths: Record<string, number> = {};
    await expectNoSidewaysScroll(page, 'lesson/convolution (touch)', widths);
    expect(errors).toEqual([]);
  });

  test('feature maps zoom with the − / + buttons and with a pinch, and stay within the screen', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/?unlock=all#lesson/inside');
    await expect(page.locator('.lesson-screen[data-step="inside"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
    const zoom = page.getByRole('group', { name: 'Zoom the feature maps' });
    const readout = zoom.locator('output');
    await expect(readout).toHaveText('5 per row');
    const canvas = page.locator('#inside-stage canvas');
    const height = async () => (await canvas.boundingBox())!.height;
    const before = await height();
    await zoom.getByRole('button', { name: 'Zoom in' }).tap();
    await zoom.getByRole('button', { name: 'Zoom in' }).tap();
    await expect(readout).toHaveText('3 per row');
    await expect.poll(height, { message: 'bigger maps make a taller canvas' }).toBeGreaterThan(before * 1.3);
    const widths: Record<string, number> = {};
    await expectNoSidewaysScroll(page, 'lesson/inside zoomed in', widths);
    await zoom.getByRole('button', { name: 'Zoom out' }).tap();
    await expect(readout).toHaveText('4 per row');

    // Pinch: two fingers spread apart over the maps zoom in; closing them zooms out.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + Math.min(box.height, 600) / 2;
    await pinch(page, [{ x: cx - 40, y: cy }, { x: cx + 40, y: cy }], [{ x: cx - 120, y: cy }, { x: cx + 120, y: cy }]);
    await expect(readout).not.toHaveText('4 per row');
    const spread = await readout.textContent();
    expect(Number(spread!.split(' ')[0])).toBeLessThan(4);
    await pinch(page, [{ x: cx - 150, y: cy }, { x: cx + 150, y: cy }], [{ x: cx - 30, y: cy }, { x: cx + 30, y: cy }]);
    await expect.poll(async () => Number((await readout.textContent())!.split(' ')[0])).toBeGreaterThan(Number(spread!.split(' ')[0]));

    await page.getByRole('button', { name: '中文', exact: true }).tap();
    await expect(page.getByRole('group', { name: '缩放特征图' }).getByRole('button', { name: '放大' })).toBeVisible();
    await expect(page.getByRole('group', { name: '缩放特征图' }).locator('output')).toContainText('每行');
    expect(errors).toEqual([]);
  });
});
