// The check of "Look inside": is one of the filters' maps empty for this image — which one, or
// none? Once answered, notes point out the empty and flat maps, and the filters that stay empty
// for every sample image (dead filters).
import { h } from '../../../framework/dom';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { ChannelState } from '../../../views/feature-maps/activations';
import { channelsIn } from './model';

/** "Filter 2, Filter 5" (1-based), in the current language. */
export const filterList = (channels: readonly number[]) => channels.map((k) => t('views.filterNumber', { filter: k + 1 })).join(t('views.listSeparator'));

export class EmptyFilterCheck {
  readonly form: HTMLFormElement;
  /** The notes (after the form), shown once the learner answered. */
  readonly notes = h('div', { class: 'lv-panel', id: 'inside-notes', hidden: true });
  private readonly legend = h('legend');
  private readonly options: HTMLInputElement[] = [];
  private readonly checkButton = h('button', { type: 'submit', class: 'button', id: 'inside-check-button' });
  private readonly feedbackLine = h('p', { class: 'lv-feedback', role: 'status', id: 'inside-feedback' });
  private feedback: readonly [MessageKey, MessageParams?] | null = null;

  /** `onCheck(k)`: the learner says filter k (0-based) is empty, or none is (k < 0). */
  constructor(onCheck: (k: number) => void) {
    const items = [0, 1, 2, 3, 4, -1].map((k) => {
      const input = h('input', { type: 'radio', name: 'inside-answer', id: `inside-answer-${k < 0 ? 'none' : k + 1}`, value: k });
      this.options.push(input);
      return h('div', { class: 'lv-radio' }, input, h('label', { for: input.id }));
    });
    const question = h('fieldset', { class: 'lv-check', id: 'inside-check' }, this.legend, h('div', { class: 'lv-choice-row' }, ...items), h('div', { class: 'lv-buttons' }, this.checkButton), this.feedbackLine);
    this.form = h('form', { class: 'lv-check-form', novalidate: true }, question);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = this.options.find((o) => o.checked);
      if (chosen) onCheck(Number(chosen.value));
    });
  }

  setFeedback(feedback: readonly [MessageKey, MessageParams?] | null): void {
    this.feedback = feedback;
  }

  /**
   * The question and feedback; once `answered`, the notes on this image's layer-0 `states` and the
   * `dead` filters over `samples` sample images.
   */
  render(answered: boolean, states: readonly ChannelState[], dead: readonly number[], samples: number): void {
    this.legend.textContent = t('stepInside.question');
    this.options.forEach((input) => {
      const k = Number(input.value);
      input.nextElementSibling!.textContent = k < 0 ? t('stepInside.none') : t('views.filterNumber', { filter: k + 1 });
    });
    this.checkButton.textContent = t('lesson.check');
    this.feedbackLine.textContent = this.feedback ? t(...this.feedback) : '';
    this.feedbackLine.dataset.result = this.feedback?.[0] === 'stepInside.right' ? 'right' : this.feedback ? 'wrong' : '';
    this.notes.hidden = !answered;
    const empty = channelsIn(states, 'empty');
    const flat = channelsIn(states, 'flat');
    const notes: string[] = [];
    if (empty.length) notes.push(t('stepInside.emptyNote', { filters: filterList(empty) }));
    if (flat.length) notes.push(t('stepInside.flatNote', { filters: filterList(flat) }));
    if (!empty.length && !flat.length) notes.push(t('stepInside.noEmptyNote'));
    if (dead.length) notes.push(t('stepInside.deadNote', { count: samples, filters: filterList(dead) }));
    this.notes.replaceChildren(...notes.map((n) => h('p', {}, n)));
    this.notes.dataset.dead = dead.map((k) => k + 1).join(' ');
  }
}
