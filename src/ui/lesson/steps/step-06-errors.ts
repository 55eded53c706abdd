// Step 6 "Where it goes wrong": the learner's trained first network (step 5) predicts all 10,000
// test images. A prediction checkpoint asks, image by image, which class the network will say
// before revealing it (scored); a 10×10 confusion matrix (a table of buttons) opens the images
// behind each cell; the misclassified images are listed most confident first — Pixi draws the
// thumbnails, the DOM beside each says true label, predicted label and the two top probabilities.
import { Container, Rectangle, Sprite, Texture, TextureSource } from 'pixi.js';
import { CLASS_COUNT } from '../../../data/classes';
import { IMAGE_SIZE } from '../../../data/idx';
import { WorkerCrashedError } from '../../../worker/bridge';
import { h } from '../../framework/dom';
import { className, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { buildImageAtlas, grayToRgba } from '../../views/image-atlas';
import { cardLayout, type CardLayout } from '../logic/card-layout';
import { cellShade } from '../logic/heat';
import { accuracyOf, analysePredictions, confusionMatrix, imagesInCell, misclassified, type Prediction } from '../logic/predictions';
import { CHECKPOINT_POINTS, checkpointImages, checkpointPoints } from '../logic/scoring';
import type { LessonContext, LessonStep } from '../step';
import { BoundTexts, formatPercent } from './training-dom';
import '../training.css';

const PRESET = 'seed-a';
/** Thumbnails per page: the canvas keeps room for this many (its height is set by resize only). */
export const PAGE_SIZE = 12;
export const CHECKPOINT_ROUNDS = 4;
const STEP_POINTS = 15;
const CHECKPOINT_KEY = 'errors.checkpoint';

interface CheckpointState {
  /** Test image index of each round and the class the learner picked (-1 = not yet). */
  images: number[];
  choices: number[];
}

/** Which images the gallery lists: every mistake, or one confusion-matrix cell. */
type Selection = { kind: 'errors' } | { kind: 'cell'; label: number; predicted: number };

class ErrorsStep implements LessonStep {
  readonly id = 'errors';
  readonly titleKey: MessageKey = 'lessonTraining.errorsTitle';
  readonly element: HTMLElement;
  readonly view = new Container();
  readonly canvasHost: HTMLElement;
  private readonly texts = new BoundTexts();
  private context!: LessonContext;

  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'errors-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'errors-alert', hidden: true });
  private readonly retryButton = h('button', { type: 'button', class: 'button', id: 'errors-retry', hidden: true });
  private readonly summary = h('p', { class: 'lt-result-main', id: 'errors-summary', hidden: true });
  private readonly content = h('div', { class: 'lt-errors-content', hidden: true });

  // checkpoint
  private readonly checkpointRound = h('p', { class: 'lt-round', id: 'errors-round' });
  private readonly checkpointCanvas = h('canvas', { width: IMAGE_SIZE, height: IMAGE_SIZE, class: 'lt-checkpoint-image', role: 'img' });
  private readonly checkpointTruth = h('p', { class: 'lt-checkpoint-truth' });
  private readonly choiceFieldset = h('fieldset', { class: 'lt-choices' });
  private readonly choiceLegend = h('legend');
  private readonly choiceInputs: HTMLInputElement[] = [];
  private readonly choiceLabels: HTMLLabelElement[] = [];
  private readonly revealButton = h('button', { type: 'submit', class: 'button button-primary', id: 'errors-reveal' });
  private readonly revealText = h('p', { class: 'lt-reveal', id: 'errors-reveal-text', tabindex: -1, 'aria-live': 'polite' });
  private readonly nextButton = h('button', { type: 'button', class: 'button', id: 'errors-next', hidden: true });
  private readonly checkpointScore = h('p', { class: 'lt-score', id: 'errors-checkpoint-score' });

  // matrix
  private readonly matrixHead = h('thead');
  private readonly matrixBody = h('tbody');
  private readonly matrixButtons: HTMLButtonElement[] = [];
  private focusedCell = 0;

  // gallery
  private readonly galleryHeading = h('h3', { id: 'errors-gallery-heading', 'aria-live': 'polite' });
  private readonly pageLabel = h('p', { class: 'lt-page-label', id: 'errors-page-label' });
  private readonly prevButton = h('button', { type: 'button', class: 'button', id: 'errors-prev' });
  private readonly nextPageButton = h('button', { type: 'button', class: 'button', id: 'errors-next-page' });
  private readonly allErrorsButton = h('button', { type: 'button', class: 'button', id: 'errors-all', hidden: true });
  private readonly cardList = h('ol', { class: 'lt-cards', id: 'errors-cards' });
  private readonly emptyNote = h('p', { class: 'lt-hint', hidden: true });

  private predictions: Prediction[] = [];
  private errors: Prediction[] = [];
  private matrix: Uint32Array = new Uint32Array(CLASS_COUNT * CLASS_COUNT);
  private selection: Selection = { kind: 'errors' };
  private page = 0;
  private checkpoint: CheckpointState = { images: [], choices: [] };
  /** The round on screen (an answered one stays until Next). */
  private shownRound = 0;
  private layout: CardLayout | null = null;
  private pageTextures: { source: TextureSource; textures: Texture[] } | null = null;
  private sprites: Sprite[] = [];
  private disposed = false;

  constructor() {
    const texts = this.texts;
    this.canvasHost = h('div', { class: 'lt-card-stage' }, this.cardList);

    for (let c = 0; c < CLASS_COUNT; c++) {
      const input = h('input', { type: 'radio', name: 'errors-choice', id: `errors-choice-${c}`, value: c });
      const label = h('label', { for: `errors-choice-${c}` });
      this.choiceInputs.push(input);
      this.choiceLabels.push(label);
    }
    this.choiceFieldset.append(this.choiceLegend, h('div', { class: 'lt-choice-grid' }, ...this.choiceInputs.map((input, c) => h('div', { class: 'lt-radio' }, input, this.choiceLabels[c]))));
    const checkpointForm = h(
      'form',
      { class: 'lt-checkpoint-form', novalidate: true },
      h('div', { class: 'lt-checkpoint-image-box' }, this.checkpointCanvas, this.checkpointTruth),
      h('div', {}, this.choiceFieldset, h('div', { class: 'lt-buttons' }, this.revealButton, this.nextButton)),
    );
    checkpointForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.reveal();
    });
    this.nextButton.addEventListener('click', () => this.nextRound());

    this.prevButton.addEventListener('click', () => this.showPage(this.page - 1));
    this.nextPageButton.addEventListener('click', () => this.showPage(this.page + 1));
    this.allErrorsButton.addEventListener('click', () => this.select({ kind: 'errors' }));
    this.matrixBody.addEventListener('keydown', (event) => this.onMatrixKey(event));

    this.content.append(
      h(
        'section',
        { class: 'lt-panel lt-checkpoint', 'aria-labelledby': 'errors-checkpoint-heading' },
        texts.set(h('h3', { id: 'errors-checkpoint-heading' }), 'lessonTraining.checkpointHeading'),
        texts.set(h('p', { class: 'lt-hint' }), 'lessonTraining.checkpointIntro', { points: CHECKPOINT_POINTS }),
        this.checkpointRound,
        checkpointForm,
        this.revealText,
        this.checkpointScore,
      ),
      h(
        'section',
        { class: 'lt-panel', 'aria-labelledby': 'errors-matrix-heading' },
        texts.set(h('h3', { id: 'errors-matrix-heading' }), 'lessonTraining.matrixHeading'),
        texts.set(h('p', { class: 'lt-hint', id: 'errors-matrix-help' }), 'lessonTraining.matrixIntro'),
        h(
          'div',
          { class: 'lt-matrix-scroll' },
          h('table', { class: 'lt-matrix', id: 'errors-matrix', 'aria-describedby': 'errors-matrix-help' }, texts.set(h('caption'), 'lessonTraining.matrixCaption'), this.matrixHead, this.matrixBody),
        ),
      ),
      h(
        'section',
        { class: 'lt-panel', 'aria-labelledby': 'errors-gallery-heading' },
        this.galleryHeading,
        texts.set(h('p', { class: 'lt-hint' }), 'lessonTraining.galleryIntro'),
        h('div', { class: 'lt-pager' }, this.prevButton, this.pageLabel, this.nextPageButton, this.allErrorsButton),
        this.emptyNote,
        this.canvasHost,
      ),
    );

    this.element = h(
      'div',
      { class: 'lt-step lt-errors' },
      texts.set(h('p', { class: 'lt-intro' }), 'lessonTraining.errorsIntro'),
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
    const saved = context.progress.get<CheckpointState>(CHECKPOINT_KEY);
    if (saved && Array.isArray(saved.images) && Array.isArray(saved.choices)) this.checkpoint = saved;
  }

  show(): void {
    void this.load();
  }

  hide(): void {
    const canvas = this.canvasHost.querySelector('canvas');
    canvas?.removeAttribute('aria-hidden');
  }

  resize(width: number): number {
    this.layout = cardLayout(width, PAGE_SIZE);
    this.placeCards();
    return this.layout.height;
  }

  translate(): void {
    this.texts.apply();
    this.choiceLabels.forEach((label, c) => (label.textContent = className(c)));
    this.texts.set(this.choiceLegend, 'lessonTraining.choiceLegend');
    this.texts.set(this.revealButton, 'lessonTraining.reveal');
    this.texts.set(this.nextButton, 'lessonTraining.nextImage');
    this.texts.set(this.prevButton, 'lessonTraining.previousPage');
    this.texts.set(this.nextPageButton, 'lessonTraining.nextPage');
    this.texts.set(this.allErrorsButton, 'lessonTraining.showAllErrors');
    this.texts.set(this.retryButton, 'lessonTraining.retry');
    if (this.predictions.length > 0) {
      this.renderMatrix();
      this.renderCheckpoint();
      this.renderCards();
    }
  }

  destroy(): void {
    this.disposed = true;
    this.releasePage();
    this.view.destroy({ children: true });
  }

  // ——— data ———

  private async load(): Promise<void> {
    const context = this.context;
    const { trainer, data } = context;
    this.alert.hidden = true;
    this.retryButton.hidden = true;
    this.texts.set(this.status, 'lessonTraining.statusPredicting');
    try {
      const trained = await this.context.useModel(PRESET);
      if (this.disposed) return;
      if (!trained) {
        this.texts.set(this.status, null);
        this.texts.set(this.alert, 'lessonTraining.errorsNeedsTraining');
        this.alert.hidden = false;
        return;
      }
      const probs = await trainer.call((r) => r.predictTest(0, data.test.count));
      if (this.disposed) return;
      this.predictions = analysePredictions(probs, data.test.labels);
    } catch (error) {
      if (this.disposed) return;
      this.texts.set(this.status, null);
      const crashed = error instanceof WorkerCrashedError;
      this.texts.set(this.alert, crashed ? 'lessonTraining.crashed' : 'lessonTraining.failed', { detail: String((error as Error)?.message ?? error) });
      this.alert.hidden = false;
      this.retryButton.hidden = false;
      return;
    }
    this.errors = misclassified(this.predictions);
    this.matrix = confusionMatrix(this.predictions);
    const images = checkpointImages(this.predictions, CHECKPOINT_ROUNDS).map((p) => p.index);
    // A retrained network makes other mistakes: start the checkpoint over with its images.
    if (this.checkpoint.images.join() !== images.join()) this.checkpoint = { images, choices: images.map(() => -1) };
    this.shownRound = Math.min(this.openRound(), images.length - 1);
    if (this.openRound() >= images.length) context.complete(STEP_POINTS);
    this.texts.set(this.status, null);
    this.texts.set(this.summary, 'lessonTraining.errorsSummary', { acc: formatPercent(accuracyOf(this.predictions), 2), errors: this.errors.length, count: this.predictions.length });
    this.summary.dataset.errors = String(this.errors.length);
    this.summary.hidden = false;
    this.content.hidden = false;
    this.canvasHost.querySelector('canvas')?.setAttribute('aria-hidden', 'true');
    this.renderMatrix();
    this.renderCheckpoint();
    this.select({ kind: 'errors' });
  }

  private listed(): Prediction[] {
    const s = this.selection;
    return s.kind === 'errors' ? this.errors : imagesInCell(this.predictions, s.label, s.predicted);
  }

  // ——— checkpoint ———

  /** The first round not answered yet (= the number of rounds when all are). */
  private openRound(): number {
    const open = this.checkpoint.choices.indexOf(-1);
    return open < 0 ? this.checkpoint.images.length : open;
  }

  /** Shows round `shownRound`: unanswered (pick, Reveal) or answered (the network's answer, Next). */
  private renderCheckpoint(): void {
    const { images, choices } = this.checkpoint;
    const round = Math.min(this.shownRound, images.length - 1);
    const index = images[round];
    if (index === undefined) return;
    const prediction = this.predictions[index];
    this.drawCheckpointImage(index);
    this.texts.set(this.checkpointRound, 'lessonTraining.checkpointRound', { n: round + 1, total: images.length });
    this.texts.set(this.checkpointTruth, 'lessonTraining.checkpointTruth', { label: className(prediction.label), index: index + 1 });
    this.texts.attr(this.checkpointCanvas, 'aria-label', 'lessonTraining.checkpointImageLabel', { label: className(prediction.label), index: index + 1 });
    const answered = choices[round] >= 0;
    this.choiceInputs.forEach((input, c) => {
      input.disabled = answered;
      if (answered) input.checked = choices[round] === c;
    });
    this.revealButton.hidden = answered;
    this.nextButton.hidden = !answered || this.openRound() >= images.length;
    if (answered) this.showReveal(prediction, choices[round]);
    else this.texts.set(this.revealText, null);
    const answeredCount = choices.filter((c) => c >= 0).length;
    const matched = choices.filter((c, i) => c >= 0 && c === this.predictions[images[i]].predicted).length;
    const done = answeredCount === images.length;
    this.texts.set(this.checkpointScore, answeredCount === 0 ? null : done ? 'lessonTraining.checkpointDone' : 'lessonTraining.checkpointScore', {
      correct: matched,
      answered: answeredCount,
      total: images.length,
      points: matched * CHECKPOINT_POINTS,
    });
    this.element.dataset.checkpointRound = String(round);
    this.element.dataset.checkpointDone = String(done);
  }

  private showReveal(prediction: Prediction, choice: number): void {
    const points = checkpointPoints(choice, prediction);
    const key: MessageKey = points > 0 ? 'lessonTraining.revealRight' : 'lessonTraining.revealWrong';
    this.texts.set(this.revealText, key, {
      predicted: className(prediction.predicted),
      p: formatPercent(prediction.confidence),
      second: className(prediction.second),
      p2: formatPercent(prediction.secondProbability),
      choice: className(choice),
      points,
      verdict: t(prediction.predicted === prediction.label ? 'lessonTraining.verdictRight' : 'lessonTraining.verdictWrong', { label: className(prediction.label) }),
    });
    this.revealText.dataset.predicted = String(prediction.predicted);
  }

  private reveal(): void {
    const round = this.shownRound;
    if (round >= this.checkpoint.images.length || this.checkpoint.choices[round] >= 0) return;
    const choice = this.choiceInputs.findIndex((input) => input.checked);
    if (choice < 0) {
      this.texts.set(this.revealText, 'lessonTraining.pickFirst');
      this.choiceInputs[0].focus();
      return;
    }
    const prediction = this.predictions[this.checkpoint.images[round]];
    this.checkpoint.choices[round] = choice;
    this.context.progress.set(CHECKPOINT_KEY, { images: [...this.checkpoint.images], choices: [...this.checkpoint.choices] });
    const points = checkpointPoints(choice, prediction);
    if (points > 0) this.context.award(points);
    this.renderCheckpoint();
    if (this.openRound() >= this.checkpoint.images.length) this.context.complete(STEP_POINTS);
    this.revealText.focus();
  }

  private nextRound(): void {
    this.shownRound = this.openRound();
    for (const input of this.choiceInputs) input.checked = false;
    this.renderCheckpoint();
    this.choiceInputs[0].focus();
  }

  private drawCheckpointImage(index: number): void {
    const context = this.checkpointCanvas.getContext('2d');
    if (!context) return;
    const image = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
    grayToRgba(this.context.data.test.images, index, image.data);
    context.putImageData(image, 0, 0);
  }

  // ——— confusion matrix ———

  private renderMatrix(): void {
    const classes = Array.from({ length: CLASS_COUNT }, (_, c) => c);
    const corner = h('td', { class: 'lt-matrix-corner' }, t('lessonTraining.matrixCorner'));
    this.matrixHead.replaceChildren(
      h('tr', {}, h('td'), h('th', { scope: 'colgroup', colspan: CLASS_COUNT, class: 'lt-matrix-axis' }, t('lessonTraining.matrixPredicted'))),
      h('tr', {}, corner, ...classes.map((c) => h('th', { scope: 'col' }, className(c)))),
    );
    let maxRight = 0;
    let maxWrong = 0;
    for (const label of classes) {
      for (const predicted of classes) {
        const n = this.matrix[label * CLASS_COUNT + predicted];
        if (label === predicted) maxRight = Math.max(maxRight, n);
        else maxWrong = Math.max(maxWrong, n);
      }
    }
    this.matrixButtons.length = 0;
    const rows = classes.map((label) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, className(label)),
        ...classes.map((predicted) => {
          const count = this.matrix[label * CLASS_COUNT + predicted];
          const correct = label === predicted;
          const shade = cellShade(count, correct ? maxRight : maxWrong, correct);
          const selected = this.selection.kind === 'cell' && this.selection.label === label && this.selection.predicted === predicted;
          const button = h(
            'button',
            {
              type: 'button',
              class: `lt-cell${correct ? ' lt-cell-correct' : ''}`,
              style: `background:${shade.background};color:${shade.ink}`,
              'aria-label': t('lessonTraining.cellLabel', { label: className(label), predicted: className(predicted), count }),
              'aria-pressed': String(selected),
              tabindex: label * CLASS_COUNT + predicted === this.focusedCell ? 0 : -1,
              'data-label': label,
              'data-predicted': predicted,
              'data-count': count,
            },
            formatCount(count),
          );
          button.addEventListener('click', () => {
            this.focusedCell = label * CLASS_COUNT + predicted;
            this.select({ kind: 'cell', label, predicted });
          });
          this.matrixButtons.push(button);
          return h('td', {}, button);
        }),
      ),
    );
    this.matrixBody.replaceChildren(...rows);
  }

  /** Arrow keys move between cells (one tab stop for the whole matrix); Home/End go along the row. */
  private onMatrixKey(event: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let row = Math.floor(this.focusedCell / CLASS_COUNT);
    let column = this.focusedCell % CLASS_COUNT;
    if (event.key in moves) {
      row = Math.min(CLASS_COUNT - 1, Math.max(0, row + moves[event.key][0]));
      column = Math.min(CLASS_COUNT - 1, Math.max(0, column + moves[event.key][1]));
    } else if (event.key === 'Home') column = 0;
    else if (event.key === 'End') column = CLASS_COUNT - 1;
    else return;
    event.preventDefault();
    this.matrixButtons[this.focusedCell].tabIndex = -1;
    this.focusedCell = row * CLASS_COUNT + column;
    const target = this.matrixButtons[this.focusedCell];
    target.tabIndex = 0;
    target.focus();
  }

  // ——— gallery ———

  private select(selection: Selection): void {
    this.selection = selection;
    this.matrixButtons.forEach((button) => {
      const on = selection.kind === 'cell' && Number(button.dataset.label) === selection.label && Number(button.dataset.predicted) === selection.predicted;
      button.setAttribute('aria-pressed', String(on));
    });
    this.allErrorsButton.hidden = selection.kind === 'errors';
    this.showPage(0);
  }

  private showPage(page: number): void {
    const items = this.listed();
    const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    this.page = Math.max(0, Math.min(pages - 1, page));
    this.releasePage();
    const shown = items.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    if (shown.length > 0) {
      const atlas = buildImageAtlas(this.context.data.test.images, shown.map((p) => p.index), 4);
      const source = TextureSource.from(atlas.canvas);
      source.scaleMode = 'nearest';
      const textures = atlas.frames.map((frame) => new Texture({ source, frame: new Rectangle(frame.x, frame.y, IMAGE_SIZE, IMAGE_SIZE) }));
      this.pageTextures = { source, textures };
      this.sprites = textures.map((texture) => this.view.addChild(new Sprite(texture)));
    }
    this.renderCards();
  }

  private releasePage(): void {
    for (const sprite of this.sprites) sprite.destroy();
    this.sprites = [];
    if (this.pageTextures) {
      for (const texture of this.pageTextures.textures) texture.destroy();
      this.pageTextures.source.destroy();
      this.pageTextures = null;
    }
  }

  private renderCards(): void {
    const items = this.listed();
    const shown = items.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE);
    const s = this.selection;
    const [headingKey, headingParams]: [MessageKey, MessageParams] =
      s.kind === 'errors'
        ? ['lessonTraining.galleryAllErrors', { count: items.length }]
        : [s.label === s.predicted ? 'lessonTraining.galleryCellCorrect' : 'lessonTraining.galleryCell', { label: className(s.label), predicted: className(s.predicted), count: items.length }];
    this.texts.set(this.galleryHeading, headingKey, headingParams);
    const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
    this.texts.set(this.pageLabel, items.length === 0 ? null : 'lessonTraining.pageLabel', {
      from: this.page * PAGE_SIZE + 1,
      to: this.page * PAGE_SIZE + shown.length,
      count: items.length,
    });
    this.prevButton.disabled = this.page === 0;
    this.nextPageButton.disabled = this.page >= pages - 1;
    this.texts.set(this.emptyNote, items.length === 0 ? 'lessonTraining.galleryEmpty' : null);
    this.emptyNote.hidden = items.length > 0;
    const cards = shown.map((p) =>
      h(
        'li',
        { class: 'lt-card', 'data-index': p.index, 'data-label': p.label, 'data-predicted': p.predicted },
        h('span', { class: 'lt-card-line lt-card-truth' }, t('lessonTraining.cardTrue', { label: className(p.label) })),
        h('span', { class: `lt-card-line lt-card-predicted${p.predicted === p.label ? '' : ' lt-wrong'}` }, t('lessonTraining.cardPredicted', { predicted: className(p.predicted), p: formatPercent(p.confidence) })),
        h('span', { class: 'lt-card-line' }, t('lessonTraining.cardSecond', { second: className(p.second), p2: formatPercent(p.secondProbability) })),
        h('span', { class: 'lt-card-line lt-card-index' }, t('lessonTraining.cardIndex', { index: p.index + 1 })),
      ),
    );
    this.cardList.replaceChildren(...cards);
    this.cardList.setAttribute('aria-label', t(headingKey, headingParams));
    this.placeCards();
  }

  private placeCards(): void {
    const layout = this.layout;
    if (!layout) return;
    this.sprites.forEach((sprite, i) => {
      const cell = layout.cells[i];
      sprite.position.set(cell.x, cell.y);
      sprite.width = sprite.height = layout.tile;
    });
    [...this.cardList.children].forEach((item, i) => {
      const cell = layout.cells[i];
      const style = (item as HTMLElement).style;
      style.left = `${cell.x + layout.textX}px`;
      style.top = `${cell.y}px`;
      style.width = `${layout.textWidth}px`;
      style.height = `${layout.tile}px`;
    });
    // The canvas keeps room for a full page (resize alone sets its height); the stage shows only
    // the rows in use, so a cell with 2 images leaves no blank band.
    const rows = Math.ceil(this.cardList.children.length / layout.columns);
    this.canvasHost.style.height = rows === 0 ? '0px' : `${layout.cells[(rows - 1) * layout.columns].y + layout.tile}px`;
    this.context?.requestRender();
  }
}

const formatCount = (count: number) => (count === 0 ? '·' : String(count));

export function createErrorsStep(): LessonStep {
  return new ErrorsStep();
}
