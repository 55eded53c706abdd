// The guided lesson in a real browser, with the KEYBOARD ONLY (Tab, Shift+Tab, Enter, Space, arrow
// keys and typing; no mouse): every step's check is done, real numbers are asserted on screen
// (the network really trains in the worker), each step gets an axe-core scan and a screenshot,
// then the whole lesson is revisited in 简体中文. Also: progress survives a reload, Pixi objects
// and GPU textures do not pile up over the lesson, the page keeps animating while training, and
// "Reset lesson" starts over. Quick mode keeps the whole walk within a few minutes; the walk also
// shortens (debug flag) the two long trainings that have their own tests in
// lesson-tutorial.spec.ts: step 9's tutorial-length run (2 epochs here, still on all the images)
// and step 10's table (1 epoch on 6,000 images per network here), so it checks the flow, keyboard,
// axe and translations, not the tutorial's numbers.
const WALK_URL = '/?longRunEpochs=2&compareEpochs=1&compareImages=6000#lesson';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { scoreGame, type Bet } from '../src/ui/play/game/scoring';
import { answerRound, waitForLessonRound } from './lesson-round-support';
import { collectErrors, injectAxe } from './support';

const screenshotDir = resolve(import.meta.dirname, '..', 'e2e-output', 'screenshots');

const STEPS = ['data', 'convolution', 'dense-vs-conv', 'first-network', 'train', 'errors', 'inside', 'weights', 'channel-max', 'compare', 'quiz'] as const;
type StepId = (typeof STEPS)[number];


const lesson = (page: Page) => page.locator('.lesson-screen');

async function waitForStep(page: Page, id: StepId, timeout = 60_000): Promise<void> {
  await expect(page.locator(`.lesson-screen[data-step="${id}"][data-step-state="shown"]`)).toBeVisible({ timeout });
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 250 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Chooses option `index` of a <select> with arrow keys (from its first option). */
async function chooseOption(page: Page, select: Locator, index: number): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveJSProperty('selectedIndex', index);
}

/** Checks radio `index` of the group whose first radio is `first` (Space, then arrow keys). */
async function chooseRadio(page: Page, radios: Locator, index: number): Promise<void> {
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
  await expect(radios.nth(index)).toBeChecked();
}

/** Next, by keyboard: the step's heading is focused on arrival, so Tab forward reaches it. */
async function next(page: Page, to: StepId): Promise<void> {
  const button = page.locator('#lesson-next');
  await expect(button).toBeEnabled();
  await press(page, button);
  await waitForStep(page, to);
  await expect(page.locator('#lesson-step-heading')).toBeFocused();
}

async function axe(page: Page, label: string): Promise<void> {
  await injectAxe(page);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect.soft(violations, `axe on ${label}`).toEqual([]);
}

async function screenshot(page: Page, n: number, id: StepId, suffix = ''): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `lesson-${n}-${id}${suffix}.png`), fullPage: true });
}

/** Visible words of 4+ Latin letters in the step and the lesson frame that are not code, names or units. */
async function englishLeftovers(page: Page): Promise<string[]> {
  return lesson(page).evaluate((root) => {
    const allowed = new Set(
      'Fashion MNIST Keras Conv2D Conv Dense Flatten ReLU relu softmax None InputLayer Lambda MaxPooling2D MaxPool Pool Logistic Adam FilterFit same valid'.split(' ').map((w) => w.toLowerCase()),
    );
    const words: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('pre, code, [translate="no"], [lang="en"], script, style, [hidden], dialog:not([open])')) continue;
      if (!parent.getClientRects().length) continue;
      // Code in prose (layer.get_weights(), reduce_max(X, axis=3, keepdims=True), model.fit,
      // set_weights) is not English.
      const prose = node.textContent!.replace(/[A-Za-z_][\w.]*\([^)]*\)/g, ' ').replace(/[A-Za-z]\w*(?:[._]\w+)+/g, ' ');
      for (const word of prose.match(/[A-Za-z][A-Za-z_]{3,}/g) ?? []) {
        if (!allowed.has(word.toLowerCase()) && !/^(L\d|seed|compare|conv|dense)/i.test(word)) words.push(word);
      }
    }
    return [...new Set(words)];
  });
}

