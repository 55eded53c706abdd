// The classroom server on the production build: a teacher starts a session on /teacher, two
// students join from their own browser contexts on /join, and the teacher's roster fills in live.
// The pages pass axe, and the app itself runs under the server's strict CSP.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { spawnClassroomServer, type SpawnedServer } from '../src/server/spawn-server';
import { collectErrors } from './support';

const axeSource = readFileSync(resolve(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let server: SpawnedServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'filterfit-e2e-classroom-'));
  server = await spawnClassroomServer({ app: true, dataDir, args: ['--verify-threads', '1'] });
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** axe-core run in the page (injected by evaluation: the CSP forbids inline script tags). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

test('a teacher starts a session and sees two students join live', async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const errors = collectErrors(teacher);
  await teacher.goto(`${server.url}/teacher`);
  await expect(teacher.getByRole('heading', { name: 'New class session' })).toBeVisible();
  expect(await axeViolations(teacher)).toEqual([]);

  // Keyboard only: tab to the submit button and press Enter.
  await teacher.getByRole('button', { name: 'Start the session' }).focus();
  await teacher.keyboard.press('Enter');
  const code = (await teacher.getByTestId('join-code').textContent())!;
  expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
  await expect(teacher.getByRole('img', { name: /QR code for joining/ })).toBeVisible();
  expect(new URL(teacher.url()).hash).toMatch(/^#session=[0-9a-f-]{36}&key=[\w-]{22}$/);
  await expect(teacher.getByRole('heading', { name: 'Students (0)' })).toBeVisible();

  const nicknames = ['Ada', '<b>Bo</b>'];
  const students = await Promise.all(nicknames.map(() => browser.newContext()));
  for (const [i, context] of students.entries()) {
    const page = await context.newPage();
    const studentErrors = collectErrors(page);
    await page.goto(`${server.url}/join?code=${code}`);
    await expect(page.getByLabel('Join code')).toHaveValue(code);
    await page.getByLabel(/Nickname/).fill(nicknames[i]);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByText(`You joined as ${nicknames[i]}.`)).toBeVisible();
    await expect(page.getByText(/Your share of the class experiment: .*, seed \d+/)).toBeVisible();
    if (i === 0) expect(await axeViolations(page)).toEqual([]);
    expect(studentErrors).toEqual([]);
    // The roster updates live, without a reload.
    await expect(teacher.getByRole('heading', { name: `Students (${i + 1})` })).toBeVisible();
  }

  const roster = teacher.getByRole('table', { name: 'Students (2)' });
  await expect(roster.getByRole('rowheader')).toHaveText(nicknames);
  expect(await roster.locator('b').count()).toBe(0); // an HTML nickname stays text
  expect(await axeViolations(teacher)).toEqual([]);

  // 简体中文 through the same message table.
  await teacher.getByLabel('Language').selectOption('zh-CN');
  await expect(teacher.getByRole('heading', { name: '学生（2 人）' })).toBeVisible();
  expect(errors).toEqual([]);
  await Promise.all([teacherContext, ...students].map((c) => c.close()));
});

test('the app itself runs under the classroom server’s CSP and cross-origin isolation', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${server.url}/`);
  await expect(page.locator('main[data-screen="home"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  // Pixi-drawn lesson steps and the training lab (worker, wasm, charts) start without CSP violations.
  for (const step of ['convolution', 'weights']) {
    await page.goto(`${server.url}/?unlock=all#lesson/${step}`);
    await expect(page.locator(`.lesson-screen[data-step="${step}"][data-step-state="shown"]`)).toBeVisible({ timeout: 60_000 });
  }
  await page.goto(`${server.url}/#train`);
  await expect(page.locator('main[data-screen="train"][data-state="shown"]')).toBeVisible({ timeout: 60_000 });
  expect(errors).toEqual([]);
});
