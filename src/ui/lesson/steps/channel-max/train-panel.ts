// Training the notebook model in "A custom layer": the learner's guess (will it beat the first
// network?), how much to train, train / stop, progress, status, alert and whether the guess was
// right. The step owns the run; this panel shows it.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { FULL_BUDGET, QUICK_BUDGET, type Budget, type Guess } from './model';

type Message = readonly [MessageKey, MessageParams?];

export class TrainPanel {
  readonly element: HTMLElement;
  readonly progress = h('progress', { class: 'lv-train-progress', id: 'cmax-progress', max: 1, value: 0 });
  private readonly guessInputs = (['yes', 'no'] as const).map((v) => h('input', { type: 'radio', name: 'cmax-guess', id: `cmax-guess-${v}`, value: v }));
  private readonly budgetInputs = (['quick', 'full'] as const).map((v) => h('input', { type: 'radio', name: 'cmax-budget', id: `cmax-budget-${v}`, value: v, checked: v === 'quick' }));
  private readonly budgetBox = h('fieldset', { class: 'lv-choice' });
  private readonly trainButton = h('button', { type: 'button', class: 'button', id: 'cmax-train' });
  private readonly stopButton = h('button', { type: 'button', class: 'button button-quiet', id: 'cmax-stop', disabled: true });
  private readonly progressLine = h('p', { class: 'lv-hint', id: 'cmax-progress-line' });
  private readonly statusLine = h('p', { role: 'status', id: 'cmax-status' });
  private readonly alertLine = h('p', { role: 'alert', class: 'lv-alert', id: 'cmax-alert' });
  private readonly guessLine = h('p', { id: 'cmax-guess-result' });
  private progressMessage: Message | null = null;
  private status: Message | null = null;
  private alert: Message | null = null;
  private guessNote: Message | null = null;

  constructor(texts: BoundTexts, on: { guess(guess: Guess): void; train(): void; stop(): void }) {
    const guessChoices = this.guessInputs.map((input) =>
      h('div', { class: 'lv-radio' }, input, texts.set(h('label', { for: input.id }), input.value === 'yes' ? 'stepChannelMax.predictYes' : 'stepChannelMax.predictNo')),
    );
    for (const input of this.guessInputs) input.addEventListener('change', () => on.guess(input.value as Guess));
    this.budgetBox.append(
      texts.set(h('legend'), 'stepChannelMax.budgetLegend'),
      ...this.budgetInputs.map((input) => {
        const [key, budget] = input.value === 'quick' ? (['stepChannelMax.budgetQuick', QUICK_BUDGET] as const) : (['stepChannelMax.budgetFull', FULL_BUDGET] as const);
        return h('div', { class: 'lv-radio' }, input, texts.set(h('label', { for: input.id }), key, { epochs: budget.epochs, images: budget.trainImages }));
      }),
    );
    this.trainButton.addEventListener('click', () => on.train());
    this.stopButton.addEventListener('click', () => on.stop());
    this.element = h(
      'div',
      { class: 'lv-panel' },
      h('fieldset', { class: 'lv-choice', id: 'cmax-guess' }, texts.set(h('legend'), 'stepChannelMax.predictLegend'), ...guessChoices),
      this.budgetBox,
      h('div', { class: 'lv-buttons' }, this.trainButton, this.stopButton),
      h('div', { class: 'progress-field' }, texts.set(h('label', { for: 'cmax-progress' }), 'stepChannelMax.progressLabel'), this.progress),
      this.progressLine,
      this.statusLine,
      this.alertLine,
      this.guessLine,
    );
  }

  /** The guess saved earlier (or none). */
  set guess(guess: Guess | undefined) {
    this.guessInputs.forEach((input) => (input.checked = input.value === guess));
  }

  get guess(): Guess | undefined {
    return this.guessInputs.find((i) => i.checked)?.value as Guess | undefined;
  }

  budget(quickMode: boolean): Budget {
    return quickMode || this.budgetInputs[0].checked ? QUICK_BUDGET : FULL_BUDGET;
  }

  setRunning(running: boolean, quickMode: boolean): void {
    this.trainButton.disabled = running;
    this.stopButton.disabled = !running;
    this.budgetInputs.forEach((i) => (i.disabled = running || quickMode));
  }

  setProgress(message: Message): void {
    this.progressMessage = message;
    this.progressLine.textContent = t(...message);
  }

  setStatus(status: Message | null): void {
    this.status = status;
    this.statusLine.textContent = status ? t(...status) : '';
  }

  setAlert(alert: Message | null): void {
    this.alert = alert;
    this.alertLine.textContent = alert ? t(...alert) : '';
  }

  setGuessNote(note: Message | null): void {
    this.guessNote = note;
    this.guessLine.textContent = note ? t(...note) : '';
  }

  /** `trained`: the notebook model was trained before (the button says "Train it again"). */
  renderButtons(trained: boolean): void {
    this.trainButton.textContent = t(trained ? 'stepChannelMax.retrain' : 'stepChannelMax.train');
    this.stopButton.textContent = t('lesson.stop');
  }

  translate(quickMode: boolean, trained: boolean): void {
    this.statusLine.textContent = this.status ? t(...this.status) : '';
    this.alertLine.textContent = this.alert ? t(...this.alert) : '';
    this.progressLine.textContent = this.progressMessage ? t(...this.progressMessage) : '';
    this.guessLine.textContent = this.guessNote ? t(...this.guessNote) : '';
    this.budgetBox.hidden = quickMode;
    this.renderButtons(trained);
  }
}
