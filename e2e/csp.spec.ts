// The strict Content Security Policy in force on the preview server (src/shared/security-headers.ts):
// every screen is visited and used — home, the images, the lesson's steps (step 5 trains), the
// training lab (trains and draws its chart), the sandbox (every tab, trains), play (a round), the
// engine check (tfjs-wasm) — and not one `securitypolicyviolation` event
// fires, in the page or in the training worker. To cover a new screen, add a Visit to VISITS.
import { expect, test, type Page } from '@playwright/test';
import { cspHeaderValue } from '../src/shared/security-headers';
import { collectErrors, cspViolations, watchCsp } from './support';

interface Visit {
  name: string;
  /** Path and hash to open. */
  path: string;
  /** What a learner does there; resolves when done. */
  act(page: Page): Promise<void>;
}

const LESSON_STEPS = ['data', 'convolution', 'dense-vs-conv', 'first-network', 'train', 'errors', 'inside', 'weights', 'channel-max', 'compare', 'quiz'];

const shown = (page: Page, screen: string) => expect(page.locator(`main[data-screen="${screen}"][data-state="shown"]`)).toBeVisible({ timeout: 60_000 });

const VISITS: Visit[] = [
  {
    name: 'home',
    path: '/',
    act: (page) => shown(page, 'home'),
  },
  {
    name: 'gallery',
    path: '/#images',
    act: (page) => shown(page, 'gallery'),
  },
  {
    name: 'lesson: every step opens, step 5 trains',
    path: '/?unlock=all#lesson/data',
    async act(page) {
      await shown(page, 'lesson');
      for (const id of LESSON_STEPS) {
        await page.evaluate((hash) => (location.hash = hash), `#lesson/${id}`);
        await expect(page.locator(`.lesson-screen[data-step="${id}"][data-step-state="shown"]`)).toBeVisible({ timeout: 60_000 });
        if (id === 'train') {
          await page.locator('#train-guess').fill('85');
          await page.locator('#train-start').click();
          await expect(page.locator('#train-result[data-test-accuracy]')).toBeAttached({ timeout: 120_000 });
        }
      }
    },
  },
  {
    name: 'training lab: trains and draws its chart',
    path: '/#train',
    async act(page) {
      await shown(page, 'train');
      await page.getByLabel('Epochs', { exact: true }).fill('2');
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await expect(page.locator('#train-result[data-test-accuracy]')).toBeAttached({ timeout: 120_000 });
      await expect(page.locator('.train-chart-stage canvas')).toBeVisible();
    },
  },
  {
    name: 'sandbox: every tab opens, one small epoch trains',
    path: '/#sandbox',
    async act(page) {
      await shown(page, 'sandbox');
      for (const tab of ['build', 'playground', 'history', 'share', 'train']) {
        await page.locator(`#sb-tab-${tab}`).click();
        await expect(page.locator(`#sb-panel-${tab}`)).toBeVisible();
      }
      await page.locator('#sb-setting-epochs').fill('1');
      await page.locator('#sb-setting-subset').fill('3000');
      await page.locator('#sb-train').click();
      await expect(page.locator('#sb-train-result[data-test-accuracy]')).toBeVisible({ timeout: 120_000 });
    },
  },
  {
    name: 'play: a round is played and revealed',
    path: '/#play?seed=2024&level=1',
    async act(page) {
      await expect(page.locator('.play-screen[data-phase="setup"]')).toBeVisible({ timeout: 60_000 });
      await page.locator('#play-start').click();
      await expect(page.locator('.pl-round[data-round-state="awaiting"]')).toBeVisible({ timeout: 60_000 });
      await page.locator('.pl-option').first().click();
      await expect(page.locator('.pl-round')).toHaveAttribute('data-round-state', 'revealed', { timeout: 30_000 });
    },
  },
  {
    name: 'engine check: our kernels and tfjs-wasm',
    path: '/engine-check.html',
    async act(page) {
      await expect(page.locator('main#engine-check')).toHaveAttribute('data-status', 'pass', { timeout: 100_000 });
    },
  },
];

test('the policy is sent with every document and script, and a violation would be caught', async ({ page }) => {
  await watchCsp(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(cspHeaderValue());
  expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  await shown(page, 'home');
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  expect((await page.request.get(script!)).headers()['content-security-policy']).toBe(cspHeaderValue());
  // The listener works: an injected inline script and a style attribute are refused, and reported.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.inlineRan = "yes"';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: red">x</p>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { script: document.body.dataset.inlineRan ?? 'no', style: getComputedStyle(document.getElementById('styled')!).color };
  });
  expect(ran).toEqual({ script: 'no', style: expect.not.stringMatching(/rgb\(255, 0, 0\)/) });
  const seen = await cspViolations(page);
  expect(seen).toEqual([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^style-src-attr inline/)]);
});

for (const visit of VISITS) {
  test(`no CSP violation: ${visit.name}`, async ({ page }) => {
    test.setTimeout(240_000);
    const errors = collectErrors(page);
    await watchCsp(page);
    await page.goto(visit.path);
    await visit.act(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
