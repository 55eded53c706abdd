// The prediction checkpoint of "Where it goes wrong": a test image and its true label; the learner
// picks the class the network will say, then the reveal gives the network's two top answers; a
// score line counts the matches.
import { CLASS_COUNT } from '../../../../data/classes';
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { className, t } from '../../../i18n/i18n';
import { formatPercent } from '../../../views/format';
import { grayToRgba } from '../../../views/image-atlas';
import type { Prediction } from '../../../views/results/predictions';
import { CHECKPOINT_POINTS, checkpointPoints } from './model';

/** One round on screen. */
export interface CheckpointRound {
  round: number;
  total: number;
  /** The test image and what the network said about it. */
  prediction: Prediction;
  /** The class the learner picked, or -1. */
  choice: number;
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
  private readonly revealText = h('p', { class: 'lt-reveal', id: 'errors-reveal-text', tabindex: -1, 'aria-live': 'polite' });
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
      texts.set(h('p', { class: 'lt-hint' }), 'stepErrors.checkpointIntro', { points: CHECKPOINT_POINTS }),
      this.roundLine,
      form,
      this.revealText,
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
    if (answered) this.showReveal(prediction, choice);
    else texts.set(this.revealText, null);
    texts.set(this.score, r.answered === 0 ? null : r.done ? 'stepErrors.checkpointDone' : 'stepErrors.checkpointScore', {
      correct: r.matched,
      answered: r.answered,
      total: r.total,
      points: r.matched * CHECKPOINT_POINTS,
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

  private showReveal(prediction: Prediction, choice: number): void {
    const points = checkpointPoints(choice, prediction);
    this.texts.set(this.revealText, points > 0 ? 'stepErrors.revealRight' : 'stepErrors.revealWrong', {
      predicted: className(prediction.predicted),
      p: formatPercent(prediction.confidence),
      second: className(prediction.second),
      p2: formatPercent(prediction.secondProbability),
      choice: className(choice),
      points,
      verdict: t(prediction.predicted === prediction.label ? 'stepErrors.verdictRight' : 'stepErrors.verdictWrong', { label: className(prediction.label) }),
    });
    this.revealText.dataset.predicted = String(prediction.predicted);
  }

  private draw(index: number): void {
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const image = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
    grayToRgba(this.images, index, image.data);
    context.putImageData(image, 0, 0);
  }
}
