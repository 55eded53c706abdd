// Play mode in a real browser, with the KEYBOARD ONLY: level 1 played with scripted answers (right
// or wrong, bets of 1×–3×), the score checked against the game rules applied to the page's own
// round data; the level-up screen, the summary, level 2; the same seed in two browser contexts
// gives the same rounds (at 390 and 768 px, without horizontal scrolling); a damaged house
// network file gives a clear message; axe, console errors and Pixi objects/textures throughout.
// README_SCREENSHOTS=1 writes the README's screenshots into public/readme/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { optionKey } from '../src/ui/play/round/keys';
import { scoreGame, type Bet } from '../src/ui/play/game/scoring';
import { UNLOCK_SCORE } from '../src/ui/play/game/levels';
import { collectErrors } from './support';
import { gameInfo, idleFrameRate, pixiCounts, seriousAxeViolations, tabTo, thinkingFrameRate, waitForPhase, waitForRound, type RoundInfo } from './play-support';

const readme = process.env.README_SCREENSHOTS === '1';
const screenshotDir = readme ? resolve(import.meta.dirname, '..', 'public', 'readme') : resolve(import.meta.dirname, '..', 'e2e-output', 'screenshots');

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.locator('.play-screen').screenshot({ path: resolve(screenshotDir, `${name}.png`) });
}

/** Ten answers: right or wrong, and the bet. Wrong bets of 2× cost; streaks multiply. */
const PLAN: { right: boolean; bet: Bet }[] = [
  { right: true, bet: 1 },
  { right: true, bet: 2 },
  { right: false, bet: 1 },
  { right: true, bet: 1 },
  { right: true, bet: 1 },
  { right: true, bet: 3 },
  { right: false, bet: 2 },
  { right: true, bet: 1 },
  { right: true, bet: 1 },
  { right: true, bet: 2 },
];

/** Plays the round on screen by keyboard: B for the bet, a digit for the answer, Enter for Next. */
async function playRound(page: Page, plan: { right: boolean; bet: Bet }, info: RoundInfo): Promise<number> {
  const choice = plan.right ? info.answer! : (info.answer! + 1) % info.optionCount!;
  for (let b = 1; b < plan.bet; b++) await page.keyboard.press('b');
  await expect(page.locator('.pl-bet[aria-pressed="true"]')).toHaveAttribute('data-bet', String(plan.bet));
  await page.keyboard.press(optionKey(choice));
  await expect(page.locator('#play-round-next')).toBeFocused();
  return choice;
}

async function playLevelOne(page: Page, options: { screenshots?: boolean; measure?: boolean; zh?: boolean } = {}): Promise<{ expected: number; fps?: number }> {
  const answers: { correct: boolean; answered: boolean; bet: Bet }[] = [];
  let fps: number | undefined;
  for (const [i, plan] of PLAN.entries()) {
    // Round 1 waits for the whole animation (screenshot, axe); round 2 is measured; the rest are answered while the network thinks.
    const settled = i === 0 || (i === 1 && options.measure === true);
    const measuring = i === 1 && options.measure ? thinkingFrameRate(page) : undefined;
    const info = await waitForRound(page, settled);
    expect(info.spec?.kind).toBe('network');
    expect(info.predicted).toBe(info.label); // level 1: easy calls, the network is right
    if (measuring) {
      const rate = await measuring;
      fps = rate.fps;
      console.log(`frame rate while the network thinks: ${rate.fps.toFixed(1)} fps (${rate.frames} frames in ${Math.round(rate.ms)} ms)`);
    }
    if (i === 0) expect(await seriousAxeViolations(page), 'axe on a round').toEqual([]);
    const choice = await playRound(page, plan, info);
    answers.push({ correct: choice === info.answer, answered: true, bet: plan.bet });
    if (i === 0) {
      // The reveal: the network's probabilities, the true class, the verdict and the points.
      await expect(page.locator('.pl-round')).toHaveAttribute('data-round-state', 'revealed');
      await expect(page.locator('#play-round-reveal')).toContainText(options.zh ? '网络的答案是' : 'The network says');
      await expect(page.locator('.pl-verdict')).toContainText(options.zh ? '你猜中了' : 'You called it');
      expect(await seriousAxeViolations(page), 'axe on a reveal').toEqual([]);
      if (options.screenshots) await screenshot(page, 'play-round');
    }
    await page.keyboard.press('Enter');
  }
  return { expected: scoreGame(answers).total, fps };
}

