// A whole class session inside the app, on the classroom server (PGlite in a temp dir, a free
// loopback port): the teacher picks lesson + play + challenge + experiment, three students join
// in three browser contexts and make progress (a lesson step, the class's seeded play game, a
// sandbox challenge entry, two of them a share of the class experiment), and the teacher's live
// dashboard shows it all: the roster, the play score, the leaderboard with verified accuracy, the
// experiment table, the CSV. Then the server goes away mid-session: the student's writes wait in
// the outbox (the class badge says so) and arrive exactly once after the restart.
// Training budgets are small on purpose (600 images, 1 epoch): the protocol is what is tested.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { API_PREFIX } from '../src/classroom/api-types';
import { optionKey } from '../src/ui/play/round/keys';
import { spawnClassroomServer, type SpawnedServer } from '../src/server/spawn-server';
import { gameInfo, waitForPhase, waitForRound } from './play-support';
import { collectErrors, injectAxe } from './support';

const SMALL = 'classImages=600';
let server: SpawnedServer;
let dataDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'filterfit-e2e-class-session-'));
  server = await spawnClassroomServer({ app: true, dataDir, args: ['--verify-threads', '1'] });
});

test.afterAll(async () => {
  // A browser left open by a failed test keeps its live streams: give SIGTERM 10 s, then SIGKILL.
  const stopped = server?.stop();
  const late = await Promise.race([stopped?.then(() => false), new Promise<boolean>((done) => setTimeout(() => done(true), 10_000))]);
  if (late) await server.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** A browser context with the app's debug hooks on (play's game, the experiment's small budget). */
function studentContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: { cookies: [], origins: [{ origin: server.url, localStorage: [{ name: 'filterfit:debug', value: '1' }] }] } });
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

async function teacherApi(secret: string, path: string): Promise<Response> {
  return fetch(`${server.url}${API_PREFIX}${path}`, { headers: { authorization: `Bearer ${secret}` } });
}

async function joinInApp(page: Page, code: string, nickname: string): Promise<void> {
  await page.goto(`${server.url}/?code=${code}&${SMALL}#class`);
  await expect(page.getByRole('heading', { name: 'Your class' })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByLabel('Join code')).toHaveValue(code);
  await page.getByLabel(/Nickname/).fill(nickname);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByText(`You joined as ${nickname}.`)).toBeVisible();
  await expect(page.locator('.class-badge')).toContainText(`Class: ${nickname}`);
}

/** Trains the sandbox's default network briefly and submits it to the class challenge. */
async function challengeEntry(page: Page): Promise<number> {
  await go(page, '#sandbox');
  await page.getByRole('tab', { name: 'Train' }).click();
  await expect(page.getByRole('heading', { name: 'Class challenge' })).toBeVisible();
  await page.locator('#sb-setting-epochs').fill('1');
  await page.locator('#sb-setting-subset').fill('600');
  await expect(page.locator('#class-challenge-problem')).toHaveText('Train this network to submit it.');
  await page.locator('#sb-train').click();
  const result = page.locator('#sb-train-result[data-test-accuracy]');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('#class-challenge-submit')).toBeEnabled();
  await page.locator('#class-challenge-submit').click();
  await expect(page.locator('#class-challenge-status')).toContainText('Submitted');
  return Number(await result.getAttribute('data-test-accuracy'));
}

