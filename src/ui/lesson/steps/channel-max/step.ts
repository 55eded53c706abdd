// "A custom layer: channel max-pooling": the notebook's final model (Conv 10 → Conv 20 → Lambda
// reduce_max over channels → Flatten → Dense; 9,770 parameters) with its summary; an animation of
// the max taken across the 20 channels at each pixel (a pure timeline, steppable); then the
// learner predicts whether it beats their first network (scored against the tutorial's
// full-length outcome) and trains it to the tutorial's length on the background worker while the
// lesson goes on: both learning curves with the tutorial's end points, and the comparison table.
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import { summaryText } from '../../../../shared/summary';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import { channelMaxMap, channelStackAt } from '../../../views/channel-max/channel-max';
import { ChannelMaxClock } from '../../../views/channel-max/channel-max-clock';
import { ChannelMaxView } from '../../../views/channel-max/channel-max-view';
import { CurvesView } from './curves-view';
import { testImage } from '../../../views/input/test-image-picker';
import { place } from '../../../views/place';
import { PlaybackControls } from '../../../views/playback/playback-controls';
import type { LessonContext, LessonStep } from '../../step';
import type { LongRunState } from '../../long-run';
import { DEFAULT_SPEED, FIRST, guessedRight, IMAGE, PIXELS, PREDICTION_POINTS, PRESET, SPEEDS, START_PIXEL, STEP_POINTS, type Guess } from './model';
import { PixelPanel } from './pixel-panel';
import { ResultsTable } from './results-table';
import { longRunEpochs, notebookLongRequest } from './run';
import { TrainPanel } from './train-panel';
import '../shared.css';
import './step.css';

const GUESS_KEY = 'channel-max.guess';
/** Set once the prediction was scored (points count once). */
const SCORED_KEY = 'channel-max.scored';

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
    train: () => this.train(),
    stop: () => this.context.longRun.cancel(),
  });
  private readonly results = new ResultsTable();
  private readonly curves = new CurvesView(this.texts);
  private unsubscribe?: () => void;
  /** The long run's status when last shown (a change to 'done' reloads the pictures). */
  private shownStatus: LongRunState['status'] | null = null;

  // The animation: the frame is a function of the clock; stepping sets its time.
  private readonly clock = new ChannelMaxClock(DEFAULT_SPEED, PIXELS);
  private playing = false;
  private shownPixel = -1;
  /** The second conv layer's output for the image (h, w, 20), and its channel max (h·w). */
  private conv: { values: Float32Array; shape: number[] } | null = null;
  private output: Float32Array = new Float32Array(PIXELS);
  private usesTrained = false;
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
      this.curves.element,
      this.results.table,
      this.results.conclusion,
    );
    this.curves.prepare();
    this.unsubscribe = context.longRun.subscribe(() => this.onLongRun());
    this.onLongRun();
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

  // ---- training ----------------------------------------------------------------------------------

  /** Scores the prediction against the tutorial (once), then trains the notebook model in the background. */
  private train(): void {
    const guess = this.panel.guess;
    if (!guess) {
      this.panel.askForGuess();
      return;
    }
    this.panel.setAlert(null);
    this.scoreGuess(guess);
    this.context.longRun.start(notebookLongRequest(this.context.budget(this.plan.spec).threads));
    this.context.complete(STEP_POINTS);
    this.panel.focusGuessNote();
  }

  /** The tutorial's answer: 9,770 parameters reach 89.2 %, more than the first network's 88 %. */
  private scoreGuess(guess: Guess): void {
    const right = guessedRight(guess);
    if (!this.context.progress.get<boolean>(SCORED_KEY)) {
      this.context.progress.set(SCORED_KEY, true);
      if (right) this.context.award(PREDICTION_POINTS);
    }
    this.showGuessNote(guess);
  }

  private showGuessNote(guess: Guess | undefined): void {
    if (!guess || !this.context.progress.get<boolean>(SCORED_KEY)) return this.panel.setGuessNote(null);
    const right = guessedRight(guess);
    this.panel.setGuessNote([right ? 'stepChannelMax.predictRight' : 'stepChannelMax.predictWrong', { points: PREDICTION_POINTS }], right);
  }

  /** The long run moved on: progress, status, curves, table; a finished run's weights go into the pictures. */
  private onLongRun(): void {
    if (this.disposed) return;
    const state = this.context.longRun.state;
    const mine = state.preset === PRESET;
    const running = mine && this.context.longRun.running;
    const saved = this.context.trained(PRESET);
    this.panel.setRunning(running, saved !== undefined, this.context.progress.get<boolean>(SCORED_KEY) === true);
    this.element.dataset.training = String(running);
    this.element.dataset.longRun = mine ? state.status : 'idle';
    this.panel.showLongRun(mine ? state : null, saved);
    const notebookHistory = mine && state.status !== 'done' ? state.history : (saved?.history ?? state.history);
    this.curves.show(this.context.trained(FIRST)?.history.val_acc ?? [], notebookHistory.val_acc, mine ? state.epochs : longRunEpochs());
    this.renderTable(mine && running ? state : undefined);
    if (mine && state.status === 'done' && this.shownStatus !== 'done' && this.shownStatus !== null) void this.reloadTrained();
    this.shownStatus = mine ? state.status : null;
  }

  /** The notebook model just finished: the pictures use its trained weights. */
  private async reloadTrained(): Promise<void> {
    try {
      this.usesTrained = await this.context.useModel(PRESET);
      if (!this.disposed) await this.loadActivations();
    } catch (error) {
      if (!this.disposed) this.panel.setAlert(['lesson.workerBusy', { detail: String((error as Error)?.message ?? error) }]);
    }
  }

  // ---- text ----------------------------------------------------------------------------------------

  private renderModelNote(): void {
    this.modelNote.textContent = t(this.usesTrained ? 'stepChannelMax.trainedNote' : 'stepChannelMax.untrained');
    this.modelNote.className = this.usesTrained ? 'lv-note' : 'lv-warning';
  }

  private renderTable(running?: LongRunState): void {
    this.results.render({ first: this.firstPlan.totalParams, notebook: this.plan.totalParams }, this.context.trained(FIRST), this.context.trained(PRESET), running);
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
    this.gridCaption.textContent = t('stepChannelMax.gridCaption', { index: this.plan.layers[1].index, name: this.plan.layers[1].name });
    this.stackCaption.textContent = t('stepChannelMax.stackCaption');
    this.outputCaption.textContent = t('stepChannelMax.outputCaption');
    this.panel.translate();
    this.showGuessNote(this.panel.guess);
    this.renderModelNote();
    this.curves.render();
    this.onLongRun();
    this.shownPixel = -1;
    this.renderFrame();
  }

  hide(): void {
    this.setPlaying(false);
  }

  /** The long run goes on without the step (the lesson frame keeps its result). */
  destroy(): void {
    this.disposed = true;
    this.playing = false;
    this.unsubscribe?.();
    this.curves.destroy();
    this.picture.destroy();
  }
}

export function createChannelMaxStep(): LessonStep {
  return new ChannelMaxStep();
}
