// "Where it goes wrong": the learner's trained first network predicts all 10,000 test images. A
// prediction checkpoint of four game rounds (play mode's round component, on the learner's own
// network) asks, image by image, which class the network will say; then the confusion matrix
// opens the images behind each cell and the mistakes are listed most confident first. One canvas:
// the rounds draw on it while they play, the mistakes gallery once they are done.
import { Container } from 'pixi.js';
import { WorkerCrashedError } from '../../../../worker/bridge';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { formatPercent } from '../../../views/format';
import { ConfusionMatrixView } from '../../../views/results/confusion-matrix-view';
import { MistakesGalleryView } from '../../../views/results/mistakes-gallery-view';
import { accuracyOf, analysePredictions, confusionMatrix, imagesInCell, misclassified, type Prediction, type ResultSelection } from '../../../views/results/predictions';
import { lessonNetwork } from '../../game/lesson-network';
import { LessonRounds } from '../../game/lesson-rounds';
import { allRight, type SeriesState } from '../../game/round-series';
import type { LessonContext, LessonStep } from '../../step';
import { checkpointRounds } from './model';
import '../shared.css';
import './step.css';

const PRESET = 'seed-a';
/** Thumbnails per page: the canvas keeps room for this many (its height is set by resize only). */
export const PAGE_SIZE = 12;
export const CHECKPOINT_ROUNDS = 4;
const STEP_POINTS = 15;
const ROUNDS_KEY = 'errors.rounds';

class ErrorsStep implements LessonStep {
  readonly id = 'errors';
  readonly titleKey = 'stepErrors.title';
  readonly element: HTMLElement;
  readonly view = new Container();
  /** Holds the lesson's canvas: inside the round's stage while the rounds play, then the gallery's. */
  readonly canvasHost = h('div', { class: 'lt-errors-stage' });
  private readonly texts = new BoundTexts();
  private context!: LessonContext;
  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'errors-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'errors-alert', hidden: true });
  private readonly retryButton = h('button', { type: 'button', class: 'button', id: 'errors-retry', hidden: true });
  private readonly summary = h('p', { class: 'lt-result-main', id: 'errors-summary', hidden: true });
  private readonly checkpoint = h('section', { class: 'lt-panel lt-checkpoint', 'aria-labelledby': 'errors-checkpoint-heading', hidden: true });
  private readonly content = h('div', { class: 'lt-errors-content', hidden: true });
  private rounds!: LessonRounds;
  private readonly matrix = new ConfusionMatrixView({ id: 'errors', panelClass: 'lt-panel', onSelect: (label, predicted) => this.select({ kind: 'cell', label, predicted }) });
  private readonly gallery = new MistakesGalleryView({
    id: 'errors',
    panelClass: 'lt-panel',
    pageSize: PAGE_SIZE,
    onShowAll: () => this.select({ kind: 'errors' }),
    requestRender: () => this.context?.requestRender(),
  });

  private predictions: Prediction[] = [];
  private errors: Prediction[] = [];
  /** Which picture the canvas shows. */
  private stage: 'rounds' | 'gallery' = 'rounds';
  private disposed = false;

  constructor() {
    this.content.append(this.matrix.element, this.gallery.element);
    this.element = h(
      'div',
      { class: 'lt-step lt-errors' },
      this.texts.set(h('p', { class: 'lt-intro' }), 'stepErrors.intro'),
      this.status,
      this.alert,
      this.retryButton,
      this.summary,
      this.checkpoint,
      this.content,
    );
    this.retryButton.addEventListener('click', () => {
      if (!this.context.trainer.isAlive) this.context.trainer.restart();
      void this.load();
    });
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.rounds = new LessonRounds({ id: 'errors-rounds', context, progressKey: ROUNDS_KEY, classQuestion: 'checkpoint', onDone: (state, first) => this.roundsDone(state, first) });
    this.checkpoint.append(
      this.texts.set(h('h3', { id: 'errors-checkpoint-heading' }), 'stepErrors.checkpointHeading'),
      this.texts.set(h('p', { class: 'lt-hint' }), 'stepErrors.checkpointIntro'),
      this.rounds.element,
    );
    this.view.addChild(this.rounds.view, this.gallery.view);
    this.setStage('rounds');
  }