test('a teacher and three students run a session: lesson, seeded play, verified challenge, class experiment, CSV', async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const teacherErrors = collectErrors(teacher);
  await teacher.goto(`${server.url}/teacher`);
  await expect(teacher.getByRole('heading', { name: 'New class session' })).toBeVisible();
  // Two small architectures for the experiment, one epoch; a play seed of our own.
  for (const name of ['Conv → Conv → MaxPool → Logistic', 'Conv → MaxPool → Conv → MaxPool → Logistic', 'Conv → Conv → depth max → Logistic (the notebook’s)']) {
    await teacher.getByLabel(name, { exact: true }).uncheck();
  }
  await teacher.getByLabel('Epochs per student').fill('1');
  await teacher.getByLabel('Seed', { exact: true }).fill('4242');
  await teacher.getByRole('button', { name: 'Start the session' }).click();
  const code = (await teacher.getByTestId('join-code').textContent())!;
  const secret = new URL(teacher.url()).hash.match(/key=([\w-]+)/)![1];
  const sessionId = new URL(teacher.url()).hash.match(/session=([0-9a-f-]+)/)![1];

  const nicknames = ['Ada', 'Bo', 'Cy'];
  const games: unknown[] = [];
  for (const [i, nickname] of nicknames.entries()) {
    const context = await studentContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await joinInApp(page, code, nickname);
    if (i === 0) {
      await injectAxe(page); // the #class screen and the header badge
      const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id));
      expect(violations).toEqual([]);
    }
    await expect(teacher.getByRole('heading', { name: `Students (${i + 1})` })).toBeVisible();

    // The lesson: the first step reached shows on the dashboard.
    await go(page, '#lesson');
    await expect(page.locator('.lesson-screen[data-step="data"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
    const roster = teacher.getByRole('table', { name: `Students (${i + 1})` });
    await expect(roster.getByRole('row', { name: new RegExp(`^${nickname} data`) })).toBeVisible();

    // Play: the class's game (seed 4242, level 1) without choosing anything; the first student plays all ten rounds.
    await go(page, '#play');
    await waitForPhase(page, 'setup');
    await page.locator('#play-start').click();
    const rounds = i === 0 ? 10 : 1;
    for (let r = 0; r < rounds; r++) {
      const info = await waitForRound(page);
      await page.keyboard.press(optionKey(info.answer!));
      await expect(page.locator('#play-round-next')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    const game = (await gameInfo(page))!;
    expect(game).toMatchObject({ seed: 4242, level: 1, networkId: 'house' });
    games.push(game.rounds);
    if (i === 0) {
      await waitForPhase(page, 'levelUp'); // ten right answers open level 2
      await page.locator('#play-level-up-continue').click();
      await waitForPhase(page, 'summary');
    }

    // The sandbox challenge, then (two students) a share of the class experiment.
    await challengeEntry(page);
    if (i < 2) {
      await go(page, '#class');
      await page.locator('#class-experiment-train').click();
      await expect(page.locator('#class-experiment-status')).toContainText('Done: test accuracy', { timeout: 120_000 });
    }
    await expect(page.locator('.class-badge')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
    await expect(page.locator('.class-badge')).toContainText('all saved');
    expect(errors).toEqual([]);
    await context.close();
  }
  // The same seeded rounds for all three.
  expect(games[1]).toEqual(games[0]);
  expect(games[2]).toEqual(games[0]);

  // The live dashboard: roster with the play score, the class against the network, the verified leaderboard, the experiment table.
  const roster = teacher.getByRole('table', { name: 'Students (3)' });
  await expect(roster.getByRole('rowheader')).toHaveText(nicknames);
  const adaRow = await roster.getByRole('row', { name: /^Ada / }).locator('td').allTextContents();
  expect(Number(adaRow[2].replace(/\D/g, ''))).toBeGreaterThan(0); // play score
  await expect(teacher.getByText(/The class was right \d+ times in 12 guesses/)).toBeVisible();
  const leaderboard = teacher.getByRole('table', { name: 'Challenge leaderboard' });
  await expect(leaderboard.getByRole('cell', { name: 'verified', exact: true })).toHaveCount(3, { timeout: 90_000 });
  const experiment = teacher.getByRole('table', { name: 'Class experiment' });
  await expect(experiment.getByRole('row')).toHaveCount(3); // header + two architectures
  for (const name of ['Conv → Logistic', 'Conv → MaxPool → Logistic']) {
    await expect(experiment.getByRole('row', { name: new RegExp(`^\\d\\. ${name.replace(/[→]/g, '.')} [\\d,]+ 1 `) })).toBeVisible();
  }
  // The scatter beside it: one dot per run, one mean bar per architecture.
  const scatter = teacher.getByRole('img', { name: /one dot per run/ });
  await expect(scatter.locator('circle.dot')).toHaveCount(2);
  await expect(scatter.locator('line.mean')).toHaveCount(2);

  // The CSV holds every student's rows.
  const csv = await (await teacherApi(secret, `/sessions/${sessionId}/export.csv`)).text();
  for (const nickname of nicknames) {
    const kinds = new Set(csv.split('\r\n').filter((line) => line.includes(`,${nickname},`)).map((line) => line.split(',')[0]));
    for (const kind of ['joined', 'progress', 'play_round', 'challenge']) expect(kinds, `${nickname}: ${kind}`).toContain(kind);
  }
  expect(csv.split('\r\n').filter((line) => line.startsWith('experiment,'))).toHaveLength(2);
  expect(teacherErrors).toEqual([]);
  await teacherContext.close();
});

test('the server restarts mid-session: the outbox keeps the writes and delivers them exactly once', async ({ browser }) => {
  test.setTimeout(180_000);
  const created = await fetch(`${server.url}${API_PREFIX}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ activities: { lesson: { mode: 'quick' }, play: null, challenge: null, experiment: null } }),
  }).then((r) => r.json() as Promise<{ sessionId: string; joinCode: string; teacherSecret: string }>);
  const context = await studentContext(browser);
  const page = await context.newPage();
  await joinInApp(page, created.joinCode, 'Dee');
  const badge = page.locator('.class-badge');
  const lessonShown = page.locator('.lesson-screen[data-step="data"][data-step-state="shown"]');
  const progressRows = async () => {
    const csv = await (await teacherApi(created.teacherSecret, `/sessions/${created.sessionId}/export.csv`)).text();
    return csv.split('\r\n').filter((line) => line.startsWith('progress,')).length;
  };
  // Open the lesson once online (its code is loaded), then back to #class.
  await go(page, '#lesson');
  await expect(lessonShown).toBeVisible({ timeout: 60_000 });
  await go(page, '#class');
  await expect(badge).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  const before = await progressRows();
  expect(before).toBeGreaterThan(0);

  await server.stop('SIGKILL'); // kill -9 mid-session
  await go(page, '#lesson'); // a new lesson screen reports where the learner is: queued
  await expect(lessonShown).toBeVisible({ timeout: 60_000 });
  await expect(badge).toHaveAttribute('data-offline', 'true', { timeout: 30_000 });
  await expect(badge).toContainText('offline');
  const queued = Number(await badge.getAttribute('data-pending'));
  expect(queued).toBeGreaterThan(0);

  server = await spawnClassroomServer({ app: true, dataDir, port: server.port, args: ['--verify-threads', '1'] });
  await expect(badge).toHaveAttribute('data-pending', '0', { timeout: 60_000 });
  await expect(badge).toHaveAttribute('data-offline', 'false');
  // 简体中文 through the same message table.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(badge).toContainText('课堂：Dee');
  await expect(badge).toContainText('已全部保存');
  expect(await progressRows()).toBe(before + queued); // each queued write exactly once
  await context.close();
});
