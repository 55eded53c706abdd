// "A custom layer: channel max-pooling": the notebook's final model (Conv 10 → Conv 20 → Lambda
// reduce_max over channels → Flatten → Dense; 9,770 parameters) with its summary; an animation of
// the max taken across the 20 channels at each pixel (a pure timeline, steppable); then training it
// in the worker and comparing its test accuracy with the learner's first network.
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import { summaryText } from '../../../../shared/summary';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import { channelMaxMap, channelStackAt } from '../../../views/channel-max/channel-max';
import { ChannelMaxClock } from '../../../views/channel-max/channel-max-clock';
import { ChannelMaxView } from '../../../views/channel-max/channel-max-view';
import { formatPercent } from '../../../views/format';
import { testImage } from '../../../views/input/test-image-picker';
import { place } from '../../../views/place';
import { PlaybackControls } from '../../../views/playback/playback-controls';
import type { LessonContext, LessonStep, TrainedModel } from '../../step';
import { LESSON_SEED } from '../../trained-models';
import { DEFAULT_SPEED, FIRST, guessedRight, IMAGE, PIXELS, PREDICTION_POINTS, PRESET, QUICK_BUDGET, SPEEDS, START_PIXEL, STEP_POINTS, TUTORIAL, type Guess } from './model';
import { PixelPanel } from './pixel-panel';
import { ResultsTable } from './results-table';
import { trainNotebookModel, type NotebookPhase } from './run';
import { TrainPanel } from './train-panel';
import '../shared.css';
import './step.css';

const GUESS_KEY = 'channel-max.guess';
const PHASE_STATUS = { building: 'stepChannelMax.statusBuilding', training: 'stepChannelMax.statusTraining', testing: 'stepChannelMax.statusTesting' } as const satisfies Record<NotebookPhase, string>;

class ChannelMaxStep implements LessonStep {
  readonly id = 'channel-max';
  readonly titleKey = 'stepChannelMax.title';
  readonly element = h('section', { class: 'lesson-visual cmax-step', id: 'step-channel-max' });
  readonly canvasHost: HTMLElement;
  private readonly picture = new ChannelMaxView();
  readonly view = this.picture.view;
  private context!: LessonContext;
  private controls!: PlaybackControls;
  private readonly texts = new BoundTexts();
  private readonly plan = planModel(preset(PRESET)!);
  private readonly firstPlan = planModel(preset(FIRST)!);
  private readonly pixelPanel = new PixelPanel();
  private readonly panel = new TrainPanel(this.texts, {
    guess: (guess) => this.context.progress.set(GUESS_KEY, guess),
    train: () => void this.train(),
    stop: () => void this.context.trainer.call((r) => r.stop()).catch(() => {}),
  });
  private readonly results = new ResultsTable();

  // The animation: the frame is a function of the clock; stepping sets its time.
  private readonly clock = new ChannelMaxClock(DEFAULT_SPEED, PIXELS);
  private playing = false;
  private shownPixel = -1;
  /** The second conv layer's output for the image (h, w, 20), and its channel max (h·w). */
  private conv: { values: Float32Array; shape: number[] } | null = null;
  private output: Float32Array = new Float32Array(PIXELS);
  private usesTrained = false;
  private running = false;
  private disposed = false;

  private readonly modelNote = h('p', { class: 'lv-note', id: 'cmax-model' });
  private readonly summary = h('pre', { class: 'lv-code', id: 'cmax-summary', tabindex: 0 });
  private readonly gridCaption = h('span', { class: 'lv-caption' });
  private readonly stackCaption = h('span', { class: 'lv-caption' });
  private readonly outputCaption = h('span', { class: 'lv-caption' });

  constructor() {
    this.canvasHost = h(
      'div',
      { class: 'lv-stage', id: 'cmax-stage' },
      this.gridCaption,
      this.stackCaption,
      this.outputCaption,
      this.texts.set(h('p', { class: 'visually-hidden' }), 'stepChannelMax.canvasDescription'),
    );
  }

  async prepare(context: LessonContext): Promise<void> {
    this.context = context;
    this.controls = new PlaybackControls({
      id: 'cmax',
      speeds: SPEEDS,
      speed: this.clock.speed,
      reducedMotion: context.reducedMotion,
      positionLabel: 'stepChannelMax.positionLabel',
      speedOption: 'stepChannelMax.speedOption',
      valueText: (p) => t('stepChannelMax.pixelValue', { position: p + 1, row: Math.floor(p / 28) + 1, col: (p % 28) + 1 }),
      onSeek: (p) => this.seek(p),
      onPlay: (playing) => this.setPlaying(playing),
      onSpeed: (speed) => this.clock.setSpeed(speed),
    });
    this.controls.setCount(PIXELS);
    this.summary.textContent = summaryText(this.plan);
    this.panel.guess = context.progress.get<Guess>(GUESS_KEY);
    const texts = this.texts;
    this.element.append(
      texts.set(h('p', { class: 'lv-intro' }), 'stepChannelMax.intro'),
      h('figure', { class: 'lv-figure' }, texts.set(h('figcaption'), 'stepChannelMax.summaryCaption'), this.summary),
      texts.set(h('h3'), 'stepChannelMax.animationHeading'),
      this.modelNote,
      this.canvasHost,
      this.controls.element,
      this.pixelPanel.element,
      texts.set(h('h3'), 'stepChannelMax.trainHeading'),
      this.panel.element,
      this.results.table,
      this.results.conclusion,
    );
    try {
      this.usesTrained = await context.useModel(PRESET);
      await this.loadActivations();
    } catch (error) {
      this.panel.setAlert(['lesson.workerBusy', { detail: String((error as Error)?.message ?? error) }]);
    }
    this.seek(START_PIXEL);
  }

