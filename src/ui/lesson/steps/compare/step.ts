// "Compare architectures": the tutorial's comparison table, filled in by the learner's own runs.
// The comparison presets train one after another through the training owner, each on all the
// training images for the same number of epochs (budgets.ts: enough for the tutorial's winner to
// come out first); the time it takes is said before it starts and counted down while it runs.
// Each row shows its progress, then the layers, trainable parameters, test accuracy and time. A
// params-vs-accuracy scatter (log x) and a discussion computed from the learner's rows set the
// tutorial's finding against their numbers. Results are saved in the lesson progress.
import { COMPARISON_PRESETS, preset } from '../../../../shared/presets';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import type { MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { LessonContext, LessonStep } from '../../step';
import { architectureLabel, CompareTable, type Row, type RowState } from './compare-table';
import { BudgetPanel } from './budget-panel';
import { compareBudget, rowSeconds, scaledSpeed, tableSeconds, type Budget, type ComparisonPreset } from './budgets';
import { bestResult, isResult, orderRows, STEP_POINTS, TUTORIAL_BEST_PRESET, type ComparisonResult } from './model';
import { CompareResults } from './results-view';
import { comparisonRequest, rowEnd } from './run';
import type { TrainingRun } from '../../../training/training-run';
import '../shared.css';
import './step.css';

const RESULTS_KEY = 'compare.results';

class CompareStep implements LessonStep {
  readonly id = 'compare';
  readonly titleKey = 'stepCompare.title';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private context!: LessonContext;
  private readonly budgetPanel = new BudgetPanel(this.texts);
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
  private run: TrainingRun | null = null;

  constructor() {
    const texts = this.texts;
    this.budgetPanel.onChange(() => this.showPlan());
    this.startButton.addEventListener('click', () => void this.runAll());
    this.stopButton.addEventListener('click', () => this.stop());
    this.clearButton.addEventListener('click', () => this.clear());
    this.element = h(
      'div',
      { class: 'lt-step lt-compare' },
      texts.set(h('p', { class: 'lt-intro' }), 'stepCompare.intro'),
      this.budgetPanel.element,
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
    this.budgetPanel.quickMode = context.quickMode;
    const saved = context.progress.get<ComparisonResult[]>(RESULTS_KEY);
    this.saved = Array.isArray(saved) ? orderRows(saved.filter(isResult), COMPARISON_PRESETS) : [];
    this.budgetPanel.chosenFull = !context.quickMode && this.saved.some((r) => r.epochs > compareBudget(r.preset as ComparisonPreset, false).epochs);
    this.showPlan();
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
    this.disposed = true;
    this.run?.cancel();
  }

  destroy(): void {
    this.disposed = true;
    this.run?.cancel();
    this.results.destroy();
  }

  private result(name: string): ComparisonResult | undefined {
    return this.saved.find((r) => r.preset === name);
  }

  private budget(name: string): Budget {
    return compareBudget(name as ComparisonPreset, this.budgetPanel.isFull(this.context.quickMode));
  }

  /** Before training: how long the rows still to train take on this device (from its measured speed). */
  private showPlan(): void {
    const todo = this.table.rows.filter((row) => !this.result(row.preset));
    const known = todo.every((row) => this.context.budget(preset(row.preset)!).secondsPerImage !== null);
    const seconds = known ? tableSeconds(todo.map((row) => ({ preset: row.preset, budget: this.budget(row.preset) })), (spec) => this.context.budget(spec).secondsPerImage!) : null;
    this.budgetPanel.showPlan(todo.length, seconds);
  }

  /** While row `current` trains at `imagesPerSecond`: the time left for it (`done` of its work) and the rows after it. */
  private showLeft(current: Row, imagesPerSecond: number, done: number, later: readonly Row[]): void {
    const spi = scaledSpeed(preset(current.preset)!, imagesPerSecond);
    const rest = tableSeconds(later.map((row) => ({ preset: row.preset, budget: this.budget(row.preset) })), spi);
    this.budgetPanel.showLeft(rowSeconds(this.budget(current.preset), spi(preset(current.preset)!)) * (1 - done) + rest);
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
    let finished = true;
    try {
      for (const [i, row] of todo.entries()) {
        if (this.stopRequested || this.disposed) {
          finished = false;
          break;
        }
        if (!(await this.trainRow(row, this.budget(row.preset), todo.slice(i + 1)))) {
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
        this.showPlan();
        if (all) this.context.complete(STEP_POINTS);
        if (all && bestResult(this.saved)?.preset === TUTORIAL_BEST_PRESET) this.context.earn('architect');
        // The button that had focus may now be disabled or hidden: continue from the outcome.
        const active = document.activeElement as HTMLButtonElement | null;
        if (active === this.stopButton || active === this.startButton || active === document.body) (all ? this.results.discussionHeading : this.startButton).focus();
      }
    }
  }

  /** Trains, tests and records one row (`later`: the rows after it, for the time left); false when it was stopped or failed. */
  private async trainRow(row: Row, budget: Budget, later: readonly Row[]): Promise<boolean> {
    const label = architectureLabel(row.preset);
    this.texts.set(this.status, 'stepCompare.trainingRow', { n: row.number, total: this.table.rows.length, arch: label });
    row.progress.value = 0;
    const { threads } = this.context.budget(preset(row.preset)!);
    const run = this.context.training.start(
      comparisonRequest(row.preset, budget, threads, (event) => {
        if (event.type === 'phase') this.setRowState(row, event.phase);
        else if (event.type === 'batch') {
          row.progress.max = event.epochs * event.batches;
          row.progress.value = event.epoch * event.batches + event.batch;
          if (event.batch % 25 === 0) this.showLeft(row, event.samplesPerSec, row.progress.value / row.progress.max, later);
        }
      }),
    );
    this.run = run;
    const result = await run.result;
    if (this.run === run) this.run = null;
    if (result.cancelled) return false;
    const end = rowEnd(result, row.preset, row.params, Math.min(budget.trainImages, this.context.data.train.count));
    if (end.status !== 'done') {
      this.setRowState(row, end.status === 'stopped' ? 'stopped' : 'failed');
      if (end.status === 'diverged') this.setAlert('stepCompare.diverged', { arch: label });
      else if (end.status === 'crashed') {
        this.stopRequested = true;
        this.setAlert('stepCompare.crashed', end.message?.params);
      } else if (end.status === 'failed' && end.message) this.setAlert(end.message.key, end.message.params);
      return false;
    }
    this.saved = orderRows([...this.saved.filter((r) => r.preset !== row.preset), end.result], COMPARISON_PRESETS);
    this.context.progress.set(RESULTS_KEY, this.saved);
    this.setRowState(row, 'done');
    this.renderResults();
    return true;
  }

  private stop(): void {
    this.stopRequested = true;
    this.renderButtons();
    this.run?.stop();
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
    this.showPlan();
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
    this.budgetPanel.disabled = this.running;
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
