// Helpers of the lesson's game rounds in the browser (steps 6 and 11): the round on screen (debug
// hook), answering it by key or by click, and the textures the renderer holds.
import { expect, type Page } from '@playwright/test';
import { optionKey } from '../src/ui/play/round/keys';
import type { Bet } from '../src/ui/play/game/scoring';

export interface LessonRoundInfo {
  state: string;
  spec?: { kind: string; image?: number };
  answer?: number;
  optionCount?: number;
  predicted?: number;
  label?: number;
}

type Hooks = { filterfitDebug: { lessonRound: { round(): LessonRoundInfo } } };

export const lessonRound = (page: Page) => page.evaluate(() => (globalThis as unknown as Hooks).filterfitDebug.lessonRound.round());

/** Waits until the round on screen takes answers. */
export async function waitForLessonRound(page: Page): Promise<LessonRoundInfo> {
  await expect.poll(async () => (await lessonRound(page)).state, { timeout: 60_000 }).toMatch(/^(thinking|awaiting)$/);
  return lessonRound(page);
}

/** Answers option `choice` with bet `bet`: by the keys (B to raise the bet, then the digit) or by clicks. */
export async function answerRound(page: Page, id: string, choice: number, bet: Bet, by: 'keys' | 'click'): Promise<void> {
  if (by === 'keys') {
    for (let b = 1; b < bet; b++) await page.keyboard.press('b');
    await expect(page.locator(`#${id} .pl-bet[data-bet="${bet}"]`)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press(optionKey(choice));
  } else {
    await page.locator(`#${id} .pl-bet[data-bet="${bet}"]`).click();
    await page.locator(`#${id} button[data-option="${choice}"]`).click();
  }
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-round-state', /^(revealing|revealed)$/);
}

/** GPU textures the renderer manages apart from Pixi's own EMPTY and WHITE. */
export function textureCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const app = (globalThis as { __PIXI_APP__?: { renderer: { texture?: { managedTextures?: ({ label?: string } | null)[] } } } }).__PIXI_APP__;
    return app?.renderer.texture?.managedTextures?.filter((t) => t && t.label !== 'EMPTY' && t.label !== 'WHITE').length ?? -1;
  });
}

export const lessonPoints = async (page: Page): Promise<number> => {
  await expect(page.locator('#lesson-points')).not.toHaveAttribute('data-counting', 'true');
  return Number(await page.locator('#lesson-points').getAttribute('data-points'));
};
