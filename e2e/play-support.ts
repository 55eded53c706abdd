// Helpers of the play-mode browser tests: keyboard moves, the axe scan, the page's debug hooks.
import { expect, type Locator, type Page } from '@playwright/test';
import { injectAxe } from './support';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab until `target` has the focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** axe-core on the whole page: serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

export interface RoundInfo {
  state: string;
  spec?: { kind: string; image?: number };
  answer?: number;
  optionCount?: number;
  image?: number;
  label?: number;
  predicted?: number;
}

export interface GameInfo {
  level: number;
  seed: number;
  networkId: string;
  score: number;
  rounds: { kind: string; image?: number }[];
  answers: { choice: number | null; answer: number; bet: number; points: number }[];
}

type PlayHooks = { play: { phase(): string; round(): RoundInfo; game(): GameInfo | null; liveObjects(): number } };
const hooks = (page: Page) => page.evaluate.bind(page);

export const playPhase = (page: Page) => hooks(page)(() => (globalThis as unknown as { filterfitDebug: PlayHooks }).filterfitDebug.play.phase());
export const roundInfo = (page: Page) => hooks(page)(() => (globalThis as unknown as { filterfitDebug: PlayHooks }).filterfitDebug.play.round());
export const gameInfo = (page: Page) => hooks(page)(() => (globalThis as unknown as { filterfitDebug: PlayHooks }).filterfitDebug.play.game());

export async function waitForPhase(page: Page, phase: string, timeout = 90_000): Promise<void> {
  await expect(page.locator(`.play-screen[data-phase="${phase}"]`)).toBeVisible({ timeout });
}

/** Waits until the round takes answers (`settled`: until the network has paused, the animation over). */
export async function waitForRound(page: Page, settled = false): Promise<RoundInfo> {
  const states = settled ? ['awaiting'] : ['thinking', 'awaiting'];
  await expect.poll(async () => (await roundInfo(page)).state, { timeout: 60_000 }).toMatch(new RegExp(`^(${states.join('|')})$`));
  return roundInfo(page);
}

/**
 * Live Pixi objects under play's view, and the GPU textures the renderer manages apart from Pixi's
 * own EMPTY and WHITE (made once, on first use, and kept for the page's life).
 */
export function pixiCounts(page: Page): Promise<{ objects: number; textures: number }> {
  return page.evaluate(() => {
    const debug = (globalThis as unknown as { filterfitDebug?: PlayHooks }).filterfitDebug;
    const app = (globalThis as { __PIXI_APP__?: { renderer: { texture?: { managedTextures?: ({ label?: string } | null)[] } } } }).__PIXI_APP__;
    const textures = app?.renderer.texture?.managedTextures?.filter((t) => t && t.label !== 'EMPTY' && t.label !== 'WHITE').length ?? -1;
    return { objects: debug?.play.liveObjects() ?? -1, textures };
  });
}

/** Frames drawn while the round's network is thinking (requestAnimationFrame count over the animation). */
export function thinkingFrameRate(page: Page): Promise<{ frames: number; ms: number; fps: number }> {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const round = document.querySelector<HTMLElement>('.pl-round')!;
        let frames = 0;
        let start = -1;
        const tick = (now: number) => {
          const state = round.dataset.roundState;
          if (state === 'thinking') {
            if (start < 0) start = now;
            frames++;
          } else if (start >= 0) {
            const ms = now - start;
            done({ frames, ms, fps: (frames / ms) * 1000 });
            return;
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** requestAnimationFrame callbacks per second over one second (the page right now). */
export function idleFrameRate(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let frames = 0;
        const start = performance.now();
        const tick = (now: number) => {
          frames++;
          if (now - start < 1000) requestAnimationFrame(tick);
          else done((frames / (now - start)) * 1000);
        };
        requestAnimationFrame(tick);
      }),
  );
}
