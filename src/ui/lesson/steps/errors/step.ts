// "Where it goes wrong": the learner's trained first network predicts all 10,000 test images. A
// prediction checkpoint asks, image by image, which class the network will say before revealing
// it (scored); the confusion matrix opens the images behind each cell; the mistakes are listed
// most confident first.
import { WorkerCrashedError } from '../../../../worker/bridge';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { formatPercent } from '../../../views/format';
import { ConfusionMatrixView } from '../../../views/results/confusion-matrix-view';
import { MistakesGalleryView } from '../../../views/results/mistakes-gallery-view';
import { accuracyOf, analysePredictions, confusionMatrix, imagesInCell, misclassified, type Prediction, type ResultSelection } from '../../../views/results/predictions';
import type { LessonContext, LessonStep } from '../../step';
import { CheckpointView } from './checkpoint-view';
import { checkpointImages, checkpointPoints, checkpointScore, openRound, type CheckpointState } from './model';
import '../shared.css';
import './step.css';

const PRESET = 'seed-a';
/** Thumbnails per page: the canvas keeps room for this many (its height is set by resize only). */
export const PAGE_SIZE = 12;
export const CHECKPOINT_ROUNDS = 4;
const STEP_POINTS = 15;
const CHECKPOINT_KEY = 'errors.checkpoint';

class ErrorsStep implements LessonStep {
  readonly id = 'errors';
  readonly titleKey = 'stepErrors.title';
  readonly element: HTMLElement;
  readonly view;
  readonly canvasHost: HTMLElement;
  private readonly texts = new BoundTexts();
  private context!: LessonContext;
  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'errors-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'errors-alert', hidden: true });
  private readonly retryButton = h('button', { type: 'button', class: 'button', id: 'errors-retry', hidden: true });
  private readonly summary = h('p', { class: 'lt-result-main', id: 'errors-summary', hidden: true });
  private readonly content = h('div', { class: 'lt-errors-content', hidden: true });
  private readonly checkpointView = new CheckpointView(this.texts, { reveal: (choice) => this.reveal(choice), next: () => this.nextRound() });
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
  private checkpoint: CheckpointState = { images: [], choices: [] };
  /** The round on screen (an answered one stays until Next). */
  private shownRound = 0;
  private disposed = false;

  constructor() {
    this.view = this.gallery.view;
    this.canvasHost = this.gallery.canvasHost;
    this.content.append(this.checkpointView.element, this.matrix.element, this.gallery.element);
    this.element = h(
      'div',
      { class: 'lt-step lt-errors' },
      this.texts.set(h('p', { class: 'lt-intro' }), 'stepErrors.intro'),
      this.status,
      this.alert,
      this.retryButton,
      this.summary,
      this.content,
    );
    this.retryButton.addEventListener('click', () => {
      if (!this.context.trainer.isAlive) this.context.trainer.restart();
      void this.load();
    });
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.checkpointView.images = context.data.test.images;
    const saved = context.progress.get<CheckpointState>(CHECKPOINT_KEY);
    if (saved && Array.isArray(saved.images) && Array.isArray(saved.choices)) this.checkpoint = saved;
  }

  show(): void {
    void this.load();
  }

  hide(): void {
    this.canvasHost.querySelector('canvas')?.removeAttribute('aria-hidden');
  }

  resize(width: number): number {
    return this.gallery.resize(width);
  }

  translate(): void {
    this.texts.apply();
    this.checkpointView.translate();
    this.matrix.translate();
    this.gallery.translate();
    this.texts.set(this.retryButton, 'lesson.retry');
    if (this.predictions.length > 0) {
      this.renderCheckpoint();
      this.gallery.renderCards();
    }
  }

  destroy(): void {
    this.disposed = true;
    this.gallery.destroy();
  }