  /** The second conv layer's output for the notebook's image (the stack) and its channel max. */
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

  // ---- the animation -------------------------------------------------------------------------------

  private seek(pixel: number): void {
    this.setPlaying(false);
    this.clock.seek(pixel);
    this.shownPixel = -1;
    this.renderFrame();
  }

  private setPlaying(playing: boolean): void {
    if (playing && this.context.reducedMotion) return;
    if (playing && this.clock.atEnd) this.clock.timeMs = 0;
    this.playing = playing;
    this.controls?.setPlaying(playing);
    this.shownPixel = -1;
    this.renderFrame();
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    if (this.clock.advance(deltaMs)) this.setPlaying(false);
    else this.renderFrame(true);
  }

  /** From update() the ticker renders the canvas anyway; otherwise ask for one render. */
  private renderFrame(fromTicker = false): void {
    if (!this.conv) return;
    const frame = this.clock.frame(this.playing);
    this.picture.setFrame(frame);
    if (frame.pixel !== this.shownPixel) {
      this.shownPixel = frame.pixel;
      this.controls.setPosition(frame.pixel);
      this.pixelPanel.render(frame.pixel, channelStackAt(this.conv.values, this.conv.shape, frame.pixel), this.output[frame.pixel], !this.playing);
    }
    if (!fromTicker) this.context.requestRender();
  }

  // ---- training ------------------------------------------------------------------------------------

  private async train(): Promise<void> {
    if (this.running) return;
    const budget = this.panel.budget(this.context.quickMode);
    const panel = this.panel;
    panel.setAlert(null);
    panel.setGuessNote(null);
    this.setRunning(true);
    panel.progress.value = 0;
    try {
      const end = await trainNotebookModel(this.context.trainer, budget, {
        phase: (phase) => panel.setStatus([PHASE_STATUS[phase]]),
        batch: (event) => {
          panel.progress.max = event.epochs * event.batches;
          panel.progress.value = event.epoch * event.batches + event.batch;
          const acc = formatPercent(event.acc);
          panel.setProgress(['stepChannelMax.progressLine', { epoch: event.epoch + 1, epochs: event.epochs, batch: event.batch, batches: event.batches, acc, speed: Math.round(event.samplesPerSec) }]);
        },
        cancelled: () => this.disposed,
      });
      if (!end || end.status === 'stoppedEarly') {
        if (end) panel.setStatus(['stepChannelMax.statusStopped']);
        return;
      }
      if (end.status !== 'done') {
        panel.setStatus(null);
        panel.setAlert([end.status === 'diverged' ? 'stepChannelMax.diverged' : 'stepChannelMax.failed', { detail: end.detail }]);
        return;
      }
      const { history, test, weights } = end;
      const model: TrainedModel = { preset: PRESET, seed: LESSON_SEED, weights, history, testAccuracy: test.acc, testErrors: test.errors, quick: budget === QUICK_BUDGET };
      this.context.saveTrained(model);
      panel.setStatus(['stepChannelMax.statusDone', { acc: formatPercent(test.acc, 2), errors: test.errors }]);
      this.scoreGuess(test.acc);
      this.context.complete(STEP_POINTS);
      this.usesTrained = true;
      await this.loadActivations();
      this.renderTable();
    } catch (error) {
      // Reloading the trained network's activations failed.
      if (this.disposed) return;
      panel.setStatus(null);
      panel.setAlert(['stepChannelMax.failed', { detail: String((error as Error)?.message ?? error) }]);
    } finally {
      if (!this.disposed) this.setRunning(false);
    }
  }

  /** Points when the learner guessed right whether the small model beats the first network. */
  private scoreGuess(accuracy: number): void {
    const guess = this.panel.guess;
    if (!guess) return;
    if (guessedRight(guess, accuracy, this.context.trained(FIRST)?.testAccuracy ?? TUTORIAL.first)) {
      this.context.award(PREDICTION_POINTS);
      this.panel.setGuessNote(['stepChannelMax.predictRight', { points: PREDICTION_POINTS }]);
    } else {
      this.panel.setGuessNote(['stepChannelMax.predictWrongNote']);
    }
  }

  private setRunning(running: boolean): void {
    this.running = running;
    this.panel.setRunning(running, this.context.quickMode);
    this.element.dataset.training = String(running);
    this.panel.renderButtons(this.context.trained(PRESET) !== undefined);
  }

  // ---- text ----------------------------------------------------------------------------------------

  private renderModelNote(): void {
    this.modelNote.textContent = t(this.usesTrained ? 'stepChannelMax.trainedNote' : 'stepChannelMax.untrained');
    this.modelNote.className = this.usesTrained ? 'lv-note' : 'lv-warning';
  }

  private renderTable(): void {
    this.results.render({ first: this.firstPlan.totalParams, notebook: this.plan.totalParams }, this.context.trained(FIRST), this.context.trained(PRESET));
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
    this.gridCaption.textContent = t('stepChannelMax.gridCaption', { name: this.plan.layers[1].name });
    this.stackCaption.textContent = t('stepChannelMax.stackCaption');
    this.outputCaption.textContent = t('stepChannelMax.outputCaption');
    this.panel.translate(this.context.quickMode, this.context.trained(PRESET) !== undefined);
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

export function createChannelMaxStep(): LessonStep {
  return new ChannelMaxStep();
}
