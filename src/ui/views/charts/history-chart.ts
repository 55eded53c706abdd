// Keras' History as the tutorial's notebook plots it: training vs validation accuracy (left axis,
// %) and loss (right axis) per epoch. Solid = training, dashed = validation.
import type uPlot from 'uplot';
import { t } from '../../i18n/i18n';
import { AXIS_STYLE, CHART_COLOURS, ChartFrame } from './chart-frame';

export interface EpochHistory {
  loss: number[];
  acc: number[];
  val_loss: number[];
  val_acc: number[];
}

/** uPlot columns: epochs 1..n, then acc %, val acc %, loss, val loss (null where missing). */
export function historyColumns(history: EpochHistory): uPlot.AlignedData {
  const n = history.loss.length;
  const epochs = Array.from({ length: n }, (_, i) => i + 1);
  const pct = (values: number[]) => epochs.map((_, i) => (values[i] === undefined ? null : values[i] * 100));
  const raw = (values: number[]) => epochs.map((_, i) => values[i] ?? null);
  return [epochs, pct(history.acc), pct(history.val_acc), raw(history.loss), raw(history.val_loss)];
}

export class HistoryChart {
  private readonly frame: ChartFrame;
  private history: EpochHistory = { loss: [], acc: [], val_loss: [], val_acc: [] };

  constructor(host: HTMLElement) {
    this.frame = new ChartFrame(host, 240);
  }

  /** Draws `history` (rebuilds the chart: call on language changes too). */
  show(history: EpochHistory, epochs: number): void {
    this.history = history;
    const line = (label: string, colour: string, scale: string, dashed: boolean): uPlot.Series => ({
      label,
      scale,
      stroke: colour,
      width: 2,
      dash: dashed ? [6, 4] : undefined,
      points: { show: true, size: 6, fill: colour },
      spanGaps: true,
    });
    this.frame.render(
      {
        scales: {
          x: { time: false, range: () => [0.8, Math.max(epochs, history.loss.length, 1) + 0.2] },
          acc: { range: (_u, min, max) => (min === null || max === null ? [0, 100] : [Math.max(0, Math.floor(min - 3)), Math.min(100, Math.ceil(max + 3))]) },
          loss: { range: (_u, min, max) => (min === null || max === null ? [0, 1] : [Math.max(0, min - 0.05), max + 0.05]) },
        },
        axes: [
          { ...AXIS_STYLE, label: t('views.chartEpoch'), incrs: [1, 2, 5, 10, 20], values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
          { ...AXIS_STYLE, scale: 'acc', label: t('views.chartAccuracy'), size: 56 },
          { ...AXIS_STYLE, scale: 'loss', label: t('views.chartLoss'), side: 1, grid: { show: false }, size: 56 },
        ],
        series: [
          { label: t('views.chartEpoch') },
          line(t('views.seriesAcc'), CHART_COLOURS[0], 'acc', false),
          line(t('views.seriesValAcc'), CHART_COLOURS[0], 'acc', true),
          line(t('views.seriesLoss'), CHART_COLOURS[1], 'loss', false),
          line(t('views.seriesValLoss'), CHART_COLOURS[1], 'loss', true),
        ],
        cursor: { show: false },
        legend: { show: true, live: false },
      },
      historyColumns(history),
    );
  }

  get current(): EpochHistory {
    return this.history;
  }

  destroy(): void {
    this.frame.destroy();
  }
}
