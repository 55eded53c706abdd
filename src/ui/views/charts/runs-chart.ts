// Several runs' curves on one chart: one accuracy value (%) per epoch for each run, plus reference
// marks drawn as dashed horizontal lines across the whole chart (e.g. the tutorial's end points).
// Like every chart it is hidden from screen readers: its owner puts the numbers in a table.
import type uPlot from 'uplot';
import { t } from '../../i18n/i18n';
import { AXIS_STYLE, CHART_COLOURS, ChartFrame } from './chart-frame';

export interface RunCurve {
  label: string;
  /** 0..1 per epoch (epoch 1 first). */
  values: readonly number[];
}

export interface ReferenceMark {
  label: string;
  /** 0..1 */
  value: number;
  /** The curve it belongs to (its colour). */
  curve: number;
}

/** uPlot columns: epochs 1..n (n = the longest curve, at least `epochs`), each curve in %, then each mark as a constant. */
export function runsColumns(curves: readonly RunCurve[], marks: readonly ReferenceMark[], epochs: number): uPlot.AlignedData {
  const n = Math.max(epochs, 1, ...curves.map((c) => c.values.length));
  const x = Array.from({ length: n }, (_, i) => i + 1);
  return [x, ...curves.map((c) => x.map((_, i) => (c.values[i] === undefined ? null : c.values[i] * 100))), ...marks.map((m) => x.map(() => m.value * 100))];
}

export class RunsChart {
  private readonly frame: ChartFrame;

  constructor(host: HTMLElement) {
    this.frame = new ChartFrame(host, 240);
  }

  /** Draws the curves on an axis of `epochs` epochs (rebuilds: call on language changes too). */
  show(curves: readonly RunCurve[], marks: readonly ReferenceMark[], epochs: number): void {
    const curve = (c: RunCurve, i: number): uPlot.Series => {
      const colour = CHART_COLOURS[i % CHART_COLOURS.length];
      return { label: c.label, scale: 'acc', stroke: colour, width: 2, points: { show: true, size: 6, fill: colour }, spanGaps: true };
    };
    const mark = (m: ReferenceMark): uPlot.Series => ({
      label: m.label,
      scale: 'acc',
      stroke: CHART_COLOURS[m.curve % CHART_COLOURS.length],
      width: 1.5,
      dash: [6, 4],
      points: { show: false },
    });
    const data = runsColumns(curves, marks, epochs);
    this.frame.render(
      {
        scales: {
          x: { time: false, range: () => [0.8, (data[0].length || 1) + 0.2] },
          acc: { range: (_u, min, max) => (min === null || max === null ? [0, 100] : [Math.max(0, Math.floor(min - 2)), Math.min(100, Math.ceil(max + 1))]) },
        },
        axes: [
          { ...AXIS_STYLE, label: t('views.chartEpoch'), incrs: [1, 2, 5, 10, 20], values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
          { ...AXIS_STYLE, scale: 'acc', label: t('views.chartAccuracy'), size: 56 },
        ],
        series: [{ label: t('views.chartEpoch') }, ...curves.map(curve), ...marks.map(mark)],
        cursor: { show: false },
        legend: { show: true, live: false },
      },
      data,
    );
  }

  destroy(): void {
    this.frame.destroy();
  }
}
