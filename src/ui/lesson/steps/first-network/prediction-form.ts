// The check of "Build the first network": the learner predicts the conv layer's output shape and
// the network's parameter count; after the check each gets its verdict with Keras' answer.
import type { ModelPlan } from '../../../../shared/plan';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { formatNumber, t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { parseWholeNumber } from '../../parse-number';
import type { FirstNetworkCheck, FirstNetworkGuess } from './model';

type GuessField = keyof FirstNetworkGuess;

export class PredictionForm {
  readonly element: HTMLFormElement;
  private readonly inputs: Record<GuessField, HTMLInputElement>;
  private readonly shapeFeedback = h('p', { class: 'lesson-feedback', id: 'fn-shape-feedback' });
  private readonly paramsFeedback = h('span', { class: 'lesson-feedback', id: 'fn-params-feedback' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button button-primary', id: 'fn-check' });
  private readonly result = h('p', { class: 'lesson-result', id: 'fn-result', role: 'status' });
  private checked: FirstNetworkCheck | null = null;

  constructor(
    texts: BoundTexts,
    private readonly plan: ModelPlan,
    onCheck: () => void,
  ) {
    const input = (id: string, describedBy: string) => h('input', { type: 'text', inputmode: 'numeric', id, autocomplete: 'off', size: 6, 'aria-describedby': describedBy });
    this.inputs = {
      height: input('fn-height', 'fn-shape-feedback'),
      width: input('fn-width', 'fn-shape-feedback'),
      channels: input('fn-channels', 'fn-shape-feedback'),
      params: input('fn-params', 'fn-params-feedback'),
    };
    const shapeField = (field: GuessField, key: MessageKey) => h('div', { class: 'fn-shape-field' }, texts.set(h('label', { for: this.inputs[field].id }), key), this.inputs[field]);
    this.element = h(
      'form',
      { class: 'lesson-check', novalidate: true, 'aria-labelledby': 'fn-check-heading' },
      texts.set(h('h3', { id: 'fn-check-heading' }), 'stepFirstNetwork.checkHeading'),
      texts.set(h('p'), 'stepFirstNetwork.checkIntro'),
      h(
        'fieldset',
        { class: 'fn-shape' },
        texts.set(h('legend'), 'stepFirstNetwork.shapeLegend'),
        h('div', { class: 'fn-shape-fields' }, shapeField('height', 'stepFirstNetwork.height'), shapeField('width', 'stepFirstNetwork.width'), shapeField('channels', 'stepFirstNetwork.channels')),
        this.shapeFeedback,
      ),
      h('div', { class: 'field' }, texts.set(h('label', { for: 'fn-params' }), 'stepFirstNetwork.paramsLabel'), this.inputs.params, this.paramsFeedback),
      texts.set(h('p', { class: 'lesson-hint' }), 'stepFirstNetwork.hint'),
      h('div', { class: 'lesson-check-buttons' }, this.checkButton),
      this.result,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      onCheck();
    });
  }

  /** The fields as typed (saved in the lesson progress). */
  get values(): Record<GuessField, string> {
    return Object.fromEntries(Object.entries(this.inputs).map(([field, input]) => [field, input.value])) as Record<GuessField, string>;
  }

  set values(saved: Partial<Record<GuessField, string>>) {
    for (const field of Object.keys(this.inputs) as GuessField[]) this.inputs[field].value = saved[field] ?? '';
  }

  guess(): FirstNetworkGuess {
    const value = (field: GuessField) => parseWholeNumber(this.inputs[field].value);
    return { height: value('height'), width: value('width'), channels: value('channels'), params: value('params') };
  }

  /** The first field without a whole number: asks for numbers and focuses it (false), else true. */
  complete(guess: FirstNetworkGuess): boolean {
    const empty = (Object.keys(guess) as GuessField[]).find((field) => guess[field] === null);
    if (!empty) return true;
    this.result.textContent = t('lesson.enterNumbers');
    this.inputs[empty].focus();
    return false;
  }

  show(checked: FirstNetworkCheck | null): void {
    this.checked = checked;
    this.render();
  }

  translate(): void {
    this.checkButton.textContent = t('stepFirstNetwork.reveal');
    this.render();
  }

  private render(): void {
    const checked = this.checked;
    if (!checked) {
      this.shapeFeedback.textContent = this.paramsFeedback.textContent = '';
      return;
    }
    const [height, width, channels] = this.plan.layers[0].outputShape;
    const shape = t('stepFirstNetwork.shapeValue', { height, width, channels });
    this.shapeFeedback.textContent = t(checked.shape ? 'lesson.feedbackRight' : 'lesson.feedbackWrong', { answer: shape });
    this.shapeFeedback.dataset.correct = String(checked.shape);
    this.paramsFeedback.textContent = t(checked.params ? 'lesson.feedbackRight' : 'lesson.feedbackWrong', { answer: formatNumber(this.plan.totalParams) });
    this.paramsFeedback.dataset.correct = String(checked.params);
    this.result.textContent = t('stepFirstNetwork.revealed', { total: this.plan.totalParams });
  }
}
