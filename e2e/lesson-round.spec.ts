// The lesson's game rounds in a real browser (play mode's round component inside the lesson):
// step 6's checkpoint played on the learner's own freshly trained network, by keyboard (keys 1–0,
// B for the bet) and by click, with scripted right and wrong answers and bets — the game score,
// and the lesson's points, equal the play rules applied to the page's own round data; the GPU
// texture count stays the same from round to round. Step 11 mixes the concept questions with
// "what will your network predict" rounds. Play mode offers the lesson's network and plays on it.
// Without a trained network (a teacher opens step 6), the house network plays, said so, and
// reduced motion makes the rounds instant.
import { expect, test, type Page } from '@playwright/test';
import { scoreGame, type Bet } from '../src/ui/play/game/scoring';
import { answerRound, lessonPoints, lessonRound, textureCount, waitForLessonRound } from './lesson-round-support';
import { gameInfo, waitForPhase, waitForRound } from './play-support';
import { collectErrors } from './support';

const STEP_POINTS = { errors: 15, quiz: 10 };

async function openStep(page: Page, id: string): Promise<void> {
  await page.goto(`/?unlock=all#lesson/${id}`);
  await expect(page.locator(`.lesson-screen[data-step="${id}"][data-step-state="shown"]`)).toBeVisible({ timeout: 60_000 });
}

/** Plays the series on screen with `plan`; returns the answers for the score check. */
async function playSeries(page: Page, id: string, plan: { right: boolean; bet: Bet; by: 'keys' | 'click' }[], kinds?: string[]) {
  const answers: { correct: boolean; answered: boolean; bet: Bet }[] = [];
  const textures: number[] = [];
  for (const [n, step] of plan.entries()) {
    const info = await waitForLessonRound(page);
    if (kinds) expect(info.spec?.kind, `round ${n + 1}`).toBe(kinds[n]);
    await expect(page.locator(`#${id} .pl-round-line`)).toHaveText(`Round ${n + 1} of ${plan.length}`);
    const choice = step.right ? info.answer! : (info.answer! + 1) % info.optionCount!;
    await answerRound(page, id, choice, step.bet, step.by);
    answers.push({ correct: step.right, answered: true, bet: step.bet });
    const verdict = page.locator(`#${id} .pl-verdict`);
    if (info.spec?.kind === 'network') {
      // Matching the network is the point; whether the network was right is said apart.
      await expect(verdict).toContainText(step.right ? 'You called it: the network said' : 'the network did not');
      await expect(page.locator(`#${id} .pl-reveal`)).toContainText(/It is (right|wrong): the image is a/);
    }
    await expect(page.locator(`#${id} .pl-score-value`)).toHaveText(String(scoreGame(answers).total));
    await expect.poll(async () => (await lessonRound(page)).state).toBe('revealed');
    textures.push(await textureCount(page));
    const next = page.locator(`#${id}-next`);
    if (step.by === 'keys') {
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
    } else await next.click();
  }
  return { total: scoreGame(answers).total, textures };
}