  /** The learner's network predicts every test image; then the checkpoint, matrix and gallery show them. */
  private async load(): Promise<void> {
    const { trainer, data } = this.context;
    this.alert.hidden = true;
    this.retryButton.hidden = true;
    this.texts.set(this.status, 'stepErrors.statusPredicting');
    try {
      const trained = await this.context.useModel(PRESET);
      if (this.disposed) return;
      if (!trained) {
        this.texts.set(this.status, null);
        this.texts.set(this.alert, 'stepErrors.needsTraining');
        this.alert.hidden = false;
        return;
      }
      const probs = await trainer.call((r) => r.predictTest(0, data.test.count));
      if (this.disposed) return;
      this.predictions = analysePredictions(probs, data.test.labels);
    } catch (error) {
      if (this.disposed) return;
      this.texts.set(this.status, null);
      this.texts.set(this.alert, error instanceof WorkerCrashedError ? 'lesson.crashed' : 'lesson.failed', { detail: String((error as Error)?.message ?? error) });
      this.alert.hidden = false;
      this.retryButton.hidden = false;
      return;
    }
    this.errors = misclassified(this.predictions);
    const images = checkpointImages(this.predictions, CHECKPOINT_ROUNDS).map((p) => p.index);
    // A retrained network makes other mistakes: start the checkpoint over with its images.
    if (this.checkpoint.images.join() !== images.join()) this.checkpoint = { images, choices: images.map(() => -1) };
    this.shownRound = Math.min(openRound(this.checkpoint), images.length - 1);
    if (openRound(this.checkpoint) >= images.length) this.context.complete(STEP_POINTS);
    this.texts.set(this.status, null);
    this.texts.set(this.summary, 'stepErrors.summary', { acc: formatPercent(accuracyOf(this.predictions), 2), errors: this.errors.length, count: this.predictions.length });
    this.summary.dataset.errors = String(this.errors.length);
    this.summary.hidden = false;
    this.content.hidden = false;
    this.canvasHost.querySelector('canvas')?.setAttribute('aria-hidden', 'true');
    this.matrix.set(confusionMatrix(this.predictions));
    this.renderCheckpoint();
    this.select({ kind: 'errors' });
  }

  /** The gallery lists `selection`; the matrix marks it. */
  private select(selection: ResultSelection): void {
    this.matrix.select(selection);
    const items = selection.kind === 'errors' ? this.errors : imagesInCell(this.predictions, selection.label, selection.predicted);
    this.gallery.show(this.context.data.test.images, items, selection);
  }

  /** Shows round `shownRound`: unanswered (pick, Reveal) or answered (the network's answer, Next). */
  private renderCheckpoint(): void {
    const { images, choices } = this.checkpoint;
    const round = Math.min(this.shownRound, images.length - 1);
    const index = images[round];
    if (index === undefined) return;
    const score = checkpointScore(this.checkpoint, this.predictions);
    this.checkpointView.render({ round, total: images.length, prediction: this.predictions[index], choice: choices[round], more: openRound(this.checkpoint) < images.length, ...score });
    this.element.dataset.checkpointRound = String(round);
    this.element.dataset.checkpointDone = String(score.done);
  }

  private reveal(choice: number): void {
    const round = this.shownRound;
    if (round >= this.checkpoint.images.length || this.checkpoint.choices[round] >= 0) return;
    if (choice < 0) {
      this.checkpointView.pickFirst();
      return;
    }
    const prediction = this.predictions[this.checkpoint.images[round]];
    this.checkpoint.choices[round] = choice;
    this.context.progress.set(CHECKPOINT_KEY, { images: [...this.checkpoint.images], choices: [...this.checkpoint.choices] });
    const points = checkpointPoints(choice, prediction);
    if (points > 0) this.context.award(points);
    this.renderCheckpoint();
    if (openRound(this.checkpoint) >= this.checkpoint.images.length) this.context.complete(STEP_POINTS);
    this.checkpointView.focusReveal();
  }

  private nextRound(): void {
    this.shownRound = openRound(this.checkpoint);
    this.checkpointView.clearChoice();
    this.renderCheckpoint();
    this.checkpointView.focusChoices();
  }
}

export function createErrorsStep(): LessonStep {
  return new ErrorsStep();
}
