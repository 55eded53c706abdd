// What the learner's comparison shows: a params-vs-accuracy scatter (numbered as the table rows)
// and a discussion of their numbers against the tutorial's finding, with a note on the budget.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import { ParamsScatter } from '../../../views/charts/params-scatter';
import { formatPercent } from '../../../views/format';
import { architectureLabel } from './compare-table';
import { comparisonFindings, type ComparisonResult } from './model';

export class CompareResults {
  readonly chartFigure = h('figure', { class: 'lt-panel lt-figure', 'aria-labelledby': 'compare-chart-caption', hidden: true });
  readonly discussion = h('section', { class: 'lt-panel lt-discussion', 'aria-labelledby': 'compare-discussion-heading', hidden: true });
  readonly discussionHeading = h('h3', { id: 'compare-discussion-heading', tabindex: -1 });
  private readonly chartCaption = h('figcaption', { id: 'compare-chart-caption' });
  private readonly chartHost = h('div', { class: 'lt-chart-host' });
  private readonly findings = h('ul', { class: 'lt-findings', id: 'compare-findings' });
  private readonly budgetNote = h('p', { class: 'lt-hint', id: 'compare-budget-note' });
  private chart?: ParamsScatter;

  constructor(texts: BoundTexts) {
    this.chartFigure.append(this.chartCaption, this.chartHost);
    this.discussion.append(texts.set(this.discussionHeading, 'stepCompare.discussionHeading'), texts.set(h('p'), 'stepCompare.tutorialFinding'), this.findings, this.budgetNote);
  }

  /** Creates the chart (its host must be in the page to know its width). */
  prepare(): void {
    this.chart = new ParamsScatter(this.chartHost);
  }

  /** `results` in table order; `number(preset)` is its row's number; `trainCount`: the training images there are. */
  render(results: readonly ComparisonResult[], number: (preset: string) => number, trainCount: number): void {
    this.chartFigure.hidden = results.length === 0;
    if (results.length > 0) {
      this.chart?.show(results.map((r) => ({ number: number(r.preset), label: architectureLabel(r.preset), params: r.params, accuracy: r.testAccuracy })));
      const best = results.reduce((a, b) => (b.testAccuracy > a.testAccuracy ? b : a));
      this.chartCaption.textContent = t('stepCompare.scatterCaption', { count: results.length, best: architectureLabel(best.preset), acc: formatPercent(best.testAccuracy) });
    }
    const findings = comparisonFindings(results, architectureLabel);
    this.discussion.hidden = findings.length === 0;
    this.findings.replaceChildren(...findings.map((f) => h('li', { 'data-finding': f.key.replace('stepCompare.', '') }, t(f.key, f.params))));
    const budgets = new Set(results.map((r) => `${r.epochs}/${r.trainImages}`));
    const first = results[0];
    this.budgetNote.textContent = !first
      ? ''
      : budgets.size > 1
        ? t('stepCompare.budgetNoteMixed')
        : t(first.trainImages >= trainCount ? 'stepCompare.budgetNoteFull' : 'stepCompare.budgetNoteQuick', { epochs: first.epochs, images: first.trainImages });
  }

  destroy(): void {
    this.chart?.destroy();
  }
}
