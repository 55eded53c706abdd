// The check of "Edit the weights": after "set all kernel weights to 2", what happened to the five
// feature maps? Locked until the learner pressed that button.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { ANSWERS } from './model';

export class WeightsCheck {
  readonly form: HTMLFormElement;
  private readonly legend = h('legend');
  private readonly hint = h('p', { class: 'lv-hint', id: 'weights-question-hint' });
  private readonly inputs = ANSWERS.map((a) => h('input', { type: 'radio', name: 'weights-answer', id: `weights-answer-${a.id}`, value: a.id, disabled: true }));
  private readonly checkButton = h('button', { type: 'submit', class: 'button', id: 'weights-check', disabled: true });
  private readonly feedbackLine = h('p', { class: 'lv-feedback', role: 'status', id: 'weights-feedback' });

  /** `onCheck(right)`: the learner answered, rightly or not. */
  constructor(texts: BoundTexts, onCheck: (right: boolean) => void) {
    const answers = ANSWERS.map((a, i) => h('div', { class: 'lv-radio' }, this.inputs[i], texts.set(h('label', { for: this.inputs[i].id }), a.key)));
    this.form = h(
      'form',
      { class: 'lv-check-form', novalidate: true },
      h('fieldset', { class: 'lv-check', id: 'weights-check-box' }, this.legend, this.hint, h('div', { class: 'lv-choice-row' }, ...answers), h('div', { class: 'lv-buttons' }, this.checkButton), this.feedbackLine),
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = ANSWERS.find((_, i) => this.inputs[i].checked);
      if (chosen) onCheck(chosen.right);
    });
  }

  /** `unlocked` once all weights were set to 2; `feedback` on the last answer; `answered` right. */
  render(unlocked: boolean, feedback: readonly [MessageKey, MessageParams?] | null, answered: boolean): void {
    this.legend.textContent = t('stepWeights.question');
    this.hint.textContent = unlocked ? '' : t('stepWeights.questionLocked');
    this.hint.hidden = unlocked;
    for (const input of this.inputs) input.disabled = !unlocked;
    this.checkButton.disabled = !unlocked;
    this.checkButton.textContent = t('lesson.check');
    this.feedbackLine.textContent = feedback ? t(...feedback) : '';
    this.feedbackLine.dataset.result = answered ? 'right' : feedback ? 'wrong' : '';
  }
}