test('step 6 and step 11 play game rounds on the learner’s own network; play mode offers it', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1100, height: 900 });

  // Step 5: a quick run of the first network (the lesson's store keeps it).
  await openStep(page, 'train');
  await page.locator('#train-guess').fill('85');
  await page.locator('#train-start').click();
  await expect(page.locator('#train-result[data-test-accuracy]')).toBeVisible({ timeout: 120_000 });

  // Step 6: four rounds on that network, by keys and by clicks, right and wrong, with bets.
  await openStep(page, 'errors');
  await expect(page.locator('#errors-rounds-network')).toHaveAttribute('data-source', 'learner');
  await expect(page.locator('#errors-rounds-network')).toContainText('your own trained network');
  const before = await lessonPoints(page);
  const plan6 = [
    { right: true, bet: 2 as Bet, by: 'keys' as const },
    { right: false, bet: 1 as Bet, by: 'click' as const },
    { right: true, bet: 3 as Bet, by: 'keys' as const },
    { right: true, bet: 1 as Bet, by: 'click' as const },
  ];
  const six = await playSeries(page, 'errors-rounds-round', plan6, ['network', 'network', 'network', 'network']);
  expect(six.total).toBe(20 + 0 + 30 + 10);
  expect(new Set(six.textures).size, `textures per round: ${six.textures}`).toBe(1);
  await expect(page.locator('#errors-rounds-result')).toHaveAttribute('data-score', String(six.total));
  await expect(page.locator('#errors-rounds-result')).toBeFocused();
  expect(await lessonPoints(page)).toBe(before + six.total + STEP_POINTS.errors);
  // Then the mistakes: the matrix and the gallery on the canvas.
  await expect(page.locator('#errors-summary')).toBeVisible();
  await expect(page.locator('.lt-errors-content')).toBeVisible();
  await expect(page.locator('.lesson-steps li:has(a[data-step="errors"])')).toHaveAttribute('data-state', 'done');

  // Step 11: the concept questions (answers worked out here) mixed with network rounds.
  await openStep(page, 'quiz');
  await expect(page.locator('.lesson-quiz')).toHaveAttribute('data-model', 'ready', { timeout: 60_000 });
  const concepts = ['13 × 13 × 8', '14 × 14 × 10', '1,820', '7,850'];
  const kinds = ['choice', 'network', 'choice', 'network', 'choice', 'network', 'choice'];
  const quizBefore = await lessonPoints(page);
  const answers: { correct: boolean; answered: boolean; bet: Bet }[] = [];
  for (const [n, kind] of kinds.entries()) {
    const info = await waitForLessonRound(page);
    expect(info.spec?.kind).toBe(kind);
    if (kind === 'choice') {
      const option = page.locator('#quiz-rounds-round button[data-option]', { hasText: concepts[n / 2] });
      await expect(option).toHaveCount(1);
      await option.click();
      await expect(page.locator('#quiz-rounds-round .pl-verdict')).toContainText(`You picked ${concepts[n / 2]}: right!`);
    } else {
      await answerRound(page, 'quiz-rounds-round', info.answer!, 1, 'keys');
      await expect(page.locator('#quiz-rounds-round .pl-verdict')).toContainText('You called it');
    }
    answers.push({ correct: true, answered: true, bet: 1 });
    await expect(page.locator('#quiz-rounds-round .pl-score-value')).toHaveText(String(scoreGame(answers).total));
    await page.locator('#quiz-rounds-round-next').click();
  }
  await expect(page.locator('#quiz-results-heading')).toBeFocused();
  await expect(page.locator('#quiz-score')).toHaveAttribute('data-correct', '7');
  await expect(page.locator('.quiz-result-list li')).toHaveCount(7);
  await expect(page.locator('.quiz-result-list li').nth(1)).toContainText('Your network predicted');
  expect(await lessonPoints(page)).toBe(quizBefore + scoreGame(answers).total + STEP_POINTS.quiz);
  await expect(page.locator('#lesson-badges [data-badge="sharp-eye"]')).toHaveAttribute('data-earned', 'true');

  // Play mode: the lesson's network is a choice, and the game plays on it.
  await page.goto('/#play?seed=5&level=1');
  await waitForPhase(page, 'setup');
  const learner = page.locator('input[name="play-net"][value^="lesson:seed-a:"]');
  await expect(learner).toHaveCount(1);
  await learner.check();
  await page.locator('#play-start').click();
  await waitForPhase(page, 'playing');
  const round = await waitForRound(page);
  expect(round.spec?.kind).toBe('network');
  expect((await gameInfo(page))?.networkId).toMatch(/^lesson:seed-a:[0-9a-f]{8}$/);
  expect(errors).toEqual([]);
});

test('without a trained network, step 6 plays on the house network, said so; reduced motion makes rounds instant', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStep(page, 'errors');
  const line = page.locator('#errors-rounds-network');
  await expect(line).toHaveAttribute('data-source', 'house');
  await expect(line).toContainText('You have not trained this network yet');
  await expect(line).toContainText('house network');
  for (let n = 0; n < 4; n++) {
    // Instant: the round takes answers at once and the reveal is over as soon as it is given.
    await expect.poll(async () => (await lessonRound(page)).state, { timeout: 60_000 }).toBe('awaiting');
    await page.locator('#errors-rounds-round button[data-option="0"]').click();
    expect((await lessonRound(page)).state).toBe('revealed');
    await page.locator('#errors-rounds-round-next').click();
  }
  await expect(page.locator('#errors-rounds-result')).toBeVisible();
  await expect(page.locator('.lt-errors-content')).toBeVisible();
  // 简体中文: the network line follows the language.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(line).toContainText('内置网络');
  expect(errors).toEqual([]);
});

test('step 5 offers “continue from epoch N” after a reload mid-run, like the training lab', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openStep(page, 'train');
  await page.locator('#train-guess').fill('85');
  await page.locator('#train-start').click();
  // One epoch done (its checkpoint written), the run still going: reload.
  const done = () => page.locator('#train-progress').evaluate((p: HTMLProgressElement) => p.value / p.max);
  await expect.poll(done, { timeout: 120_000, intervals: [50] }).toBeGreaterThan(0.36); // into epoch 2 of 3
  await page.waitForTimeout(200);
  await page.reload();
  await expect(page.locator('.lesson-screen[data-step="train"][data-step-state="shown"]')).toBeVisible({ timeout: 60_000 });
  const offer = page.locator('#resume-offer');
  await expect(offer).toBeVisible();
  const epoch = Number(await offer.getAttribute('data-epoch'));
  expect(epoch).toBeGreaterThanOrEqual(1);
  await expect(page.locator('#resume-continue')).toHaveText(`Continue from epoch ${epoch}`);
  await page.locator('#resume-continue').click();
  await expect(offer).toBeHidden();
  // The earlier epochs are back in the table and the run ends with a scored, kept network.
  await expect(page.locator('#train-result[data-test-accuracy]')).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('#train-history tbody tr')).toHaveCount(3);
  await expect(page.locator('#train-history tbody tr').first()).not.toHaveText(/^\s*1\s*$/); // epoch 1's numbers came back from the checkpoint
  await expect(page.locator('.lesson-steps li:has(a[data-step="train"])')).toHaveAttribute('data-state', 'done');
  expect(errors).toEqual([]);
});
