// The check of "What a convolution does": predict the output size for the settings shown, or ask
// for the answer; once revealed, the formula for both sides; progress towards the step's goal.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { ConvLayout } from '../../../views/kernel-slide/conv-slide';
import { isValidSize, PREDICTIONS_NEEDED } from './model';
import { field } from './settings-form';

export type Feedback = readonly [MessageKey, MessageParams?];

const WRONG: readonly MessageKey[] = ['stepConvolution.predictWrong', 'stepConvolution.predictInvalid'];

/** "Height: ⌊(28 − 1) ÷ 1⌋ + 1 = 28; Width: …", the rule of the layout's padding. */
export function formulaText(l: ConvLayout): string {
  const axis = (axisKey: MessageKey, n: number, k: number, out: number) =>
    l.padding === 'valid'
      ? t('stepConvolution.formulaValid', { axis: t(axisKey), n, k, s: l.stride, out })
      : t('stepConvolution.formulaSame', { axis: t(axisKey), n, s: l.stride, out });
  return `${axis('stepConvolution.axisHeight', l.inH, l.kh, l.outH)}; ${axis('stepConvolution.axisWidth', l.inW, l.kw, l.outW)}`;
}

export class PredictionForm {
  readonly element: HTMLFormElement;
  private readonly guessHeight = h('input', { type: 'number', id: 'conv-guess-height', min: 1, max: 100, step: 1, inputmode: 'numeric', autocomplete: 'off' });
  private readonly guessWidth = h('input', { type: 'number', id: 'conv-guess-width', min: 1, max: 100, step: 1, inputmode: 'numeric', autocomplete: 'off' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button', id: 'conv-check' });
  private readonly revealButton = h('button', { type: 'button', class: 'button button-quiet', id: 'conv-reveal' });
  private readonly feedbackLine = h('p', { id: 'conv-feedback', role: 'status', class: 'lv-feedback' });
  private readonly formula = h('p', { id: 'conv-formula', class: 'lv-formula' });
  private readonly progressLine = h('p', { id: 'conv-progress', class: 'lv-progress' });

  constructor(texts: BoundTexts, on: { check(height: number, width: number): void; reveal(): void }) {
    this.element = h(
      'form',
      { class: 'lv-predict', id: 'conv-predict', novalidate: true },
      h(
        'fieldset',
        {},
        texts.set(h('legend'), 'stepConvolution.predictLegend'),
        h(
          'div',
          { class: 'lv-predict-inputs' },
          field(texts, this.guessHeight, 'stepConvolution.predictHeight'),
          h('span', { class: 'lv-times', 'aria-hidden': 'true' }, '×'),
          field(texts, this.guessWidth, 'stepConvolution.predictWidth'),
          h('div', { class: 'lv-buttons' }, this.checkButton, this.revealButton),
        ),
        this.feedbackLine,
        this.formula,
        this.progressLine,
      ),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const height = this.guessHeight.valueAsNumber;
      const width = this.guessWidth.valueAsNumber;
      this.guessHeight.setAttribute('aria-invalid', String(!isValidSize(height)));
      this.guessWidth.setAttribute('aria-invalid', String(!isValidSize(width)));
      on.check(height, width);
    });
    this.revealButton.addEventListener('click', () => on.reveal());
  }

  /** New settings: empty fields. */
  clear(): void {
    this.guessHeight.value = this.guessWidth.value = '';
    this.guessHeight.removeAttribute('aria-invalid');
    this.guessWidth.removeAttribute('aria-invalid');
  }

  /** Puts the focus on the first field that does not hold a valid size. */
  focusInvalid(): void {
    (isValidSize(this.guessHeight.valueAsNumber) ? this.guessWidth : this.guessHeight).focus();
  }

  /** `formula`: the layout when its output size is revealed; `correct`: settings predicted right so far. */
  render(feedback: Feedback | null, formula: ConvLayout | null, correct: number): void {
    this.feedbackLine.textContent = feedback ? t(...feedback) : '';
    this.feedbackLine.dataset.result = feedback && WRONG.includes(feedback[0]) ? 'wrong' : formula ? 'revealed' : '';
    this.formula.textContent = formula ? formulaText(formula) : '';
    this.formula.hidden = !formula;
    this.progressLine.textContent = correct >= PREDICTIONS_NEEDED ? t('stepConvolution.done') : t('stepConvolution.progress', { count: correct, needed: PREDICTIONS_NEEDED });
  }

  translate(): void {
    this.checkButton.textContent = t('lesson.check');
    this.revealButton.textContent = t('stepConvolution.showAnswer');
  }
}
