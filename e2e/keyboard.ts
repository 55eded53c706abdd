// Keyboard-only moves for browser tests: Tab until a control has the focus (how a keyboard user
// reaches it), then keys. No mouse anywhere.
import { expect, type Locator, type Page } from '@playwright/test';

const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement).catch(() => false);

/** Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function focusByTab(page: Page, target: Locator, { backwards = false, max = 400 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; !(await hasFocus(target)); presses++) {
    if (presses === max) throw new Error(`${max} presses of Tab never reached ${target}`);
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
}

/** Reaches `target` by Tab and presses `key` on it (Enter for buttons and links). */
export async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await focusByTab(page, target);
  await page.keyboard.press(key);
}

/** Reaches a text or number field by Tab, selects what it holds and types `text` over it. */
export async function typeOver(page: Page, field: Locator, text: string): Promise<void> {
  await focusByTab(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Picks the option whose value is `value` in a <select>, with Home and ↓ only. */
export async function selectByKeys(page: Page, select: Locator, value: string): Promise<void> {
  const values = await select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value));
  const index = values.indexOf(value);
  if (index < 0) throw new Error(`no option "${value}" in ${select}: ${values.join(', ')}`);
  await focusByTab(page, select);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(value);
}
