// "Compare architectures": the tutorial's comparison table, filled in by the learner's own runs.
// The comparison presets train one after another in the worker with a short epoch budget (the page
// stays responsive: the worker does the work); each row shows its progress, then the layers,
// trainable parameters, test accuracy and time. A params-vs-accuracy scatter (log x) and a
// discussion computed from the learner's rows set the tutorial's finding against their numbers.
// Results are saved in the lesson progress, so a reload shows them.
import { COMPARISON_PRESETS } from '../../../../shared/presets';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import type { MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { LessonContext, LessonStep } from '../../step';
import { architectureLabel, CompareTable, type Row, type RowState } from './compare-table';
import { FULL_COMPARE_BUDGET, isResult, orderRows, QUICK_COMPARE_BUDGET, STEP_POINTS, type Budget, type ComparisonResult } from './model';
import { CompareResults } from './results-view';
import { trainComparisonRow } from './run';
import '../shared.css';
import './step.css';

const RESULTS_KEY = 'compare.results';

class CompareStep implements LessonStep {
  readonly id = 'compare';
  readonly titleKey = 'stepCompare.title';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private context!: LessonContext;
  private readonly budgetFieldset = h('fieldset', { class: 'lt-budget' });
  private readonly budgetQuick = h('input', { type: 'radio', name: 'compare-budget', id: 'compare-budget-quick', value: 'quick' });
  private readonly budgetFull = h('input', { type: 'radio', name: 'compare-budget', id: 'compare-budget-full', value: 'full' });
  private readonly startButton = h('button', { type: 'button', class: 'button button-primary', id: 'compare-start' });
  private readonly stopButton = h('button', { type: 'button', class: 'button', id: 'compare-stop', disabled: true });
  private readonly clearButton = h('button', { type: 'button', class: 'button', id: 'compare-clear' });
  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'compare-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'compare-alert', hidden: true });
  private readonly table = new CompareTable(this.texts, COMPARISON_PRESETS);
  private readonly results = new CompareResults(this.texts);
  private saved: ComparisonResult[] = [];
  private running = false;
  private stopRequested = false;
  private disposed = false;

  constructor() {
    const texts = this.texts;
    this.budgetFieldset.append(
      texts.set(h('legend'), 'lesson.budgetLegend'),
      h('div', { class: 'lt-radio' }, this.budgetQuick, texts.set(h('label', { for: 'compare-budget-quick' }), 'stepCompare.budgetQuick', { ...QUICK_COMPARE_BUDGET })),
      h('div', { class: 'lt-radio' }, this.budgetFull, texts.set(h('label', { for: 'compare-budget-full' }), 'stepCompare.budgetFull', { ...FULL_COMPARE_BUDGET })),
    );
    this.startButton.addEventListener('click', () => void this.runAll());
    this.stopButton.addEventListener('click', () => void this.stop());
    this.clearButton.addEventListener('click', () => this.clear());
    this.element = h(
      'div',
      { class: 'lt-step lt-compare' },
      texts.set(h('p', { class: 'lt-intro' }), 'stepCompare.intro'),
      this.budgetFieldset,
      h('div', { class: 'lt-buttons' }, this.startButton, this.stopButton, this.clearButton),
      this.status,
      this.alert,
      this.table.element,
      this.results.chartFigure,
      this.results.discussion,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.results.prepare();
    this.budgetFieldset.hidden = context.quickMode;
    this.budgetQuick.checked = true;
    const saved = context.progress.get<ComparisonResult[]>(RESULTS_KEY);
    this.saved = Array.isArray(saved) ? orderRows(saved.filter(isResult), COMPARISON_PRESETS) : [];
    if (this.saved.some((r) => r.trainImages > QUICK_COMPARE_BUDGET.trainImages)) this.budgetFull.checked = true;
    for (const row of this.table.rows) row.state = this.result(row.preset) ? 'done' : 'waiting';
    if (this.saved.length === this.table.rows.length) context.complete(STEP_POINTS);
  }

  translate(): void {
    this.texts.apply();
    this.renderRows();
    this.renderButtons();
    this.renderResults();
  }

  hide(): void {
    if (this.running) void this.stop();
  }

  destroy(): void {
    this.disposed = true;
    if (this.running) void this.stop();
    this.results.destroy();
  }

  private result(name: string): ComparisonResult | undefined {
    return this.saved.find((r) => r.preset === name);
  }

  private budget(): Budget {
    return this.context.quickMode || !this.budgetFull.checked ? QUICK_COMPARE_BUDGET : FULL_COMPARE_BUDGET;
  }

  /** Trains the rows without a result, one after another, until done, stopped or crashed. */
  private async runAll(): Promise<void> {
    if (this.running) return;
    const rows = this.table.rows;
    const todo = rows.filter((row) => !this.result(row.preset));
    if (todo.length === 0) return;
    this.running = true;
    this.stopRequested = false;
    this.element.dataset.training = 'true';
    this.setAlert(null);
    for (const row of todo) this.setRowState(row, 'queued');
    this.renderButtons();
    const budget = this.budget();
    let finished = true;
    try {
      for (const row of todo) {
        if (this.stopRequested || this.disposed) {
          finished = false;
          break;
        }
        if (!(await this.trainRow(row, budget))) {
          finished = false;
          if (this.stopRequested) break;
        }
      }
    } finally {
      for (const row of rows) if (row.state === 'queued') this.setRowState(row, 'waiting');
      this.running = false;
      if (!this.disposed) {
        this.element.dataset.training = 'false';
        this.renderButtons();
        const all = this.saved.length === rows.length;
        this.texts.set(this.status, all ? 'stepCompare.done' : finished ? null : 'stepCompare.stopped', { count: this.saved.length, total: rows.length });
        if (all) this.context.complete(STEP_POINTS);
        // The button that had focus may now be disabled or hidden: continue from the outcome.
        const active = document.activeElement as HTMLButtonElement | null;
        if (active === this.stopButton || active === this.startButton || active === document.body) (all ? this.results.discussionHeading : this.startButton).focus();
      }
    }
  }

  /** Trains, tests and records one row; false when it was stopped or failed. */
  private async trainRow(row: Row, budget: Budget): Promise<boolean> {
    const label = architectureLabel(row.preset);
    this.texts.set(this.status, 'stepCompare.trainingRow', { n: row.number, total: this.table.rows.length, arch: label });
    row.progress.value = 0;
    const end = await trainComparisonRow(this.context.trainer, row.preset, budget, {
      phase: (phase) => this.setRowState(row, phase),
      batch: (event) => {
        row.progress.max = event.epochs * event.batches;
        row.progress.value = event.epoch * event.batches + event.batch;
      },
      stopRequested: () => this.stopRequested,
      cancelled: () => this.disposed,
    });
    if (!end) return false;
    if (end.status !== 'done') {
      this.setRowState(row, end.status === 'stopped' ? 'stopped' : 'failed');
      if (end.status === 'diverged') this.setAlert('stepCompare.diverged', { arch: label });
      else if (end.status === 'crashed') {
        this.stopRequested = true;
        this.setAlert('stepCompare.crashed', { detail: end.detail });
      } else if (end.status === 'failed') this.setAlert('lesson.failed', { detail: end.detail });
      return false;
    }
    const result: ComparisonResult = {
      preset: row.preset,
      params: row.params,
      testAccuracy: end.test.acc,
      testErrors: end.test.errors,
      trainSeconds: end.trainMs / 1000,
      epochs: end.epochs,
      trainImages: Math.min(budget.trainImages, this.context.data.train.count),
    };
    this.saved = orderRows([...this.saved.filter((r) => r.preset !== row.preset), result], COMPARISON_PRESETS);
    this.context.progress.set(RESULTS_KEY, this.saved);
    this.setRowState(row, 'done');
    this.renderResults();
    return true;
  }

  private async stop(): Promise<void> {
    this.stopRequested = true;
    this.renderButtons();
    await this.context.trainer.call((r) => r.stop()).catch(() => {});
  }

  private clear(): void {
    if (this.running) return;
    this.saved = [];
    this.context.progress.set(RESULTS_KEY, []);
    for (const row of this.table.rows) {
      row.progress.value = 0;
      this.setRowState(row, 'waiting');
    }
    this.texts.set(this.status, null);
    this.renderButtons();
    this.renderResults();
    this.startButton.focus();
  }

  private setAlert(key: MessageKey | null, params?: MessageParams): void {
    this.texts.set(this.alert, key, params);
    this.alert.hidden = !key;
  }

  private setRowState(row: Row, state: RowState): void {
    row.state = state;
    this.table.renderRow(row, this.result(row.preset), this.running);
  }

  private renderRows(): void {
    for (const row of this.table.rows) this.table.renderRow(row, this.result(row.preset), this.running);
  }

  private renderButtons(): void {
    const done = this.saved.length;
    const all = done === this.table.rows.length;
    this.startButton.disabled = this.running || all;
    this.startButton.hidden = all && !this.running;
    this.stopButton.disabled = !this.running || this.stopRequested;
    this.clearButton.disabled = this.running || done === 0;
    this.budgetQuick.disabled = this.budgetFull.disabled = this.running;
    this.texts.set(this.startButton, done === 0 || all ? 'stepCompare.start' : 'stepCompare.startRemaining');
    this.texts.set(this.stopButton, 'lesson.stop');
    this.texts.set(this.clearButton, 'stepCompare.clear');
  }

  private renderResults(): void {
    const number = (preset: string) => this.table.rows.find((row) => row.preset === preset)!.number;
    this.results.render(this.saved, number, this.context.data.train.count);
    this.renderRows();
  }
}

export function createCompareStep(): LessonStep {
  return new CompareStep();
}
