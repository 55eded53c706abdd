// The form of "Train it": the learner's guess of the test accuracy, how much to train (quick or
// full, hidden in quick mode), and train / pause / stop / retry.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { FULL_BUDGET, QUICK_BUDGET, type Budget } from './model';

export interface TrainFormListener {
  train(): void;
  pause(): void;
  stop(): void;
  retry(): void;
}

/** What the buttons say and allow. */
export interface TrainFormState {
  running: boolean;
  paused: boolean;
  /** A network was trained (the start button says "Train again"). */
  trained: boolean;
  /** The worker is gone (retry starts a new one). */
  crashed: boolean;
}

export class TrainForm {
  readonly element: HTMLFormElement;
  readonly guessInput = h('input', { type: 'number', id: 'train-guess', name: 'guess', min: 10, max: 100, step: 'any', inputmode: 'decimal', required: true, 'aria-describedby': 'train-guess-hint' });
  readonly retryButton = h('button', { type: 'button', class: 'button', id: 'train-retry', hidden: true });
  private readonly budgetFieldset = h('fieldset', { class: 'lt-budget' });
  private readonly budgetQuick = h('input', { type: 'radio', name: 'train-budget', id: 'train-budget-quick', value: 'quick' });
  private readonly budgetFull = h('input', { type: 'radio', name: 'train-budget', id: 'train-budget-full', value: 'full' });
  private readonly startButton = h('button', { type: 'submit', class: 'button button-primary', id: 'train-start' });
  private readonly pauseButton = h('button', { type: 'button', class: 'button', id: 'train-pause', disabled: true });
  private readonly stopButton = h('button', { type: 'button', class: 'button', id: 'train-stop', disabled: true });

  constructor(
    private readonly texts: BoundTexts,
    on: TrainFormListener,
  ) {
    this.element = h(
      'form',
      { class: 'lt-form', novalidate: true },
      h(
        'div',
        { class: 'lt-guess' },
        texts.set(h('label', { for: 'train-guess' }), 'stepTrain.guessLabel'),
        h('span', { class: 'lt-guess-input' }, this.guessInput, h('span', { 'aria-hidden': 'true' }, '%')),
        texts.set(h('p', { id: 'train-guess-hint', class: 'lt-hint' }), 'stepTrain.guessHint'),
      ),
      this.budgetFieldset,
      h('div', { class: 'lt-buttons' }, this.startButton, this.pauseButton, this.stopButton, this.retryButton),
    );
    this.budgetFieldset.append(
      texts.set(h('legend'), 'lesson.budgetLegend'),
      h('div', { class: 'lt-radio' }, this.budgetQuick, texts.set(h('label', { for: 'train-budget-quick' }), 'stepTrain.budgetQuick', { ...QUICK_BUDGET })),
      h('div', { class: 'lt-radio' }, this.budgetFull, texts.set(h('label', { for: 'train-budget-full' }), 'stepTrain.budgetFull', { ...FULL_BUDGET })),
    );
    this.budgetQuick.checked = true;
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      on.train();
    });
    this.pauseButton.addEventListener('click', () => on.pause());
    this.stopButton.addEventListener('click', () => on.stop());
    this.retryButton.addEventListener('click', () => on.retry());
  }

  /** Quick mode trains on a subset anyway: no budget to choose. */
  set quickMode(quick: boolean) {
    this.budgetFieldset.hidden = quick;
  }

  /** The chosen budget (quick in quick mode). */
  budget(quickMode: boolean): Budget {
    return quickMode || !this.budgetFull.checked ? QUICK_BUDGET : FULL_BUDGET;
  }

  /** Shows `budget` as chosen (a network trained earlier). */
  set chosen(budget: Budget) {
    if (budget === FULL_BUDGET) this.budgetFull.checked = true;
  }

  /** The guess in percent (10–100), or null (then the field is marked invalid). */
  guess(): number | null {
    const value = this.guessInput.valueAsNumber;
    const ok = Number.isFinite(value) && value >= 10 && value <= 100;
    this.guessInput.setAttribute('aria-invalid', String(!ok));
    return ok ? value : null;
  }

  render({ running, paused, trained, crashed }: TrainFormState): void {
    this.startButton.disabled = running;
    this.guessInput.disabled = running;
    this.budgetQuick.disabled = this.budgetFull.disabled = running;
    this.pauseButton.disabled = !running;
    this.stopButton.disabled = !running;
    this.texts.set(this.startButton, trained ? 'stepTrain.trainAgain' : 'stepTrain.start');
    this.texts.set(this.pauseButton, paused ? 'stepTrain.resume' : 'stepTrain.pause');
    this.texts.set(this.stopButton, 'lesson.stop');
    this.texts.set(this.retryButton, crashed ? 'stepTrain.restartAndRetry' : 'lesson.retry');
  }
}
