// Training the notebook model in "A custom layer": the learner's prediction (will it beat the
// first network?), "lock in and train" (a tutorial-length run on the background worker), what the
// tutorial says about the prediction, and the run's progress and status. The step owns the run
// (through the lesson's LongRun); this panel shows it.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { formatPercent } from '../../../views/format';
import type { LongRunState } from '../../long-run';
import type { TrainedModel } from '../../step';
import { LONG_RUN, type Guess } from './model';

type Message = readonly [MessageKey, MessageParams?];

export class TrainPanel {
  readonly element: HTMLElement;
  readonly progress = h('progress', { class: 'lv-train-progress', id: 'cmax-progress', max: 1, value: 0 });
  private readonly guessInputs = (['yes', 'no'] as const).map((v) => h('input', { type: 'radio', name: 'cmax-guess', id: `cmax-guess-${v}`, value: v }));
  private readonly trainButton = h('button', { type: 'button', class: 'button button-primary', id: 'cmax-train' });
  private readonly stopButton = h('button', { type: 'button', class: 'button button-quiet', id: 'cmax-stop', disabled: true });
  private readonly statusLine = h('p', { role: 'status', id: 'cmax-status' });
  private readonly alertLine = h('p', { role: 'alert', class: 'lv-alert', id: 'cmax-alert' });
  private readonly guessLine = h('p', { id: 'cmax-guess-result', class: 'lv-feedback', tabindex: -1 });
  private status: Message | null = null;
  private alert: Message | null = null;
  private guessNote: Message | null = null;

  constructor(texts: BoundTexts, on: { guess(guess: Guess): void; train(): void; stop(): void }) {
    const guessChoices = this.guessInputs.map((input) =>
      h('div', { class: 'lv-radio' }, input, texts.set(h('label', { for: input.id }), input.value === 'yes' ? 'stepChannelMax.predictYes' : 'stepChannelMax.predictNo')),
    );
    for (const input of this.guessInputs) input.addEventListener('change', () => on.guess(input.value as Guess));
    this.trainButton.addEventListener('click', () => on.train());
    this.stopButton.addEventListener('click', () => on.stop());
    this.element = h(
      'div',
      { class: 'lv-panel' },
      h('fieldset', { class: 'lv-choice', id: 'cmax-guess' }, texts.set(h('legend'), 'stepChannelMax.predictLegend'), ...guessChoices),
      texts.set(h('p', { class: 'lv-hint' }), 'stepChannelMax.longRunHint', { epochs: LONG_RUN.epochs }),
      h('div', { class: 'lv-buttons' }, this.trainButton, this.stopButton),
      this.guessLine,
      h('div', { class: 'progress-field' }, texts.set(h('label', { for: 'cmax-progress' }), 'stepChannelMax.progressLabel'), this.progress),
      this.statusLine,
      this.alertLine,
    );
  }

  /** The guess saved earlier (or none). */
  set guess(guess: Guess | undefined) {
    this.guessInputs.forEach((input) => (input.checked = input.value === guess));
  }

  get guess(): Guess | undefined {
    return this.guessInputs.find((i) => i.checked)?.value as Guess | undefined;
  }

  /** No guess yet: says so and puts the focus on the choices. */
  askForGuess(): void {
    this.setAlert(['stepChannelMax.predictFirst']);
    this.guessInputs[0].focus();
  }

  /** `running`: the long run is going; `trained`: a notebook model was trained before; `locked`: the prediction was scored. */
  setRunning(running: boolean, trained: boolean, locked: boolean): void {
    this.trainButton.disabled = running;
    this.stopButton.disabled = !running;
    for (const input of this.guessInputs) input.disabled = locked;
    this.trainButton.textContent = t(trained ? 'stepChannelMax.retrain' : 'stepChannelMax.train');
    this.stopButton.textContent = t('training.stop');
  }

  /** The notebook model's long run (null: none going): progress, status, why it ended early; else the saved model. */
  showLongRun(state: LongRunState | null, saved: TrainedModel | undefined): void {
    this.progress.max = state ? state.epochs : 1;
    this.progress.value = state ? state.epoch : saved ? 1 : 0;
    this.setStatus(state ? longRunStatus(state) : saved ? ['stepChannelMax.statusSaved', { acc: formatPercent(saved.testAccuracy ?? 0, 2) }] : null);
    this.setAlert(state?.status === 'ended' && state.message ? [state.message.key, state.message.params] : null);
  }

  setStatus(status: Message | null): void {
    this.status = status;
    this.statusLine.textContent = status ? t(...status) : '';
  }

  setAlert(alert: Message | null): void {
    this.alert = alert;
    this.alertLine.textContent = alert ? t(...alert) : '';
  }

  /** What the tutorial says about the prediction: `right` or not. */
  setGuessNote(note: Message | null, right?: boolean): void {
    this.guessNote = note;
    this.guessLine.textContent = note ? t(...note) : '';
    if (right === undefined) delete this.guessLine.dataset.result;
    else this.guessLine.dataset.result = right ? 'right' : 'wrong';
  }

  focusGuessNote(): void {
    this.guessLine.focus();
  }

  translate(): void {
    this.statusLine.textContent = this.status ? t(...this.status) : '';
    this.alertLine.textContent = this.alert ? t(...this.alert) : '';
    this.guessLine.textContent = this.guessNote ? t(...this.guessNote) : '';
  }
}

/** The status line of the notebook model's long run. */
function longRunStatus(state: LongRunState): Message | null {
  const left = state.secondsLeft === null ? t('stepChannelMax.timeUnknown') : t('stepChannelMax.timeLeft', { minutes: Math.max(1, Math.round(state.secondsLeft / 60)) });
  const progress = { epoch: state.epoch, epochs: state.epochs, left };
  switch (state.status) {
    case 'building':
      return ['training.statusBuilding'];
    case 'training':
      return ['stepChannelMax.statusLongRun', progress];
    case 'waiting':
      return ['stepChannelMax.statusWaiting', progress];
    case 'testing':
      return ['training.statusTesting'];
    case 'done':
      return ['stepChannelMax.statusDone', { acc: formatPercent(state.model?.testAccuracy ?? 0, 2), errors: state.model?.testErrors ?? 0, epochs: state.epochs }];
    default:
      return null;
  }
}