  show(): void {
    void this.load();
  }

  hide(): void {
    this.canvasHost.querySelector('canvas')?.removeAttribute('aria-hidden');
  }

  update(deltaMs: number): void {
    if (this.stage === 'rounds') this.rounds.update(deltaMs);
  }

  resize(width: number): number {
    return this.stage === 'rounds' ? this.rounds.resize(width) : this.gallery.resize(width);
  }

  translate(): void {
    this.texts.apply();
    this.rounds.translate();
    this.matrix.translate();
    this.gallery.translate();
    this.texts.set(this.retryButton, 'lesson.retry');
    if (this.predictions.length > 0) this.gallery.renderCards();
  }

  destroy(): void {
    this.disposed = true;
    this.rounds.destroy();
    this.gallery.destroy();
  }

  /** The learner's network (or the house network, said so) predicts every test image; then the rounds. */
  private async load(): Promise<void> {
    const { data } = this.context;
    this.alert.hidden = true;
    this.retryButton.hidden = true;
    this.texts.set(this.status, 'stepErrors.statusPredicting');
    let specs;
    try {
      const network = await lessonNetwork(this.context, PRESET);
      if (this.disposed) return;
      this.rounds.setNetwork(network);
      this.element.dataset.network = network.source;
      this.predictions = analysePredictions(await network.network.testProbabilities(), data.test.labels);
      if (this.disposed) return;
      specs = checkpointRounds(this.predictions, CHECKPOINT_ROUNDS);
    } catch (error) {
      if (this.disposed) return;
      this.texts.set(this.status, null);
      this.texts.set(this.alert, error instanceof WorkerCrashedError ? 'lesson.crashed' : 'lesson.failed', { detail: String((error as Error)?.message ?? error) });
      this.alert.hidden = false;
      this.retryButton.hidden = false;
      return;
    }
    this.errors = misclassified(this.predictions);
    this.texts.set(this.status, null);
    this.texts.set(this.summary, 'stepErrors.summary', { acc: formatPercent(accuracyOf(this.predictions), 2), errors: this.errors.length, count: this.predictions.length });
    this.summary.dataset.errors = String(this.errors.length);
    this.summary.hidden = false;
    this.checkpoint.hidden = false;
    this.matrix.set(confusionMatrix(this.predictions));
    try {
      await this.rounds.play(specs.specs, specs.ids);
    } catch (error) {
      if (this.disposed) return;
      this.texts.set(this.alert, error instanceof WorkerCrashedError ? 'lesson.crashed' : 'lesson.failed', { detail: String((error as Error)?.message ?? error) });
      this.alert.hidden = false;
      this.retryButton.hidden = false;
    }
  }

  /** The checkpoint is over: the step is done, and the canvas turns to the mistakes. */
  private roundsDone(state: SeriesState, first: boolean): void {
    if (this.disposed) return;
    this.context.complete(STEP_POINTS);
    if (first && allRight(state)) this.context.earn('mind-reader');
    this.content.hidden = false;
    this.setStage('gallery');
    this.select({ kind: 'errors' });
    this.canvasHost.querySelector('canvas')?.setAttribute('aria-hidden', 'true');
  }

  private setStage(stage: 'rounds' | 'gallery'): void {
    this.stage = stage;
    this.rounds.view.visible = stage === 'rounds';
    this.gallery.view.visible = stage === 'gallery';
    (stage === 'rounds' ? this.rounds.canvasHost : this.gallery.canvasHost).prepend(this.canvasHost);
    this.context.relayout();
  }

  /** The gallery lists `selection`; the matrix marks it. */
  private select(selection: ResultSelection): void {
    this.matrix.select(selection);
    const items = selection.kind === 'errors' ? this.errors : imagesInCell(this.predictions, selection.label, selection.predicted);
    this.gallery.show(this.context.data.test.images, items, selection);
  }
}

export function createErrorsStep(): LessonStep {
  return new ErrorsStep();
}