/** Live Pixi objects under the lesson's view and GPU textures the renderer manages. */
async function pixiCounts(page: Page): Promise<{ objects: number; textures: number }> {
  return page.evaluate(() => {
    const debug = (globalThis as { filterfitDebug?: { lesson?: { liveObjects(): number } } }).filterfitDebug;
    const app = (globalThis as { __PIXI_APP__?: { renderer: { texture?: { managedTextures?: unknown[] } } } }).__PIXI_APP__;
    return { objects: debug?.lesson?.liveObjects() ?? -1, textures: app?.renderer.texture?.managedTextures?.filter(Boolean).length ?? -1 };
  });
}

/** requestAnimationFrame callbacks in one second (the page's frame rate right now). */
function framesPerSecond(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let frames = 0;
        const start = performance.now();
        const tick = () => {
          frames++;
          if (performance.now() - start < 1000) requestAnimationFrame(tick);
          else done(frames);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Step 2's arithmetic at the window's current position, checked three ways: its pixels against the
 * raw test-set file, its sum/bias/ReLU against the products of its own numbers, and its output
 * against the engine's real Conv2D (built in the worker with the same kernel and bias).
 */
async function checkKernelArithmetic(page: Page): Promise<void> {
  const box = page.locator('#conv-arithmetic');
  const a = await box.evaluate((element) => {
    const d = (element as HTMLElement).dataset;
    return {
      image: Number(d.image), kh: Number(d.kh), kw: Number(d.kw), stride: Number(d.stride), padding: d.padding as 'valid' | 'same',
      outW: Number(d.outW), row: Number(d.row), col: Number(d.col), top: Number(d.top), left: Number(d.left),
      pixels: JSON.parse(d.pixels!) as number[], patch: JSON.parse(d.patch!) as number[], weights: JSON.parse(d.weights!) as number[],
      bias: Number(d.bias), sum: Number(d.sum), z: Number(d.z), output: Number(d.output),
    };
  });
  expect(a.pixels.some((p) => p > 0), 'the window is on the clothing').toBe(true);
  const check = await page.evaluate(async (a) => {
    // The test image straight from the IDX file (16-byte header, 28×28 bytes per image).
    const bytes = new Uint8Array(await (await fetch('/data/t10k-images-idx3-ubyte')).arrayBuffer());
    const image = bytes.subarray(16 + a.image * 784, 16 + (a.image + 1) * 784);
    const raw: number[] = [];
    for (let i = 0; i < a.kh; i++) for (let j = 0; j < a.kw; j++) {
      const y = a.top + i, x = a.left + j;
      raw.push(y >= 0 && y < 28 && x >= 0 && x < 28 ? image[y * 28 + x] : 0);
    }
    // The engine's Conv2D on the same image with the same kernel (kh, kw, 1, 1) and bias.
    const trainer = (globalThis as unknown as { filterfitDebug: { trainer: { call<T>(run: (r: any) => Promise<T>): Promise<T> } } }).filterfitDebug.trainer;
    const spec = {
      name: 'e2e-conv', input: [28, 28, 1],
      layers: [
        { kind: 'conv2d', filters: 1, kernelSize: [a.kh, a.kw], strides: [a.stride, a.stride], padding: a.padding, activation: 'relu' },
        { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' },
      ],
    };
    await trainer.call((r) => r.build(spec, { seed: 1 }));
    await trainer.call((r) => r.setWeights(0, [{ shape: [a.kh, a.kw, 1, 1], values: new Float32Array(a.weights) }, { shape: [1], values: new Float32Array([a.bias]) }]));
    const layers = await trainer.call((r) => r.activations(new Uint8Array(image)));
    return { raw, engine: (layers as { values: Float32Array }[])[0].values[a.row * a.outW + a.col] };
  }, a);
  expect(a.pixels, 'window pixels = the test file’s bytes').toEqual(check.raw);
  const sum = a.patch.reduce((s, v, i) => s + v * a.weights[i], 0);
  expect(a.patch.map((v) => Math.round(v * 255))).toEqual(a.pixels);
  expect(a.sum).toBeCloseTo(sum, 9);
  expect(a.z).toBeCloseTo(sum + a.bias, 9);
  expect(a.output).toBeCloseTo(Math.max(0, sum + a.bias), 9);
  expect(check.engine, 'the engine’s conv output at that position').toBeCloseTo(a.output, 4);
  const shown = Math.abs(a.output) < 0.0005 ? 0 : a.output;
  await expect(page.locator('#conv-relu')).toContainText(shown.toFixed(3));
}

// ---- what the learner does in each step ----------------------------------------------------------

type Walker = (page: Page) => Promise<void>;

const WALKERS: Partial<Record<StepId, Walker>> = {
  async data(page) {
    // The split is counted from the real data: 54,000 + 6,000 and 10,000.
    await expect(page.locator('#data-split tr[data-set="train"] td').first()).toHaveText('54,000');
    await expect(page.locator('#data-split tr[data-set="validation"] td').first()).toHaveText('6,000');
    await expect(page.locator('#data-split tr[data-set="test"] td').first()).toHaveText('10,000');
    await expect(page.locator('.data-class-count').first()).toHaveText('6,000 images');
    // Name the five images: four right (by their data-label), one deliberately wrong.
    const items = page.locator('.data-naming-item');
    await expect(items).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      const label = Number(await items.nth(i).getAttribute('data-label'));
      const answer = i === 4 ? (label + 1) % 10 : label;
      await chooseOption(page, items.nth(i).locator('select'), answer + 1); // option 0 is "Choose a class…"
    }
    await press(page, page.locator('#data-check'));
    await expect(page.locator('#data-result')).toHaveAttribute('data-score', '4');
    await expect(page.locator('#lesson-points')).toHaveAttribute('data-points', String(10 + 4 * 2));
  },

  async convolution(page) {
    const step = page.locator('.conv-step');
    // Prediction 1: 1×3, stride 1, 'valid' over 28×28 → 28 × 26.
    await typeInto(page, page.locator('#conv-guess-height'), '28');
    await typeInto(page, page.locator('#conv-guess-width'), '26');
    await press(page, page.locator('#conv-check'));
    await expect(step).toHaveAttribute('data-correct', '1');
    // Move the window somewhere inside the clothing (scrubber, arrow keys), then check its numbers.
    await tabTo(page, page.locator('#conv-scrubber'));
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp'); // about the middle of the image
    await checkKernelArithmetic(page);
    // Prediction 2: stride 2 → ⌊(28 − 1) / 2⌋ + 1 = 14 rows by ⌊(28 − 3) / 2⌋ + 1 = 13 columns.
    await chooseOption(page, page.locator('#conv-stride'), 1);
    await typeInto(page, page.locator('#conv-guess-height'), '14');
    await typeInto(page, page.locator('#conv-guess-width'), '13');
    await press(page, page.locator('#conv-check'));
    await expect(step).toHaveAttribute('data-correct', '2');
  },

  async 'dense-vs-conv'(page) {
    // The window moves by itself (pure function of time) unless reduced motion; step it by keys too.
    const step = page.locator('.lesson-dense-vs-conv');
    await press(page, page.locator('#dvc-play')); // pause
    const before = Number(await step.getAttribute('data-position'));
    await press(page, page.locator('#dvc-next'));
    await expect(step).toHaveAttribute('data-position', String(before + 1));
    await tabTo(page, page.locator('#dvc-position'));
    await page.keyboard.press('End');
    await expect(page.locator('#dvc-where')).toContainText('row 28, columns 26–28 (position 728 of 728)');
    await typeInto(page, page.locator('#dvc-dense'), '7840');
    await typeInto(page, page.locator('#dvc-conv'), '15');
    await press(page, page.locator('#dvc-check'));
    await expect(page.locator('#dvc-dense-feedback')).toHaveAttribute('data-correct', 'true');
    await expect(page.locator('#dvc-conv-feedback')).toHaveAttribute('data-correct', 'true');
    await expect(page.locator('#dvc-comparison tr[data-layer="dense"]')).toContainText('7,840');
    await expect(page.locator('#dvc-comparison tr[data-layer="conv"]')).toContainText('15');
    await expect(page.locator('#dvc-result')).toContainText('523 times fewer');
  },

  async 'first-network'(page) {
    await expect(page.locator('#fn-reveal')).toBeHidden(); // predict before the summary shows
    await typeInto(page, page.locator('#fn-height'), '28');
    await typeInto(page, page.locator('#fn-width'), '26');
    await typeInto(page, page.locator('#fn-channels'), '5');
    await typeInto(page, page.locator('#fn-params'), '36,430');
    await press(page, page.locator('#fn-check'));
    await expect(page.locator('#fn-shape-feedback')).toHaveAttribute('data-correct', 'true');
    await expect(page.locator('#fn-params-feedback')).toHaveAttribute('data-correct', 'true');
    await expect(page.locator('#fn-summary')).toContainText('conv2d (Conv2D)');
    await expect(page.locator('#fn-summary')).toContainText('(None, 28, 26, 5)');
    await expect(page.locator('#fn-summary')).toContainText('Total params: 36,430');
    await expect(page.locator('#fn-diagram li[data-layer="dense"]')).toContainText('(None, 3640)');
    await expect(page.locator('.fn-arithmetic')).toContainText('Total: 20 + 36,410 = 36,430.');
  },

  async train(page) {
    await typeInto(page, page.locator('#train-guess'), '85');
    await press(page, page.locator('#train-start'));
    await expect(page.locator('.lt-train')).toHaveAttribute('data-training', 'true');
    // The page keeps animating while the worker trains: frames keep coming at a good rate.
    const frames = await framesPerSecond(page);
    expect(frames, 'animation frames per second while training').toBeGreaterThan(15);
    const result = page.locator('#train-result[data-test-accuracy]');
    await expect(result).toBeVisible({ timeout: 90_000 });
    const accuracy = Number(await result.getAttribute('data-test-accuracy'));
    expect(accuracy, 'quick-mode test accuracy of the first network').toBeGreaterThan(0.8);
    const errors = Number(await result.getAttribute('data-test-errors'));
    expect(errors).toBe(Math.round((1 - accuracy) * 10_000));
    await expect(result).toContainText(errors.toLocaleString('en-US'));
    await expect(page.locator('#train-history tbody tr')).not.toHaveCount(0);
  },

  async errors(page) {
    // Four game rounds on the learner's network, by keys: right with a bet, a miss, right, right.
    await expect(page.locator('#errors-rounds-network')).toHaveAttribute('data-source', 'learner', { timeout: 30_000 });
    const plan: { right: boolean; bet: Bet }[] = [
      { right: true, bet: 2 },
      { right: false, bet: 1 },
      { right: true, bet: 1 },
      { right: true, bet: 3 },
    ];
    const answers: { correct: boolean; answered: boolean; bet: Bet }[] = [];
    for (const step of plan) {
      const info = await waitForLessonRound(page);
      expect(info.spec?.kind).toBe('network');
      await answerRound(page, 'errors-rounds-round', step.right ? info.answer! : (info.answer! + 1) % 10, step.bet, 'keys');
      answers.push({ correct: step.right, answered: true, bet: step.bet });
      // Matching the network, and whether the network was right, are said apart.
      await expect(page.locator('#errors-rounds-round .pl-verdict')).toContainText(step.right ? 'You called it' : 'the network did not');
      await expect(page.locator('#errors-rounds-round .pl-reveal')).toContainText(/It is (right|wrong): the image is a/);
      await expect(page.locator('#errors-rounds-round-next')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#errors-rounds-result')).toHaveAttribute('data-score', String(scoreGame(answers).total));
    await expect(page.locator('#errors-summary')).toBeVisible();
    await expect(page.locator('.lt-errors-content')).toBeVisible();
  },

  async inside(page) {
    const step = page.locator('.inside-step');
    await expect(step).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(step).toHaveAttribute('data-trained', 'true');
    // Which filter is empty for this image? The options are filters 1–5, then "none".
    const empty = (await step.getAttribute('data-empty'))!.split(' ').filter(Boolean).map(Number);
    await chooseRadio(page, page.locator('input[name="inside-answer"]'), empty.length > 0 ? empty[0] - 1 : 5);
    await press(page, page.locator('#inside-check-button'));
    await expect(page.locator('#inside-feedback')).toHaveAttribute('data-result', 'right');
  },

  async weights(page) {
    const step = page.locator('.weights-step');
    await expect(step).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await press(page, page.locator('#weights-set-two'));
    await expect(page.locator('#weights-f1-w1')).toHaveValue('2');
    await chooseRadio(page, page.locator('input[name="weights-answer"]'), 0);
    await press(page, page.locator('#weights-check'));
    await expect(page.locator('#weights-feedback')).toHaveAttribute('data-result', 'right');
  },

  async 'channel-max'(page) {
    await expect(page.locator('#cmax-summary')).toContainText('Total params: 9,770');
    await expect(page.locator('#cmax-stage')).toContainText('Layer 1 (L1-Conv2D)'); // one layer numbering everywhere: from 0, as model.layers[i]
    await chooseRadio(page, page.locator('input[name="cmax-guess"]'), 0); // "yes": the tutorial's answer
    const before = Number(await page.locator('#lesson-points').getAttribute('data-points'));
    await press(page, page.locator('#cmax-train'));
    await expect(page.locator('#cmax-guess-result')).toHaveAttribute('data-result', 'right');
    await expect(page.locator('#lesson-points')).toHaveAttribute('data-points', String(before + 10 + 5)); // the step, the prediction
    // The notebook model trains in the background while the walk goes on; the sidebar follows it.
    await expect(page.locator('.cmax-step')).toHaveAttribute('data-long-run', /building|training|waiting|testing|done/);
    await expect(page.locator('#lesson-long-run')).toBeVisible();
    await expect(page.locator('#cmax-compare [data-preset="seed-notebook"]')).toContainText('9,770');
  },

  async compare(page) {
    await press(page, page.locator('#compare-start'));
    const rows = page.locator('tr[data-preset]');
    await expect(rows).toHaveCount(5);
    await expect(page.locator('tr[data-preset="seed-notebook"] td[data-params]')).toHaveText('9,770');
    await expect(page.locator('tr[data-preset][data-test-accuracy]')).toHaveCount(5, { timeout: 150_000 });
    for (const accuracy of await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.testAccuracy)))) {
      expect(accuracy).toBeGreaterThan(0.6);
    }
  },

  async quiz(page) {
    await expect(page.locator('.lesson-quiz')).toHaveAttribute('data-model', 'ready', { timeout: 30_000 });
    // The four concept answers, worked out here independently of the app, between network rounds.
    const answers = ['13 × 13 × 8', '14 × 14 × 10', '1,820', '7,850'];
    let right = 0;
    for (let n = 0; n < 7; n++) {
      const info = await waitForLessonRound(page);
      if (n % 2 === 0) {
        expect(info.spec?.kind).toBe('choice');
        const texts = await page.locator('#quiz-rounds-round button[data-option]').allTextContents();
        const index = texts.findIndex((text) => text.replace(/^\d/, '').trim() === answers[n / 2]);
        expect(index, `question ${n / 2 + 1} offers ${answers[n / 2]}`).toBeGreaterThanOrEqual(0);
        await answerRound(page, 'quiz-rounds-round', index, 1, 'keys');
        right++;
      } else {
        expect(info.spec?.kind).toBe('network');
        await answerRound(page, 'quiz-rounds-round', 0, 1, 'keys');
        if (info.answer === 0) right++;
      }
      await expect(page.locator('#quiz-rounds-round-next')).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('#quiz-results-heading')).toBeFocused();
    await expect(page.locator('#quiz-score')).toHaveAttribute('data-correct', String(right));
    await expect(page.locator('.quiz-result-list li')).toHaveCount(7);
    await expect(page.locator('.quiz-result-list li').nth(1)).toContainText('Your network predicted');
  },
};

// ---- the walk ------------------------------------------------------------------------------------

test('the whole lesson, keyboard only, in English then 简体中文', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(WALK_URL);
  await waitForStep(page, 'data');
  await expect(page.locator('#lesson-step-heading')).toHaveText('Step 1 of 11: Meet the data');
  await expect(page.locator('#lesson-step-heading')).toBeFocused();
  // Locked steps are marked and not links; Next waits for the step's check.
  await expect(page.locator('.lesson-step-link[data-step="quiz"]')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('.lesson-step-link[data-step="quiz"]')).not.toHaveAttribute('href');
  await expect(page.locator('#lesson-next')).toBeDisabled();
  await expect(page.locator('#lesson-quick')).toBeChecked(); // quick mode is the default

  const baseline = { ...(await pixiCounts(page)) };
  for (const [i, id] of STEPS.entries()) {
    if (i > 0) await next(page, id);
    await expect(page.locator('.lesson-step-link[aria-current="step"]')).toHaveAttribute('data-step', id);
    const walk = WALKERS[id];
    if (walk) await walk(page);
    else await expect(page.locator('.lesson-step-placeholder'), `step ${id} has no keyboard walk yet`).toBeVisible();
    await expect(page.locator(`.lesson-steps li:has(a[data-step="${id}"])`)).toHaveAttribute('data-state', 'done', { timeout: 10_000 });
    await axe(page, `${id} (en)`);
    await screenshot(page, i + 1, id);
  }
  await expect(page.locator('.lesson-progress-text')).toHaveText('11 of 11 steps done');
  // The end-of-lesson card, and the badges the walk earned.
  await expect(page.locator('#lesson-end-card')).toBeVisible();
  await expect(page.locator('#lesson-end-card a[href="#play"]')).toBeVisible();
  for (const badge of ['trainer', 'halfway', 'graduate']) await expect(page.locator(`#lesson-badges [data-badge="${badge}"]`)).toHaveAttribute('data-earned', 'true');
  // Step 9's run came back while the walk went on: announced in the sidebar, kept, and a badge.
  await expect(page.locator('#lesson-long-run')).toHaveAttribute('data-status', 'done', { timeout: 300_000 });
  await expect(page.locator('#lesson-badges [data-badge="patient"]')).toHaveAttribute('data-earned', 'true');
  await expect(page.locator('#lesson-points')).not.toHaveAttribute('data-counting', 'true');
  const points = Number(await page.locator('#lesson-points').getAttribute('data-points'));
  expect(points).toBeGreaterThan(0);

  // 简体中文, by keyboard: Shift+Tab from the heading back up to the language switch.
  await tabTo(page, page.getByRole('button', { name: '中文', exact: true }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#lesson-step-heading')).toHaveText('第 11 步（共 11 步）：总结测验');
  await expect(page.locator('.lesson-progress-text')).toHaveText('已完成 11/11 步');
  for (const [i, id] of STEPS.entries()) {
    const link = page.locator(`.lesson-step-link[data-step="${id}"]`);
    await tabTo(page, link, { backwards: true });
    await page.keyboard.press('Enter');
    await waitForStep(page, id);
    await expect(page.locator('#lesson-step-heading')).toHaveText(new RegExp(`^第 ${i + 1} 步（共 11 步）：`));
    expect.soft(await englishLeftovers(page), `English words left in the Chinese UI of step ${id}`).toEqual([]);
    await axe(page, `${id} (zh)`);
    await screenshot(page, i + 1, id, '-zh');
  }

  // Over the whole lesson, twice through every step, Pixi objects and GPU textures stay bounded:
  // back on step 1 the counts are what they were the first time.
  await tabTo(page, page.locator('.lesson-step-link[data-step="data"]'), { backwards: true });
  await page.keyboard.press('Enter');
  await waitForStep(page, 'data');
  await expect.poll(async () => (await pixiCounts(page)).objects).toBe(baseline.objects);
  expect((await pixiCounts(page)).textures).toBeLessThanOrEqual(baseline.textures + 2);

  // A reload continues where the learner stopped (IndexedDB), in the chosen language.
  await page.evaluate(() => (globalThis as { filterfitDebug?: { lesson?: { flush(): Promise<void> } } }).filterfitDebug?.lesson?.flush());
  await page.reload();
  await waitForStep(page, 'data');
  await expect(page.locator('.lesson-progress-text')).toHaveText('已完成 11/11 步');
  await expect(page.locator('#lesson-points')).toHaveAttribute('data-points', String(points));
  await expect(page.locator('#data-result')).toHaveAttribute('data-score', '4');
  // The trained weights came back from IndexedDB too: the quiz loads the learner's network.
  await tabTo(page, page.locator('.lesson-step-link[data-step="quiz"]'), { backwards: true });
  await page.keyboard.press('Enter');
  await waitForStep(page, 'quiz');
  await expect(page.locator('.lesson-quiz')).toHaveAttribute('data-model', 'ready', { timeout: 30_000 });
  await expect(page.locator('#quiz-rounds-network')).toContainText('你自己训练好的网络');
  await expect(page.locator('#quiz-first-score')).toBeVisible();

  // Reset (with a confirmation dialog), by keyboard.
  await tabTo(page, page.locator('#lesson-reset'), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('#lesson-reset-dialog')).toBeVisible();
  await expect(page.locator('#lesson-reset-cancel')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#lesson-reset-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForStep(page, 'data');
  await expect(page.locator('.lesson-progress-text')).toHaveText('已完成 0/11 步');
  await expect(page.locator('#lesson-points')).toHaveAttribute('data-points', '0');
  await expect(page.locator('#lesson-next')).toBeDisabled();
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});

test('teacher override, 768 px wide, reduced motion: every step opens, nothing overflows', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 768, height: 900 });
  await page.goto('/?unlock=all#lesson/quiz');
  await waitForStep(page, 'quiz');
  // 768 px: the step list and options fold behind a button (keyboard: Enter opens it).
  const steps = page.getByRole('button', { name: /^Steps: 11 of 11/ });
  await expect(page.locator('.lesson-teacher')).toBeHidden();
  await press(page, steps);
  await expect(steps).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.lesson-teacher')).toBeVisible();
  for (const id of STEPS) {
    await page.goto(`/?unlock=all#lesson/${id}`);
    await waitForStep(page, id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `step ${id} fits 768 px`).toBeLessThanOrEqual(768);
  }
  // Reduced motion: step 3's window does not move by itself; the step buttons move it.
  await page.goto('/?unlock=all#lesson/dense-vs-conv');
  await waitForStep(page, 'dense-vs-conv');
  await expect(page.locator('#dvc-play')).toBeHidden();
  const step = page.locator('.lesson-dense-vs-conv');
  await page.waitForTimeout(500);
  await expect(step).toHaveAttribute('data-position', '0');
  await press(page, page.locator('#dvc-next'));
  await expect(step).toHaveAttribute('data-position', '1');
  expect(errors).toEqual([]);
});
