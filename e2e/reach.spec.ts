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
