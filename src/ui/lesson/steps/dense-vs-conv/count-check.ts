// The check of "Why not dense?": the learner counts the weights of each way, then sees whether
// each count was right and Keras' parameter counts of the two layers side by side.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { formatNumber, t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { parseWholeNumber } from '../../parse-number';
import type { CountsCheck, WeightCounts } from './model';

/** What the learner typed, as saved in the lesson progress. */
export interface CountGuess {
  dense: string;
  conv: string;
}

export class CountCheck {
  readonly element: HTMLFormElement;
  private readonly denseInput = h('input', { type: 'text', inputmode: 'numeric', id: 'dvc-dense', autocomplete: 'off', 'aria-describedby': 'dvc-dense-feedback' });
  private readonly convInput = h('input', { type: 'text', inputmode: 'numeric', id: 'dvc-conv', autocomplete: 'off', 'aria-describedby': 'dvc-conv-feedback' });
  private readonly denseFeedback = h('span', { class: 'lesson-feedback', id: 'dvc-dense-feedback' });
  private readonly convFeedback = h('span', { class: 'lesson-feedback', id: 'dvc-conv-feedback' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button button-primary', id: 'dvc-check' });
  private readonly result = h('p', { class: 'lesson-result', id: 'dvc-result', role: 'status' });
  private readonly comparison = h('table', { class: 'lesson-table dvc-comparison', id: 'dvc-comparison', hidden: true });
  private checked: CountsCheck | null = null;

  /** `params`: the numbers the questions and answers show. */
  constructor(
    texts: BoundTexts,
    private readonly counts: WeightCounts,
    private readonly params: MessageParams,
    onCheck: () => void,
  ) {
    this.element = h(
      'form',
      { class: 'lesson-check', novalidate: true, 'aria-labelledby': 'dvc-check-heading' },
      texts.set(h('h3', { id: 'dvc-check-heading' }), 'stepDenseVsConv.checkHeading'),
      texts.set(h('p'), 'stepDenseVsConv.checkIntro'),
      h('div', { class: 'field' }, texts.set(h('label', { for: 'dvc-dense' }), 'stepDenseVsConv.denseQuestion', params), this.denseInput, this.denseFeedback),
      h('div', { class: 'field' }, texts.set(h('label', { for: 'dvc-conv' }), 'stepDenseVsConv.convQuestion', params), this.convInput, this.convFeedback),
      h('div', { class: 'lesson-check-buttons' }, this.checkButton),
      this.result,
      this.comparison,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      onCheck();
    });
  }

  get guess(): CountGuess {
    return { dense: this.denseInput.value, conv: this.convInput.value };
  }

  set guess(saved: CountGuess) {
    this.denseInput.value = saved.dense;
    this.convInput.value = saved.conv;
  }

  /** The two counts typed, or null (then it asks for whole numbers and focuses the field). */
  read(): { dense: number; conv: number } | null {
    const dense = parseWholeNumber(this.denseInput.value);
    const conv = parseWholeNumber(this.convInput.value);
    if (dense !== null && conv !== null) return { dense, conv };
    this.result.textContent = t('lesson.enterNumbers');
    (dense === null ? this.denseInput : this.convInput).focus();
    return null;
  }

  show(checked: CountsCheck | null): void {
    this.checked = checked;
    this.render();
  }

  translate(): void {
    this.checkButton.textContent = t('lesson.check');
    this.render();
  }

  private render(): void {
    const checked = this.checked;
    this.comparison.hidden = !checked;
    if (!checked) {
      this.result.textContent = '';
      this.denseFeedback.textContent = this.convFeedback.textContent = '';
      return;
    }
    const p = this.params;
    const feedback = (element: HTMLElement, right: boolean, answer: MessageKey) => {
      element.textContent = right ? t('lesson.feedbackRight', { answer: t(answer, p) }) : t('lesson.feedbackWrong', { answer: t(answer, p) });
      element.dataset.correct = String(right);
    };
    feedback(this.denseFeedback, checked.dense, 'stepDenseVsConv.denseAnswer');
    feedback(this.convFeedback, checked.conv, 'stepDenseVsConv.convAnswer');
    const c = this.counts;
    this.result.textContent = t('stepDenseVsConv.ratio', { ratio: formatNumber(Math.round(c.denseWeights / c.convWeights)) });
    const th = (text: string) => h('th', { scope: 'col' }, text);
    const row = (name: string, id: string, weights: number, biases: number) =>
      h('tr', { 'data-layer': id }, h('th', { scope: 'row' }, name), h('td', {}, formatNumber(weights)), h('td', {}, formatNumber(biases)), h('td', {}, formatNumber(weights + biases)));
    this.comparison.replaceChildren(
      h('caption', {}, t('stepDenseVsConv.tableCaption')),
      h('thead', {}, h('tr', {}, th(t('stepDenseVsConv.columnLayer')), th(t('stepDenseVsConv.columnWeights')), th(t('stepDenseVsConv.columnBiases')), th(t('stepDenseVsConv.columnTotal')))),
      h(
        'tbody',
        {},
        row(t('stepDenseVsConv.denseRow', p), 'dense', c.denseWeights, c.denseBiases),
        row(t('stepDenseVsConv.convRow', p), 'conv', c.convWeights, c.convBiases),
      ),
    );
  }
}
