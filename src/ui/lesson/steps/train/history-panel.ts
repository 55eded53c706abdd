// Keras' History of the run, live: a chart of accuracy and loss per epoch (training solid,
// validation dashed) and the same numbers in a table, with each epoch's wall time.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import type { MessageKey } from '../../../i18n/messages';
import { HistoryChart, type EpochHistory } from '../../../views/charts/history-chart';
import { formatFixed, formatPercent } from '../../../views/format';

export class HistoryPanel {
  readonly element: HTMLElement;
  private readonly chartHost = h('div', { class: 'lt-chart-host' });
  private readonly body = h('tbody');
  private chart?: HistoryChart;
  private history: EpochHistory = { loss: [], acc: [], val_loss: [], val_acc: [] };
  /** Wall time of each epoch (ms), this visit only (not part of Keras' History). */
  private times: number[] = [];
  private epochs = 0;

  constructor(texts: BoundTexts) {
    const th = (key: MessageKey) => texts.set(h('th', { scope: 'col' }), key);
    this.element = h(
      'figure',
      { class: 'lt-panel lt-figure', 'aria-labelledby': 'train-chart-caption' },
      texts.set(h('figcaption', { id: 'train-chart-caption' }), 'stepTrain.chartCaption'),
      this.chartHost,
      h(
        'table',
        { class: 'lt-table', id: 'train-history' },
        texts.set(h('caption'), 'stepTrain.historyCaption'),
        h('thead', {}, h('tr', {}, th('stepTrain.columnEpoch'), th('stepTrain.columnAcc'), th('stepTrain.columnValAcc'), th('stepTrain.columnLoss'), th('stepTrain.columnValLoss'), th('stepTrain.columnTime'))),
        this.body,
      ),
    );
  }

  /** Creates the chart (its host must be in the page to know its width). */
  prepare(): void {
    this.chart = new HistoryChart(this.chartHost);
  }

  /** `history` so far, `times` of its epochs (ms, may be fewer), on an axis for `epochs`. */
  show(history: EpochHistory, times: readonly number[], epochs: number): void {
    this.history = history;
    this.times = [...times];
    this.epochs = epochs;
    this.render();
  }

  /** Redraws in the current language. */
  render(): void {
    this.chart?.show(this.history, this.epochs);
    const { loss, acc, val_acc, val_loss } = this.history;
    const td = (text: string) => h('td', {}, text);
    const opt = (v: number | undefined, f: (x: number) => string) => (v === undefined ? '–' : f(v));
    this.body.replaceChildren(
      ...loss.map((value, i) =>
        h(
          'tr',
          { 'data-epoch': i + 1 },
          h('th', { scope: 'row' }, String(i + 1)),
          td(formatPercent(acc[i])),
          td(opt(val_acc[i], formatPercent)),
          td(formatFixed(value, 4)),
          td(opt(val_loss[i], (x) => formatFixed(x, 4))),
          td(this.times[i] === undefined ? '–' : formatFixed(this.times[i] / 1000, 1)),
        ),
      ),
    );
  }

  destroy(): void {
    this.chart?.destroy();
  }
}
