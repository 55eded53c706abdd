// Parameters against accuracy: trainable parameters (log x) against test accuracy (%), one coloured point
// per trained architecture, numbered as the table rows. uPlot draws points only (no lines).
import type uPlot from 'uplot';
import { t } from '../../i18n/i18n';
import { AXIS_STYLE, CHART_COLOURS, ChartFrame } from './chart-frame';

export interface ScatterPoint {
  /** Row number in the table (drawn beside the point). */
  number: number;
  label: string;
  params: number;
  /** 0..1 */
  accuracy: number;
}

/** uPlot columns: x = params ascending; one series per point (in row order), null except at its own x. */
export function scatterColumns(points: readonly ScatterPoint[]): { order: ScatterPoint[]; data: uPlot.AlignedData } {
  const order = [...points].sort((a, b) => a.number - b.number);
  const xs = [...new Set(order.map((p) => p.params))].sort((a, b) => a - b);
  const data: uPlot.AlignedData = [xs, ...order.map((p) => xs.map((x) => (x === p.params ? p.accuracy * 100 : null)))];
  return { order, data };
}

export class ParamsScatter {
  private readonly frame: ChartFrame;

  constructor(host: HTMLElement) {
    this.frame = new ChartFrame(host, 260);
  }

  show(points: readonly ScatterPoint[]): void {
    const { order, data } = scatterColumns(points);
    const colour = (p: ScatterPoint) => CHART_COLOURS[(p.number - 1) % CHART_COLOURS.length];
    const numbers = (u: uPlot) => {
      const ctx = u.ctx;
      const ratio = globalThis.devicePixelRatio || 1;
      ctx.save();
      ctx.font = `${12 * ratio}px system-ui, sans-serif`;
      ctx.fillStyle = '#1b1f24';
      order.forEach((p) => {
        const x = u.valToPos(p.params, 'x', true);
        const y = u.valToPos(p.accuracy * 100, 'acc', true);
        ctx.fillText(String(p.number), x + 8 * ratio, y - 6 * ratio);
      });
      ctx.restore();
    };
    this.frame.render(
      {
        scales: {
          x: { time: false, distr: 3, log: 10 },
          acc: { range: (_u, min, max) => (min === null || max === null ? [0, 100] : [Math.max(0, Math.floor(min - 4)), Math.min(100, Math.ceil(max + 4))]) },
        },
        axes: [
          { ...AXIS_STYLE, label: t('views.chartParams') },
          { ...AXIS_STYLE, scale: 'acc', label: t('views.chartTestAccuracy'), size: 56 },
        ],
        series: [
          { label: t('views.chartParams') },
          ...order.map<uPlot.Series>((p) => ({
            label: `${p.number}. ${p.label}`,
            scale: 'acc',
            stroke: colour(p),
            paths: () => null,
            points: { show: true, size: 11, fill: colour(p), stroke: colour(p) },
          })),
        ],
        cursor: { show: false },
        legend: { show: true, live: false },
        hooks: { draw: [numbers] },
      },
      data,
    );
  }

  destroy(): void {
    this.frame.destroy();
  }
}
