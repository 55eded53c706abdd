// How much "Compare architectures" trains (default or full: the choice shows when quick mode is
// off) and how long it will take: before it starts, from the device's measured speed; while it
// trains, from the speed measured on the row in progress.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { ALL_IMAGES, DEFAULT_EPOCHS, FULL_EPOCHS } from './budgets';

export class BudgetPanel {
  readonly element: HTMLElement;
  private readonly fieldset = h('fieldset', { class: 'lt-budget' });
  private readonly quick = h('input', { type: 'radio', name: 'compare-budget', id: 'compare-budget-quick', value: 'quick', checked: true });
  private readonly full = h('input', { type: 'radio', name: 'compare-budget', id: 'compare-budget-full', value: 'full' });
  private readonly estimate = h('p', { class: 'lt-estimate', id: 'compare-estimate', 'aria-live': 'off' });

  constructor(private readonly texts: BoundTexts) {
    this.fieldset.append(
      texts.set(h('legend'), 'lesson.budgetLegend'),
      h('div', { class: 'lt-radio' }, this.quick, texts.set(h('label', { for: 'compare-budget-quick' }), 'stepCompare.budgetQuick', { epochs: DEFAULT_EPOCHS, trainImages: ALL_IMAGES })),
      h('div', { class: 'lt-radio' }, this.full, texts.set(h('label', { for: 'compare-budget-full' }), 'stepCompare.budgetFull', { epochs: FULL_EPOCHS, trainImages: ALL_IMAGES })),
    );
    this.element = h('div', { class: 'lt-budget-panel' }, this.fieldset, this.estimate);
  }

  /** Quick mode (the lesson's default) trains the default budget: no choice to make. */
  set quickMode(on: boolean) {
    this.fieldset.hidden = on;
  }

  /** Full mode chosen (never in quick mode). */
  isFull(quickMode: boolean): boolean {
    return !quickMode && this.full.checked;
  }

  set chosenFull(full: boolean) {
    this.full.checked = full;
    this.quick.checked = !full;
  }

  set disabled(disabled: boolean) {
    this.quick.disabled = this.full.disabled = disabled;
  }

  onChange(listener: () => void): void {
    this.quick.addEventListener('change', listener);
    this.full.addEventListener('change', listener);
  }

  /** Before training: the time the `count` rows to train take (null: not measured yet); 0 rows: nothing. */
  showPlan(count: number, seconds: number | null): void {
    if (count === 0) this.texts.set(this.estimate, null);
    else if (seconds === null) this.texts.set(this.estimate, 'stepCompare.estimateUnknown', { count });
    else this.texts.set(this.estimate, 'stepCompare.estimatePlan', { count, minutes: minutes(seconds) });
    this.estimate.dataset.seconds = seconds === null ? '' : String(Math.round(seconds));
  }

  /** While training: the time left, from the speed measured so far. */
  showLeft(seconds: number): void {
    this.texts.set(this.estimate, 'stepCompare.estimateLeft', { minutes: minutes(seconds) });
    this.estimate.dataset.secondsLeft = String(Math.round(seconds));
  }
}

/** Whole minutes, at least 1. */
const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));