test('level 1 by keyboard: the score follows the rules, level 2 opens, and Pixi objects do not pile up', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.goto('/#play?seed=2024&level=1');
  await waitForPhase(page, 'setup');
  await expect(page.locator('#play-level-1')).toBeChecked();
  await expect(page.locator('#play-level-2')).toBeDisabled();
  expect(await seriousAxeViolations(page), 'axe on the settings').toEqual([]);
  const baseline = await pixiCounts(page);
  console.log(`frame rate on the settings (canvas empty): ${(await idleFrameRate(page)).toFixed(1)} fps`);

  await tabTo(page, page.locator('#play-start'));
  await page.keyboard.press('Enter');
  const { expected } = await playLevelOne(page, { screenshots: readme, measure: true });
  expect(expected).toBeGreaterThanOrEqual(UNLOCK_SCORE);

  // The level-up screen, then the summary: the page added the points up as the rules say.
  await waitForPhase(page, 'levelUp');
  await expect(page.locator('#play-level-up-heading')).toHaveText('Level 2 is open!');
  await expect(page.locator('#play-level-up-continue')).toBeFocused();
  expect(await seriousAxeViolations(page), 'axe on the level-up screen').toEqual([]);
  if (readme) await screenshot(page, 'play-level-up');
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'summary');
  const game = (await gameInfo(page))!;
  expect(game.score).toBe(expected);
  expect(game.answers.map((a) => a.bet)).toEqual(PLAN.map((p) => p.bet));
  await expect(page.locator('#play-summary-heading')).toHaveText(`Level 1 done: ${expected} points`);
  await expect(page.locator('#play-summary-right')).toContainText(`${PLAN.filter((p) => p.right).length} of 10 right`);
  // Two matrices with the same rows: each holds the ten rounds.
  const total = (id: string) => page.locator(`#${id}-matrix button`).evaluateAll((cells) => cells.reduce((sum, c) => sum + Number(c.getAttribute('data-count')), 0));
  expect(await total('play-you')).toBe(10);
  expect(await total('play-network')).toBe(10);
  expect(await seriousAxeViolations(page), 'axe on the summary').toEqual([]);
  if (readme) await screenshot(page, 'play-summary');

  // Ten rounds later the stage holds what it held before the game.
  const after = await pixiCounts(page);
  expect(after.objects).toBe(baseline.objects);
  expect(after.textures).toBeLessThanOrEqual(baseline.textures);

  // Level 2: confident mistakes.
  await tabTo(page, page.locator('#play-next-level'));
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'setup');
  await expect(page.locator('#play-level-2')).toBeChecked();
  await expect(page.locator('#play-level-1 + label')).toContainText(`best score ${expected}`);
  // Arrow keys move through the levels; the focus stays on the radios as the settings re-render.
  await tabTo(page, page.locator('#play-level-2'));
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#play-level-1')).toBeChecked();
  await expect(page.locator('#play-level-1')).toBeFocused();
  await expect(page.locator('#play-start')).toHaveText('Start level 1');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#play-level-2')).toBeFocused();
  await expect(page).toHaveURL(/#play\?seed=2024&level=2$/);
  await tabTo(page, page.locator('#play-start'));
  await page.keyboard.press('Enter');
  const mistake = await waitForRound(page);
  expect(mistake.predicted).not.toBe(mistake.label);
  expect(errors).toEqual([]);
});

test('简体中文 with reduced motion: the same game, instant reveals', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/#play?seed=2024&level=1');
  await waitForPhase(page, 'setup');
  await tabTo(page, page.getByRole('button', { name: '中文', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#play-heading')).toHaveText('猜猜网络怎么说');
  await tabTo(page, page.locator('#play-start'));
  await expect(page.locator('#play-start')).toHaveText('开始第 1 关');
  await page.keyboard.press('Enter');
  const first = await waitForRound(page);
  expect(first.state).toBe('awaiting'); // no animation to wait for
  await expect(page.locator('#play-round-prompt')).toHaveText('网络会说是哪个类别？');
  const { expected } = await playLevelOne(page, { zh: true });
  await waitForPhase(page, 'levelUp');
  await expect(page.locator('#play-level-up-heading')).toHaveText('第 2 关已解锁！');
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'summary');
  await expect(page.locator('#play-summary-heading')).toHaveText(`第 1 关完成：${expected} 分`);
  expect((await gameInfo(page))!.score).toBe(expected);
  expect(await seriousAxeViolations(page), 'axe on the summary (zh)').toEqual([]);
  expect(errors).toEqual([]);
});

test('the same seed gives the same rounds in two browsers (390 and 768 px, no horizontal scroll)', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const storageState = { cookies: [], origins: [{ origin: baseURL!, localStorage: [{ name: 'filterfit:debug', value: '1' }] }] };
  const start = async (width: number, seed: number) => {
    const context = await browser.newContext({ storageState, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/#play?seed=${seed}&level=1`);
    await waitForPhase(page, 'setup');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `settings at ${width} px`).toBeLessThanOrEqual(width);
    await tabTo(page, page.locator('#play-start'));
    await page.keyboard.press('Enter');
    const round = await waitForRound(page, true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `a round at ${width} px`).toBeLessThanOrEqual(width);
    const game = (await gameInfo(page))!;
    if (width === 390) await page.locator('.play-screen').screenshot({ path: resolve(import.meta.dirname, '..', 'e2e-output', 'screenshots', 'play-round-390.png') });
    expect(errors).toEqual([]);
    await context.close();
    return { rounds: game.rounds, first: round };
  };
  const narrow = await start(390, 31337);
  const tablet = await start(768, 31337);
  expect(narrow.rounds).toHaveLength(10);
  expect(tablet.rounds).toEqual(narrow.rounds);
  expect(tablet.first).toEqual(narrow.first);
  const other = await start(768, 31338);
  expect(other.rounds).not.toEqual(narrow.rounds);
});

test('a damaged house network file gets a clear message and a retry', async ({ page }) => {
  const errors = collectErrors(page);
  await page.route('**/house/house-network.bin', async (route) => {
    const body = Buffer.from(await (await route.fetch()).body());
    body[4000] ^= 0x20;
    await route.fulfill({ status: 200, contentType: 'application/octet-stream', body });
  });
  await page.goto('/#play');
  await waitForPhase(page, 'error');
  await expect(page.locator('#play-alert')).toContainText('house-network.bin is damaged');
  await expect(page.locator('#play-alert')).toContainText('SHA-256');
  await page.unroute('**/house/house-network.bin');
  await tabTo(page, page.locator('#play-retry'));
  await page.keyboard.press('Enter');
  await waitForPhase(page, 'setup');
  expect(errors).toEqual([]);
});
