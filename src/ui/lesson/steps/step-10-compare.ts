// Step 10 "Compare architectures": the tutorial's comparison table, filled in by the learner's own
// runs. The comparison presets train one after another in the worker with a short epoch budget
// (the page stays responsive: the worker does the work); each row shows its progress, then the
// layers, trainable parameters, test accuracy and time. A params-vs-accuracy scatter (log x) and
// a discussion computed from the learner's rows set the tutorial's finding against their numbers.
// Results are saved in the lesson progress, so a reload shows them.
import { planModel } from '../../../shared/plan';
import { COMPARISON_PRESETS, preset } from '../../../shared/presets';
import type { TrainingEvent } from '../../../shared/worker-protocol';
import { WorkerCrashedError } from '../../../worker/bridge';
import { h } from '../../framework/dom';
import { t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { ParamsScatter } from '../charts/params-scatter';
import { architectureKeys, comparisonFindings, orderRows, type ComparisonResult } from '../logic/comparison';
import type { LessonContext, LessonStep } from '../step';
import { BoundTexts, formatPercent, formatSeconds } from './training-dom';
import '../training.css';

const BATCH_SIZE = 128;
const SEED = 1;
/** Quick: the whole table in about a minute (Chromium, one worker; the two-conv rows dominate). */
export const QUICK_COMPARE_BUDGET = { epochs: 2, trainImages: 12_000 } as const;
export const FULL_COMPARE_BUDGET = { epochs: 2, trainImages: 60_000 } as const;
const STEP_POINTS = 15;
const RESULTS_KEY = 'compare.results';

type Budget = { epochs: number; trainImages: number };
type RowState = 'waiting' | 'queued' | 'building' | 'training' | 'testing' | 'done' | 'stopped' | 'failed';

const STATE_KEYS: Record<RowState, MessageKey> = {
  waiting: 'lessonTraining.rowWaiting',
  queued: 'lessonTraining.rowQueued',
  building: 'lessonTraining.rowBuilding',
  training: 'lessonTraining.rowTraining',
  testing: 'lessonTraining.rowTesting',
  done: 'lessonTraining.rowDone',
  stopped: 'lessonTraining.rowStopped',
  failed: 'lessonTraining.rowFailed',
};

interface Row {
  preset: string;
  number: number;
  params: number;
  element: HTMLTableRowElement;
  architecture: HTMLElement;
  accuracy: HTMLElement;
  time: HTMLElement;
  progress: HTMLProgressElement;
  state: HTMLElement;
  stateKey: RowState;
}

/** "Conv → MaxPool → Logistic" in the current language. */
export function architectureLabel(name: string): string {
  return architectureKeys(preset(name)!)
    .map((key) => t(key))
    .join(' → ');
}

class CompareStep implements LessonStep {
  readonly id = 'compare';
  readonly titleKey: MessageKey = 'lessonTraining.compareTitle';
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
  private readonly tableBody = h('tbody');
  private readonly chartFigure = h('figure', { class: 'lt-panel lt-figure', 'aria-labelledby': 'compare-chart-caption', hidden: true });
  private readonly chartCaption = h('figcaption', { id: 'compare-chart-caption' });
  private readonly chartHost = h('div', { class: 'lt-chart-host' });
  private readonly discussion = h('section', { class: 'lt-panel lt-discussion', 'aria-labelledby': 'compare-discussion-heading', hidden: true });
  private readonly findingsList = h('ul', { class: 'lt-findings', id: 'compare-findings' });
  private readonly discussionHeading = h('h3', { id: 'compare-discussion-heading', tabindex: -1 });
  private readonly budgetNote = h('p', { class: 'lt-hint', id: 'compare-budget-note' });

  private chart!: ParamsScatter;
  private rows: Row[] = [];
  private results: ComparisonResult[] = [];
  private running = false;
  private stopRequested = false;
  private disposed = false;

  constructor() {
    const texts = this.texts;
    const th = (key: MessageKey) => texts.set(h('th', { scope: 'col' }), key);
    this.budgetFieldset.append(
      texts.set(h('legend'), 'lessonTraining.budgetLegend'),
      h('div', { class: 'lt-radio' }, this.budgetQuick, texts.set(h('label', { for: 'compare-budget-quick' }), 'lessonTraining.compareBudgetQuick', { ...QUICK_COMPARE_BUDGET })),
      h('div', { class: 'lt-radio' }, this.budgetFull, texts.set(h('label', { for: 'compare-budget-full' }), 'lessonTraining.compareBudgetFull', { ...FULL_COMPARE_BUDGET })),
    );
    this.startButton.addEventListener('click', () => void this.runAll());
    this.stopButton.addEventListener('click', () => void this.stop());
    this.clearButton.addEventListener('click', () => this.clear());

    this.rows = COMPARISON_PRESETS.map((name, i) => {
      const params = planModel(preset(name)!).totalParams;
      const architecture = h('th', { scope: 'row', class: 'lt-arch' });
      const accuracy = h('td', { class: 'lt-num' }, '–');
      const time = h('td', { class: 'lt-num' }, '–');
      const progress = h('progress', { max: 1, value: 0, class: 'lt-row-progress' });
      const state = h('span', { class: 'lt-row-state' });
      const element = h(
        'tr',
        { 'data-preset': name },
        h('td', { class: 'lt-num' }, String(i + 1)),
        architecture,
        h('td', { class: 'lt-num', 'data-params': params }),
        accuracy,
        time,
        h('td', { class: 'lt-row-status' }, progress, state),
      );
      return { preset: name, number: i + 1, params, element, architecture, accuracy, time, progress, state, stateKey: 'waiting' as RowState };
    });
    this.tableBody.append(...this.rows.map((r) => r.element));

    this.chartFigure.append(this.chartCaption, this.chartHost);
    this.discussion.append(
      texts.set(this.discussionHeading, 'lessonTraining.discussionHeading'),
      texts.set(h('p'), 'lessonTraining.tutorialFinding'),
      this.findingsList,
      this.budgetNote,
    );

    this.element = h(
      'div',
      { class: 'lt-step lt-compare' },
      texts.set(h('p', { class: 'lt-intro' }), 'lessonTraining.compareIntro'),
      this.budgetFieldset,
      h('div', { class: 'lt-buttons' }, this.startButton, this.stopButton, this.clearButton),
      this.status,
      this.alert,
      h(
        'div',
        { class: 'lt-table-scroll', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: 0 },
        h(
          'table',
          { class: 'lt-table lt-compare-table', id: 'compare-table' },
          texts.set(h('caption', { id: 'compare-caption' }), 'lessonTraining.compareCaption'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              texts.set(h('th', { scope: 'col' }), 'lessonTraining.columnNumber'),
              th('lessonTraining.columnArchitecture'),
              th('lessonTraining.columnParams'),
              th('lessonTraining.columnTestAcc'),
              th('lessonTraining.columnTrainTime'),
              th('lessonTraining.columnStatus'),
            ),
          ),
          this.tableBody,
        ),
      ),
      this.chartFigure,
      this.discussion,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.chart = new ParamsScatter(this.chartHost);
    this.budgetFieldset.hidden = context.quickMode;
    this.budgetQuick.checked = true;
    const saved = context.progress.get<ComparisonResult[]>(RESULTS_KEY);
    this.results = Array.isArray(saved) ? orderRows(saved.filter(isResult), COMPARISON_PRESETS) : [];
    if (this.results.some((r) => r.trainImages > QUICK_COMPARE_BUDGET.trainImages)) this.budgetFull.checked = true;
    for (const row of this.rows) row.stateKey = this.result(row.preset) ? 'done' : 'waiting';
    if (this.results.length === this.rows.length) context.complete(STEP_POINTS);
  }

  translate(): void {
    this.texts.apply();
    for (const row of this.rows) this.renderRow(row);
    this.renderButtons();
    this.renderResults();
  }

  hide(): void {
    if (this.running) void this.stop();
  }

  destroy(): void {
    this.disposed = true;
    if (this.running) void this.stop();
    this.chart.destroy();
  }

  private result(name: string): ComparisonResult | undefined {
    return this.results.find((r) => r.preset === name);
  }

  private budget(): Budget {
    return this.context.quickMode || !this.budgetFull.checked ? QUICK_COMPARE_BUDGET : FULL_COMPARE_BUDGET;
  }

  // ——— training ———

  private async runAll(): Promise<void> {
    if (this.running) return;
    const todo = this.rows.filter((row) => !this.result(row.preset));
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
        const ok = await this.trainRow(row, budget);
        if (!ok) {
          finished = false;
          if (this.stopRequested) break;
        }
      }
    } finally {
      for (const row of this.rows) if (row.stateKey === 'queued') this.setRowState(row, 'waiting');
      this.running = false;
      if (!this.disposed) {
        this.element.dataset.training = 'false';
        this.renderButtons();
        const all = this.results.length === this.rows.length;
        this.texts.set(this.status, all ? 'lessonTraining.compareDone' : finished ? null : 'lessonTraining.compareStopped', { count: this.results.length, total: this.rows.length });
        if (all) this.context.complete(STEP_POINTS);
        // The button that had focus may now be disabled or hidden: continue from the outcome.
        const active = document.activeElement as HTMLButtonElement | null;
        if (active === this.stopButton || active === this.startButton || active === document.body) (all ? this.discussionHeading : this.startButton).focus();
      }
    }
  }

  /** Trains, tests and records one row; false when it was stopped or failed. */
  private async trainRow(row: Row, budget: Budget): Promise<boolean> {
    const { trainer } = this.context;
    const label = architectureLabel(row.preset);
    this.texts.set(this.status, 'lessonTraining.compareTrainingRow', { n: row.number, total: this.rows.length, arch: label });
    let trainMs = 0;
    try {
      this.setRowState(row, 'building');
      row.progress.value = 0;
      await trainer.call((r) => r.stop());
      await trainer.call((r) => r.build(preset(row.preset)!, { seed: SEED, batchSize: BATCH_SIZE }));
      if (this.stopRequested || this.disposed) {
        this.setRowState(row, 'stopped');
        return false;
      }
      this.setRowState(row, 'training');
      const onEvent = (event: TrainingEvent) => {
        if (event.type === 'batch') {
          row.progress.max = event.epochs * event.batches;
          row.progress.value = event.epoch * event.batches + event.batch;
        } else if (event.type === 'epochEnd') {
          trainMs += event.logs.timeMs;
        }
      };
      const outcome = await trainer.train({ epochs: budget.epochs, batchSize: BATCH_SIZE, validationSplit: 0.1, trainLimit: budget.trainImages }, onEvent);
      if (this.disposed) return false;
      if (outcome.status === 'stopped' || this.stopRequested) {
        this.setRowState(row, 'stopped');
        return false;
      }
      if (outcome.status === 'diverged') {
        this.setRowState(row, 'failed');
        this.setAlert('lessonTraining.compareDiverged', { arch: label });
        return false;
      }
      this.setRowState(row, 'testing');
      const report = await trainer.call((r) => r.evaluateTest());
      if (this.disposed) return false;
      const result: ComparisonResult = {
        preset: row.preset,
        params: row.params,
        testAccuracy: report.acc,
        testErrors: report.errors,
        trainSeconds: trainMs / 1000,
        epochs: outcome.history.loss.length,
        trainImages: Math.min(budget.trainImages, this.context.data.train.count),
      };
      this.results = orderRows([...this.results.filter((r) => r.preset !== row.preset), result], COMPARISON_PRESETS);
      this.context.progress.set(RESULTS_KEY, this.results);
      this.setRowState(row, 'done');
      this.renderResults();
      return true;
    } catch (error) {
      if (this.disposed) return false;
      this.setRowState(row, 'failed');
      if (error instanceof WorkerCrashedError) {
        this.stopRequested = true;
        this.setAlert('lessonTraining.compareCrashed', { detail: error.message });
      } else {
        this.setAlert('lessonTraining.failed', { detail: String((error as Error)?.message ?? error) });
      }
      return false;
    }
  }

  private async stop(): Promise<void> {
    this.stopRequested = true;
    this.renderButtons();
    await this.context.trainer.call((r) => r.stop()).catch(() => {});
  }

  private clear(): void {
    if (this.running) return;
    this.results = [];
    this.context.progress.set(RESULTS_KEY, []);
    for (const row of this.rows) {
      row.progress.value = 0;
      this.setRowState(row, 'waiting');
    }
    this.texts.set(this.status, null);
    this.renderButtons();
    this.renderResults();
    this.startButton.focus();
  }

  // ——— views ———

  private setAlert(key: MessageKey | null, params?: MessageParams): void {
    this.texts.set(this.alert, key, params);
    this.alert.hidden = !key;
  }

  private setRowState(row: Row, state: RowState): void {
    row.stateKey = state;
    this.renderRow(row);
  }

  private renderRow(row: Row): void {
    const label = architectureLabel(row.preset);
    row.architecture.textContent = label;
    (row.element.children[2] as HTMLElement).textContent = t('lessonTraining.paramsValue', { count: row.params });
    const result = this.result(row.preset);
    row.accuracy.textContent = result ? formatPercent(result.testAccuracy) : '–';
    row.time.textContent = result ? formatSeconds(result.trainSeconds * 1000) : '–';
    if (result) row.element.dataset.testAccuracy = String(result.testAccuracy);
    else delete row.element.dataset.testAccuracy;
    row.element.dataset.state = row.stateKey;
    row.state.textContent = t(STATE_KEYS[row.stateKey]);
    if (row.stateKey === 'done') row.progress.value = row.progress.max;
    row.progress.hidden = row.stateKey === 'waiting' || row.stateKey === 'queued' || (row.stateKey === 'done' && !this.running && row.progress.value === 0);
    row.progress.setAttribute('aria-label', t('lessonTraining.rowProgressLabel', { arch: label }));
  }

  private renderButtons(): void {
    const done = this.results.length;
    const all = done === this.rows.length;
    this.startButton.disabled = this.running || all;
    this.startButton.hidden = all && !this.running;
    this.stopButton.disabled = !this.running || this.stopRequested;
    this.clearButton.disabled = this.running || done === 0;
    this.budgetQuick.disabled = this.budgetFull.disabled = this.running;
    this.texts.set(this.startButton, done === 0 || all ? 'lessonTraining.compareStart' : 'lessonTraining.compareContinue');
    this.texts.set(this.stopButton, 'lessonTraining.stop');
    this.texts.set(this.clearButton, 'lessonTraining.compareClear');
  }

  private renderResults(): void {
    const results = this.results;
    this.chartFigure.hidden = results.length === 0;
    if (results.length > 0) {
      this.chart.show(results.map((r) => ({ number: this.rows.find((row) => row.preset === r.preset)!.number, label: architectureLabel(r.preset), params: r.params, accuracy: r.testAccuracy })));
      const best = results.reduce((a, b) => (b.testAccuracy > a.testAccuracy ? b : a));
      this.chartCaption.textContent = t('lessonTraining.scatterCaption', { count: results.length, best: architectureLabel(best.preset), acc: formatPercent(best.testAccuracy) });
    }
    const findings = comparisonFindings(results, architectureLabel);
    this.discussion.hidden = findings.length === 0;
    this.findingsList.replaceChildren(...findings.map((f) => h('li', { 'data-finding': f.key.replace('lessonTraining.', '') }, t(f.key, f.params))));
    const budgets = new Set(results.map((r) => `${r.epochs}/${r.trainImages}`));
    const first = results[0];
    this.budgetNote.textContent = !first
      ? ''
      : budgets.size > 1
        ? t('lessonTraining.budgetNoteMixed')
        : t(first.trainImages >= this.context.data.train.count ? 'lessonTraining.budgetNoteFull' : 'lessonTraining.budgetNoteQuick', { epochs: first.epochs, images: first.trainImages });
    for (const row of this.rows) this.renderRow(row);
  }
}

function isResult(value: unknown): value is ComparisonResult {
  const r = value as ComparisonResult;
  return (
    typeof r === 'object' && r !== null && typeof r.preset === 'string' && (COMPARISON_PRESETS as readonly string[]).includes(r.preset) &&
    [r.params, r.testAccuracy, r.testErrors, r.trainSeconds, r.epochs, r.trainImages].every((x) => typeof x === 'number' && Number.isFinite(x))
  );
}

export function createCompareStep(): LessonStep {
  return new CompareStep();
}
