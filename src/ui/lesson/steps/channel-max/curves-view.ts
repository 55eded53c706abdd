// Both learning curves of "A custom layer": the validation accuracy of the learner's first network
// (step "Train it") and of the notebook model (its tutorial-length run, live), epoch by epoch,
// with the tutorial's end points as dashed lines; the same numbers in a table for screen readers.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import { RunsChart } from '../../../views/charts/runs-chart';
import { formatPercent } from '../../../views/format';
import { TUTORIAL } from './model';

export class CurvesView {
  readonly element: HTMLElement;
  private readonly chartHost = h('div', { class: 'lt-chart-host' });
  private readonly body = h('tbody');
  private chart?: RunsChart;
  private first: readonly number[] = [];
  private notebook: readonly number[] = [];
  private epochs = 1;

  constructor(texts: BoundTexts) {
    const th = (key: Parameters<BoundTexts['set']>[1]) => texts.set(h('th', { scope: 'col' }), key);
    this.element = h(
      'figure',
      { class: 'lv-figure lt-panel', id: 'cmax-curves', 'aria-labelledby': 'cmax-curves-caption' },
      texts.set(h('figcaption', { id: 'cmax-curves-caption' }), 'stepChannelMax.curvesCaption', { first: TUTORIAL.first * 100, notebook: TUTORIAL.notebook * 100 }),
      this.chartHost,
      h(
        'table',
        { class: 'lt-table', id: 'cmax-curves-table' },
        texts.set(h('caption'), 'stepChannelMax.curvesTableCaption'),
        h('thead', {}, h('tr', {}, th('stepChannelMax.columnEpoch'), th('stepChannelMax.rowFirstShort'), th('stepChannelMax.rowNotebookShort'))),
        this.body,
      ),
    );
  }

  /** Creates the chart (its host must be in the page to know its width). */
  prepare(): void {
    this.chart = new RunsChart(this.chartHost);
  }

  /** Validation accuracy per epoch (0..1) of the first network and the notebook model; `epochs`: the notebook run's length. */
  show(first: readonly number[], notebook: readonly number[], epochs: number): void {
    this.first = first;
    this.notebook = notebook;
    this.epochs = epochs;
    this.render();
  }

  /** Redraws in the current language. */
  render(): void {
    this.chart?.show(
      [
        { label: t('stepChannelMax.rowFirstShort'), values: this.first },
        { label: t('stepChannelMax.rowNotebookShort'), values: this.notebook },
      ],
      [
        { label: t('stepChannelMax.tutorialMark', { name: t('stepChannelMax.rowFirstShort'), acc: formatPercent(TUTORIAL.first, 1) }), value: TUTORIAL.first, curve: 0 },
        { label: t('stepChannelMax.tutorialMark', { name: t('stepChannelMax.rowNotebookShort'), acc: formatPercent(TUTORIAL.notebook, 1) }), value: TUTORIAL.notebook, curve: 1 },
      ],
      this.epochs,
    );
    const rows = Math.max(this.first.length, this.notebook.length);
    const cell = (v: number | undefined) => h('td', {}, v === undefined ? '–' : formatPercent(v));
    this.body.replaceChildren(...Array.from({ length: rows }, (_, i) => h('tr', { 'data-epoch': i + 1 }, h('th', { scope: 'row' }, String(i + 1)), cell(this.first[i]), cell(this.notebook[i]))));
  }

  destroy(): void {
    this.chart?.destroy();
  }
}
