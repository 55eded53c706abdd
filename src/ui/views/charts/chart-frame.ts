// What the charts share: a uPlot instance that follows its host's width (ResizeObserver),
// is rebuilt when its options change (new language, different series), and is hidden from screen
// readers — every chart has a caption and a data table beside it that say the same in text.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './charts.css';

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const CHART_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

export const AXIS_STYLE: Partial<uPlot.Axis> = { stroke: '#4b5563', grid: { stroke: '#e5e7eb', width: 1 }, ticks: { stroke: '#d5d7db', width: 1 } };

export class ChartFrame {
  private plot: uPlot | null = null;
  private readonly observer: ResizeObserver;
  private width = 0;

  constructor(
    readonly host: HTMLElement,
    private readonly height: number,
  ) {
    host.classList.add('lesson-chart');
    host.setAttribute('aria-hidden', 'true');
    this.observer = new ResizeObserver(() => this.fit());
    this.observer.observe(host);
  }

  /** Replaces the chart (options changed) or just its data. */
  render(options: Omit<uPlot.Options, 'width' | 'height'>, data: uPlot.AlignedData): void {
    this.plot?.destroy();
    this.width = this.hostWidth();
    this.plot = new uPlot({ ...options, width: this.width, height: this.height }, data, this.host);
  }

  setData(data: uPlot.AlignedData): void {
    this.plot?.setData(data);
  }

  private hostWidth(): number {
    return Math.max(240, Math.floor(this.host.clientWidth || 480));
  }

  private fit(): void {
    const width = this.hostWidth();
    if (!this.plot || width === this.width) return;
    this.width = width;
    this.plot.setSize({ width, height: this.height });
  }

  destroy(): void {
    this.observer.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }
}
