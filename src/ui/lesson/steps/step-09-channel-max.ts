// Step 9 "A custom layer: channel max-pooling": the notebook's final model (Conv 10 → Conv 20 →
// Lambda reduce_max over channels → Flatten → Dense; 9,770 parameters) with its summary; an
// animation of the max taken across the 20 channels at each pixel (pure timeline, steppable); then
// training it in the worker and comparing its test accuracy with the first network's (step 5).
import '../visual.css';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import { summaryText } from '../../../shared/summary';
import type { TrainingEvent } from '../../../shared/worker-protocol';
import { WorkerCrashedError } from '../../../worker/bridge';
import { h } from '../../framework/dom';
import { formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { LessonContext, LessonStep, TrainedModel } from '../step';
import { LESSON_SEED } from '../trained-models';
import { channelMaxFrame, channelMaxMap, channelStackAt, stillFrame, timeAtPixel, type ChannelMaxFrame } from '../timeline/channel-max';
import { ChannelMaxView } from '../views/channel-max-view';
import { PlaybackControls } from '../views/playback-controls';
import { percent } from '../views/probability-list';
import { testImage } from '../views/test-image-picker';
import { BoundTexts } from '../../i18n/bound-texts';
import { place } from '../views/place';

const PRESET = 'seed-notebook';
const FIRST = 'seed-a';
const IMAGE = 35;
const PIXELS = 784;
const SPEEDS = [2, 7, 28, 112] as const;
const DEFAULT_SPEED = 28;
/** Where the animation starts: the middle of the image, where the shirt is (row 15, column 15). */
const START_PIXEL = 14 * 28 + 14;
/**
 * Quick: ~11k image passes (~10–15 s at ~1k images/s). Batches of 32 give 4× the updates of the
 * notebook's 128 in that budget (≈ 78 % instead of ≈ 73 % test accuracy); full training uses 128.
 */
export const QUICK_BUDGET = { epochs: 2, trainImages: 6_000, batchSize: 32 } as const;
export const FULL_BUDGET = { epochs: 5, trainImages: 60_000, batchSize: 128 } as const;
export const STEP_POINTS = 10;
export const PREDICTION_POINTS = 5;
const GUESS_KEY = 'channel-max.guess';
/** The tutorial's test accuracies: article (first network) and notebook (1,081 errors). */
const TUTORIAL = { first: 0.88, notebook: 0.8919 };

export function createChannelMaxStep(): LessonStep {
  return new ChannelMaxStep();
}

class ChannelMaxStep implements LessonStep {
  readonly id = 'channel-max';
  readonly titleKey = 'lessonVisual.cmaxTitle' as const;
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  private readonly picture = new ChannelMaxView();
  readonly view = this.picture.view;

  private context!: LessonContext;
  private controls!: PlaybackControls;
  private readonly texts = new BoundTexts();
  private readonly plan = planModel(preset(PRESET)!);
  private readonly firstPlan = planModel(preset(FIRST)!);

  // Animation: the frame is a function of (timeMs, speed); stepping sets the time.
  private timeMs = 0;
  private speed = DEFAULT_SPEED;
  private playing = false;
  private shownPixel = -1;
  private conv: { values: Float32Array; shape: number[] } | null = null;
  private output: Float32Array = new Float32Array(PIXELS);
  private usesTrained = false;

  // Training.
  private running = false;
  private disposed = false;
  private status: [MessageKey, MessageParams?] | null = null;
  private alert: [MessageKey, MessageParams?] | null = null;
  private progressMessage: [MessageKey, MessageParams?] | null = null;
  private guessNote: [MessageKey, MessageParams?] | null = null;

  private readonly modelNote = h('p', { class: 'lv-note', id: 'cmax-model' });
  private readonly summary = h('pre', { class: 'lv-code', id: 'cmax-summary', tabindex: 0 });
  private readonly gridCaption = h('span', { class: 'lv-caption' });
  private readonly stackCaption = h('span', { class: 'lv-caption' });
  private readonly outputCaption = h('span', { class: 'lv-caption' });
  private readonly pixelBox = h('section', { class: 'lv-arithmetic', id: 'cmax-pixel', 'aria-labelledby': 'cmax-pixel-heading' });
  private readonly pixelHeading = h('h3', { id: 'cmax-pixel-heading' });
  private readonly pixelLine = h('p', { id: 'cmax-values' });
  private readonly maxLine = h('p', { id: 'cmax-max', class: 'lv-result' });
  private readonly announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', id: 'cmax-announce' });
  private readonly guessInputs = (['yes', 'no'] as const).map((v) => h('input', { type: 'radio', name: 'cmax-guess', id: `cmax-guess-${v}`, value: v }));
  private readonly budgetInputs = (['quick', 'full'] as const).map((v) => h('input', { type: 'radio', name: 'cmax-budget', id: `cmax-budget-${v}`, value: v, checked: v === 'quick' }));
  private readonly budgetBox = h('fieldset', { class: 'lv-choice' });
  private readonly trainButton = h('button', { type: 'button', class: 'button', id: 'cmax-train' });
  private readonly stopButton = h('button', { type: 'button', class: 'button button-quiet', id: 'cmax-stop', disabled: true });
  private readonly progress = h('progress', { class: 'lv-train-progress', id: 'cmax-progress', max: 1, value: 0 });
  private readonly progressLine = h('p', { class: 'lv-hint', id: 'cmax-progress-line' });
  private readonly statusLine = h('p', { role: 'status', id: 'cmax-status' });
  private readonly alertLine = h('p', { role: 'alert', class: 'lv-alert', id: 'cmax-alert' });
  private readonly guessLine = h('p', { id: 'cmax-guess-result' });
  private readonly table = h('table', { class: 'lv-table', id: 'cmax-compare' });
  private readonly conclusion = h('p', { class: 'lv-note', id: 'cmax-conclusion', hidden: true });

  constructor() {
    this.canvasHost = h(
      'div',
      { class: 'lv-stage', id: 'cmax-stage' },
      this.gridCaption,
      this.stackCaption,
      this.outputCaption,
      this.text(h('p', { class: 'visually-hidden' }), 'lessonVisual.cmaxCanvasDescription'),
    );
    this.element = h('section', { class: 'lesson-visual cmax-step', id: `step-${this.id}` });
  }

  private text<E extends HTMLElement>(element: E, key: MessageKey, params?: MessageParams): E {
    return this.texts.set(element, key, params);
  }

  async prepare(context: LessonContext): Promise<void> {
    this.context = context;
    this.controls = new PlaybackControls({
      id: 'cmax',
      speeds: SPEEDS,
      speed: this.speed,
      reducedMotion: context.reducedMotion,
      positionLabel: 'lessonVisual.cmaxPositionLabel',
      speedOption: 'lessonVisual.cmaxSpeedOption',
      valueText: (p) => t('lessonVisual.cmaxPixelValue', { position: p + 1, row: Math.floor(p / 28) + 1, col: (p % 28) + 1 }),
      onSeek: (p) => this.seek(p),
      onPlay: (playing) => this.setPlaying(playing),
      onSpeed: (speed) => this.setSpeed(speed),
    });
    this.controls.setCount(PIXELS);
    this.summary.textContent = summaryText(this.plan);
    const guess = context.progress.get<string>(GUESS_KEY);
    this.guessInputs.forEach((input) => (input.checked = input.value === guess));
    this.buildDom();
    try {
      this.usesTrained = await context.useModel(PRESET);
      await this.loadActivations();
    } catch (error) {
      this.setAlert(['lessonVisual.workerBusy', { detail: String((error as Error)?.message ?? error) }]);
    }
    this.seek(START_PIXEL);
  }

  private buildDom(): void {
    const guessChoices = this.guessInputs.map((input) =>
      h('div', { class: 'lv-radio' }, input, this.text(h('label', { for: input.id }), input.value === 'yes' ? 'lessonVisual.cmaxPredictYes' : 'lessonVisual.cmaxPredictNo')),
    );
    for (const input of this.guessInputs) input.addEventListener('change', () => this.context.progress.set(GUESS_KEY, input.value));
    this.budgetBox.append(
      this.text(h('legend'), 'lessonVisual.cmaxBudgetLegend'),
      ...this.budgetInputs.map((input) =>
        h(
          'div',
          { class: 'lv-radio' },
          input,
          this.text(
            h('label', { for: input.id }),
            input.value === 'quick' ? 'lessonVisual.cmaxBudgetQuick' : 'lessonVisual.cmaxBudgetFull',
            input.value === 'quick' ? { epochs: QUICK_BUDGET.epochs, images: QUICK_BUDGET.trainImages } : { epochs: FULL_BUDGET.epochs, images: FULL_BUDGET.trainImages },
          ),
        ),
      ),
    );
    this.trainButton.addEventListener('click', () => void this.train());
    this.stopButton.addEventListener('click', () => void this.context.trainer.call((r) => r.stop()).catch(() => {}));
    this.pixelBox.append(this.pixelHeading, this.pixelLine, this.maxLine, this.announcer);
    this.element.append(
      this.text(h('p', { class: 'lv-intro' }), 'lessonVisual.cmaxIntro'),
      h('figure', { class: 'lv-figure' }, this.text(h('figcaption'), 'lessonVisual.cmaxSummaryCaption'), this.summary),
      this.text(h('h3'), 'lessonVisual.cmaxAnimationHeading'),
      this.modelNote,
      this.canvasHost,
      this.controls.element,
      this.pixelBox,
      this.text(h('h3'), 'lessonVisual.cmaxTrainHeading'),
      h(
        'div',
        { class: 'lv-panel' },
        h('fieldset', { class: 'lv-choice', id: 'cmax-guess' }, this.text(h('legend'), 'lessonVisual.cmaxPredictLegend'), ...guessChoices),
        this.budgetBox,
        h('div', { class: 'lv-buttons' }, this.trainButton, this.stopButton),
        h('div', { class: 'progress-field' }, this.text(h('label', { for: 'cmax-progress' }), 'lessonVisual.cmaxProgressLabel'), this.progress),
        this.progressLine,
        this.statusLine,
        this.alertLine,
        this.guessLine,
      ),
      this.table,
      this.conclusion,
    );
  }

  /** The second conv layer's output for test image 35 (the stack) and its channel max. */
  private async loadActivations(): Promise<void> {
    const image = testImage(this.context.data.test, IMAGE).slice();
    const activations = await this.context.trainer.call((r) => r.activations(image));
    const conv = activations[1];
    this.conv = { values: conv.values, shape: conv.shape };
    this.output = channelMaxMap(conv.values, conv.shape);
    this.picture.setData(conv.values, conv.shape, this.output);
    this.shownPixel = -1;
    this.renderFrame();
    this.renderModelNote();
  }

  // ---- animation -------------------------------------------------------------------------------

  private frameNow(): ChannelMaxFrame {
    return this.playing ? channelMaxFrame(this.timeMs, this.speed, PIXELS) : stillFrame(this.pixelAtTime());
  }

  private pixelAtTime(): number {
    return Math.min(PIXELS - 1, Math.floor((this.timeMs * this.speed) / 1000 + 1e-9));
  }

  private seek(pixel: number): void {
    this.setPlaying(false);
    const p = Math.min(Math.max(0, Math.round(pixel)), PIXELS - 1);
    this.timeMs = timeAtPixel(p, this.speed);
    this.shownPixel = -1;
    this.renderFrame();
  }

  private setPlaying(playing: boolean): void {
    if (playing && this.context.reducedMotion) return;
    if (playing && this.pixelAtTime() >= PIXELS - 1) this.timeMs = 0;
    this.playing = playing;
    this.controls?.setPlaying(playing);
    this.shownPixel = -1;
    this.renderFrame();
  }

  private setSpeed(speed: number): void {
    const pixel = this.pixelAtTime();
    this.speed = speed;
    this.timeMs = timeAtPixel(pixel, speed);
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    this.timeMs += deltaMs;
    if (this.timeMs >= timeAtPixel(PIXELS, this.speed)) {
      this.timeMs = timeAtPixel(PIXELS - 1, this.speed);
      this.setPlaying(false);
      return;
    }
    this.renderFrame(true);
  }

  /** From update() the ticker renders the canvas anyway; otherwise ask for one render. */
  private renderFrame(fromTicker = false): void {
    if (!this.conv) return;
    const frame = this.frameNow();
    this.picture.setFrame(frame);
    if (frame.pixel !== this.shownPixel) {
      this.shownPixel = frame.pixel;
      this.controls.setPosition(frame.pixel);
      this.renderPixel(frame.pixel);
    }
    if (!fromTicker) this.context.requestRender();
  }

  private renderPixel(pixel: number): void {
    if (!this.conv) return;
    const stack = channelStackAt(this.conv.values, this.conv.shape, pixel);
    const fmt = (x: number) => formatNumber(Math.abs(x) < 0.005 ? 0 : x, undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const at = { row: stack.y + 1, col: stack.x + 1 };
    Object.assign(this.pixelBox.dataset, {
      pixel: String(pixel),
      row: String(stack.y),
      col: String(stack.x),
      values: JSON.stringify(stack.values),
      argmax: String(stack.argmax),
      max: String(stack.max),
      output: String(this.output[pixel]),
    });
    this.pixelHeading.textContent = t('lessonVisual.cmaxPixelValue', { position: pixel + 1, ...at });
    this.pixelLine.textContent = t('lessonVisual.cmaxPixelLine', { ...at, values: stack.values.map(fmt).join(t('lessonVisual.listSeparator')) });
    this.maxLine.textContent = t('lessonVisual.cmaxMaxLine', { ...at, max: fmt(stack.max), channel: stack.argmax + 1 });
    if (!this.playing) this.announcer.textContent = `${this.pixelLine.textContent} ${this.maxLine.textContent}`;
  }

  // ---- training --------------------------------------------------------------------------------

  private async train(): Promise<void> {
    if (this.running) return;
    const budget = this.context.quickMode || this.budgetInputs[0].checked ? QUICK_BUDGET : FULL_BUDGET;
    const { trainer } = this.context;
    this.setAlert(null);
    this.guessNote = null;
    this.setRunning(true);
    this.progress.value = 0;
    try {
      this.setStatus(['lessonVisual.cmaxStatusBuilding']);
      await trainer.call((r) => r.stop());
      await trainer.call((r) => r.build(preset(PRESET)!, { seed: LESSON_SEED, batchSize: budget.batchSize }));
      this.setStatus(['lessonVisual.cmaxStatusTraining']);
      const history = { loss: [] as number[], acc: [] as number[], val_loss: [] as number[], val_acc: [] as number[] };
      const outcome = await trainer.train(
        { epochs: budget.epochs, batchSize: budget.batchSize, validationSplit: 0.1, trainLimit: budget.trainImages },
        (event) => this.onEvent(event, history),
      );
      if (this.disposed) return;
      if (outcome.status === 'diverged') {
        this.setStatus(null);
        this.setAlert(['lessonVisual.cmaxDiverged', { detail: outcome.message ?? '' }]);
        return;
      }
      if (history.loss.length === 0) {
        this.setStatus(['lessonVisual.cmaxStatusStopped']);
        return;
      }
      this.setStatus(['lessonVisual.cmaxStatusTesting']);
      const report = await trainer.call((r) => r.evaluateTest());
      const weights = await trainer.call((r) => r.exportWeights());
      if (this.disposed) return;
      const model: TrainedModel = {
        preset: PRESET,
        seed: LESSON_SEED,
        weights,
        history,
        testAccuracy: report.acc,
        testErrors: report.errors,
        quick: budget === QUICK_BUDGET,
      };
      this.context.saveTrained(model);
      this.setStatus(['lessonVisual.cmaxStatusDone', { acc: percent(report.acc, 2), errors: report.errors }]);
      this.scoreGuess(model);
      this.context.complete(STEP_POINTS);
      this.usesTrained = true;
      await this.loadActivations();
      this.renderTable();
    } catch (error) {
      if (this.disposed) return;
      this.setStatus(null);
      const detail = String((error as Error)?.message ?? error);
      this.setAlert(error instanceof WorkerCrashedError ? ['lessonVisual.cmaxFailed', { detail }] : ['lessonVisual.cmaxFailed', { detail }]);
    } finally {
      if (!this.disposed) this.setRunning(false);
    }
  }

  private onEvent(event: TrainingEvent, history: { loss: number[]; acc: number[]; val_loss: number[]; val_acc: number[] }): void {
    if (this.disposed) return;
    if (event.type === 'batch') {
      this.progress.max = event.epochs * event.batches;
      this.progress.value = event.epoch * event.batches + event.batch;
      this.progressMessage = [
        'lessonVisual.cmaxProgressLine',
        { epoch: event.epoch + 1, epochs: event.epochs, batch: event.batch, batches: event.batches, acc: percent(event.acc), speed: Math.round(event.samplesPerSec) },
      ];
      this.progressLine.textContent = t(...this.progressMessage);
    } else if (event.type === 'epochEnd') {
      history.loss.push(event.logs.loss);
      history.acc.push(event.logs.acc);
      if (event.logs.val_loss !== undefined) history.val_loss.push(event.logs.val_loss);
      if (event.logs.val_acc !== undefined) history.val_acc.push(event.logs.val_acc);
    }
  }

  /** Points when the learner guessed right whether the small model beats the first network. */
  private scoreGuess(model: TrainedModel): void {
    const guess = this.guessInputs.find((i) => i.checked)?.value;
    const first = this.context.trained(FIRST)?.testAccuracy ?? TUTORIAL.first;
    if (!guess || model.testAccuracy === undefined) return;
    const beat = model.testAccuracy > first;
    if ((guess === 'yes') === beat) {
      this.context.award(PREDICTION_POINTS);
      this.guessNote = ['lessonVisual.cmaxPredictRight', { points: PREDICTION_POINTS }];
    } else {
      this.guessNote = ['lessonVisual.cmaxPredictWrongNote'];
    }
    this.guessLine.textContent = t(...this.guessNote);
  }

  private setRunning(running: boolean): void {
    this.running = running;
    this.trainButton.disabled = running;
    this.stopButton.disabled = !running;
    this.budgetInputs.forEach((i) => (i.disabled = running || this.context.quickMode));
    this.element.dataset.training = String(running);
    this.renderTrainButton();
  }

  private setStatus(status: [MessageKey, MessageParams?] | null): void {
    this.status = status;
    this.statusLine.textContent = status ? t(...status) : '';
  }

  private setAlert(alert: [MessageKey, MessageParams?] | null): void {
    this.alert = alert;
    this.alertLine.textContent = alert ? t(...alert) : '';
  }

  // ---- text ------------------------------------------------------------------------------------

  private renderTrainButton(): void {
    this.trainButton.textContent = t(this.context?.trained(PRESET) ? 'lessonVisual.cmaxRetrain' : 'lessonVisual.cmaxTrain');
    this.stopButton.textContent = t('lessonVisual.cmaxStop');
  }

  private renderModelNote(): void {
    this.modelNote.textContent = t(this.usesTrained ? 'lessonVisual.cmaxTrainedNote' : 'lessonVisual.cmaxUntrained');
    this.modelNote.className = this.usesTrained ? 'lv-note' : 'lv-warning';
  }

  private renderTable(): void {
    const accuracy = (model: TrainedModel | undefined) =>
      model?.testAccuracy === undefined
        ? t('lessonVisual.cmaxNotTrained')
        : model.quick
          ? t('lessonVisual.cmaxQuickMark', { acc: percent(model.testAccuracy, 2) })
          : percent(model.testAccuracy, 2);
    const first = this.context.trained(FIRST);
    const notebook = this.context.trained(PRESET);
    const row = (name: MessageKey, id: string, params: number, model: TrainedModel | undefined, tutorial: number) =>
      h(
        'tr',
        { 'data-preset': id, 'data-params': params, 'data-accuracy': model?.testAccuracy ?? '' },
        h('th', { scope: 'row' }, t(name)),
        h('td', {}, formatNumber(params)),
        h('td', {}, accuracy(model)),
        h('td', {}, percent(tutorial, 2)),
      );
    this.table.replaceChildren(
      h('caption', {}, t('lessonVisual.cmaxTableCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['lessonVisual.cmaxColumnNetwork', 'lessonVisual.cmaxColumnParams', 'lessonVisual.cmaxColumnYours', 'lessonVisual.cmaxColumnTutorial'] as const).map((key) =>
            h('th', { scope: 'col' }, t(key)),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        row('lessonVisual.cmaxRowFirst', FIRST, this.firstPlan.totalParams, first, TUTORIAL.first),
        row('lessonVisual.cmaxRowNotebook', PRESET, this.plan.totalParams, notebook, TUTORIAL.notebook),
      ),
    );
    this.conclusion.textContent = t('lessonVisual.cmaxConclusion');
    this.conclusion.hidden = !notebook;
  }

  resize(width: number): number {
    const placement = this.picture.resize(width);
    place(this.gridCaption, placement.captions.grid);
    place(this.stackCaption, placement.captions.stack);
    place(this.outputCaption, placement.captions.output);
    this.context?.requestRender();
    return placement.height;
  }

  translate(): void {
    this.texts.apply();
    this.controls.translate();
    this.gridCaption.textContent = t('lessonVisual.cmaxGridCaption', { name: this.plan.layers[1].name });
    this.stackCaption.textContent = t('lessonVisual.cmaxStackCaption');
    this.outputCaption.textContent = t('lessonVisual.cmaxOutputCaption');
    this.statusLine.textContent = this.status ? t(...this.status) : '';
    this.alertLine.textContent = this.alert ? t(...this.alert) : '';
    this.progressLine.textContent = this.progressMessage ? t(...this.progressMessage) : '';
    this.guessLine.textContent = this.guessNote ? t(...this.guessNote) : '';
    this.budgetBox.hidden = this.context.quickMode;
    this.renderTrainButton();
    this.renderModelNote();
    this.renderTable();
    this.shownPixel = -1;
    this.renderFrame();
  }

  hide(): void {
    this.setPlaying(false);
  }

  destroy(): void {
    this.disposed = true;
    this.playing = false;
    this.picture.destroy();
  }
}
