// The prediction checkpoint of "Where it goes wrong": a test image and its true label; the learner
// picks the class the network will say. A first miss gets a hint (its two top classes); a match or
// a second miss reveals the network's two top answers, and then says separately whether the
// learner matched the network and whether the network was right. A score line counts the matches.
import { CLASS_COUNT } from '../../../../data/classes';
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { className } from '../../../i18n/i18n';
import { formatPercent } from '../../../views/format';
import { grayToRgba } from '../../../views/image-atlas';
import type { Prediction } from '../../../views/results/predictions';
import type { Attempt } from '../../game/attempts';
import { CHECKPOINT_POINTS, type CheckpointHint } from './model';

/** One round on screen. */
export interface CheckpointRound {
  round: number;
  total: number;
  /** The test image and what the network said about it. */
  prediction: Prediction;
  /** The class the learner picked once the round is settled, or -1. */
  choice: number;
  attempt: Attempt;
  /** After a first miss: the hint. */
  hint?: CheckpointHint;
  /** What the settled round earned. */
  points: number;
  /** Another round is left to answer. */
  more: boolean;
  answered: number;
  matched: number;
  done: boolean;
}

export class CheckpointView {
  readonly element: HTMLElement;
  private readonly roundLine = h('p', { class: 'lt-round', id: 'errors-round' });
  private readonly canvas = h('canvas', { width: IMAGE_SIZE, height: IMAGE_SIZE, class: 'lt-checkpoint-image', role: 'img' });
  private readonly truth = h('p', { class: 'lt-checkpoint-truth' });
  private readonly legend = h('legend');
  private readonly inputs: HTMLInputElement[] = [];
  private readonly labels: HTMLLabelElement[] = [];
  private readonly revealButton = h('button', { type: 'submit', class: 'button button-primary', id: 'errors-reveal' });
  private readonly hintText = h('p', { class: 'lt-hint-line', id: 'errors-hint', tabindex: -1, 'aria-live': 'polite' });
  private readonly revealText = h('p', { class: 'lt-reveal', id: 'errors-reveal-text', tabindex: -1, 'aria-live': 'polite' });
  private readonly verdictText = h('p', { class: 'lt-verdict', id: 'errors-verdict' });
  private readonly nextButton = h('button', { type: 'button', class: 'button', id: 'errors-next', hidden: true });
  private readonly score = h('p', { class: 'lt-score', id: 'errors-checkpoint-score' });
  /** The test images (N×28×28 u8) the rounds are about. */
  images: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly texts: BoundTexts,
    on: { reveal(choice: number): void; next(): void },
  ) {
    for (let c = 0; c < CLASS_COUNT; c++) {
      this.inputs.push(h('input', { type: 'radio', name: 'errors-choice', id: `errors-choice-${c}`, value: c }));
      this.labels.push(h('label', { for: `errors-choice-${c}` }));
    }
    const form = h(
      'form',
      { class: 'lt-checkpoint-form', novalidate: true },
      h('div', { class: 'lt-checkpoint-image-box' }, this.canvas, this.truth),
      h(
        'div',
        {},
        h('fieldset', { class: 'lt-choices' }, this.legend, h('div', { class: 'lt-choice-grid' }, ...this.inputs.map((input, c) => h('div', { class: 'lt-radio' }, input, this.labels[c])))),
        h('div', { class: 'lt-buttons' }, this.revealButton, this.nextButton),
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      on.reveal(this.inputs.findIndex((input) => input.checked));
    });
    this.nextButton.addEventListener('click', () => on.next());
    this.element = h(
      'section',
      { class: 'lt-panel lt-checkpoint', 'aria-labelledby': 'errors-checkpoint-heading' },
      texts.set(h('h3', { id: 'errors-checkpoint-heading' }), 'stepErrors.checkpointHeading'),
      texts.set(h('p', { class: 'lt-hint' }), 'stepErrors.checkpointIntro', { points: CHECKPOINT_POINTS, hintPoints: Math.ceil(CHECKPOINT_POINTS / 2) }),
      this.roundLine,
      form,
      this.hintText,
      this.revealText,
      this.verdictText,
      this.score,
    );
  }

  render(r: CheckpointRound): void {
    const { prediction, choice } = r;
    const texts = this.texts;
    this.draw(prediction.index);
    const image = { label: className(prediction.label), index: prediction.index + 1 };
    texts.set(this.roundLine, 'stepErrors.checkpointRound', { n: r.round + 1, total: r.total });
    texts.set(this.truth, 'stepErrors.checkpointTruth', image);
    texts.attr(this.canvas, 'aria-label', 'stepErrors.checkpointImageLabel', image);
    const answered = choice >= 0;
    this.inputs.forEach((input, c) => {
      input.disabled = answered;
      if (answered) input.checked = choice === c;
    });
    this.revealButton.hidden = answered;
    this.nextButton.hidden = !answered || !r.more;
    this.showHint(answered ? undefined : r.hint);
    if (answered) this.showReveal(prediction, choice, r.attempt, r.points);
    else {
      texts.set(this.revealText, null);
      texts.set(this.verdictText, null);
      delete this.revealText.dataset.predicted;
      delete this.revealText.dataset.matched;
      delete this.verdictText.dataset.networkRight;
    }
    texts.set(this.score, r.answered === 0 ? null : r.done ? 'stepErrors.checkpointDone' : 'stepErrors.checkpointScore', {
      correct: r.matched,
      answered: r.answered,
      total: r.total,
    });
  }

  /** Reveal without a class picked: asks for one. */
  pickFirst(): void {
    this.texts.set(this.revealText, 'stepErrors.pickFirst');
    this.inputs[0].focus();
  }

  focusReveal(): void {
    this.revealText.focus();
  }

  focusHint(): void {
    this.hintText.focus();
  }

  /** A new round: nothing picked, the focus on the first class. */
  clearChoice(): void {
    for (const input of this.inputs) input.checked = false;
  }

  focusChoices(): void {
    this.inputs[0].focus();
  }

  translate(): void {
    this.labels.forEach((label, c) => (label.textContent = className(c)));
    this.texts.set(this.legend, 'stepErrors.choiceLegend');
    this.texts.set(this.revealButton, 'stepErrors.reveal');
    this.texts.set(this.nextButton, 'stepErrors.nextImage');
  }

  private showHint(hint: CheckpointHint | undefined): void {
    if (!hint) {
      this.texts.set(this.hintText, null);
      this.hintText.hidden = true;
      return;
    }
    this.hintText.hidden = false;
    if (hint.kind === 'second') this.texts.set(this.hintText, 'stepErrors.hintSecond', { choice: className(hint.choice) });
    else this.texts.set(this.hintText, 'stepErrors.hintPair', { a: className(hint.a), b: className(hint.b) });
  }

  /** Two separate facts: did the learner match the network, and was the network right. */
  private showReveal(prediction: Prediction, choice: number, attempt: Attempt, points: number): void {
    const matched = choice === prediction.predicted;
    const answer = { predicted: className(prediction.predicted), p: formatPercent(prediction.confidence), second: className(prediction.second), p2: formatPercent(prediction.secondProbability), choice: className(choice), points };
    this.texts.set(this.revealText, matched ? (attempt === 'right' ? 'stepErrors.matchedFirst' : 'stepErrors.matchedAfterHint') : 'stepErrors.notMatched', answer);
    this.revealText.dataset.predicted = String(prediction.predicted);
    this.revealText.dataset.matched = String(matched);
    const networkRight = prediction.predicted === prediction.label;
    this.texts.set(this.verdictText, networkRight ? 'stepErrors.networkRight' : 'stepErrors.networkWrong', { label: className(prediction.label), predicted: className(prediction.predicted) });
    this.verdictText.dataset.networkRight = String(networkRight);
  }

  private draw(index: number): void {
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const image = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
    grayToRgba(this.images, index, image.data);
    context.putImageData(image, 0, 0);
  }
}
