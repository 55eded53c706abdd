// Parameters (log x) against test accuracy (y) as plain SVG from DOM calls: the challenge
// leaderboard (one dot per verified or flagged entry) and the class experiment (one dot per run,
// each architecture's mean with a bar of ± one standard deviation). The same data is in the table
// beside each chart, so a chart is one labelled image for screen readers.
import type { ExperimentRow, LeaderboardEntry } from '../../classroom/api-types';

const SVG = 'http://www.w3.org/2000/svg';
const W = 480;
const H = 260;
const M = { left: 48, right: 16, top: 12, bottom: 40 };

function el<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface ChartLabels {
  description: string;
  xAxis: string;
  yAxis: string;
  formatParams(n: number): string;
}

/** Positions in the chart's box: x = log10(params) over the data's decades, y = accuracy 0..1 (padded). */
export function scatterLayout(points: readonly { params: number; accuracy: number }[]) {
  const logs = points.map((p) => Math.log10(Math.max(1, p.params)));
  const minX = Math.floor(Math.min(...logs, 3));
  const maxX = Math.max(Math.ceil(Math.max(...logs, 4)), minX + 1);
  const accuracies = points.map((p) => p.accuracy);
  const minY = Math.max(0, Math.floor(Math.min(...accuracies, 0.8) * 10) / 10);
  const x = (params: number) => M.left + ((Math.log10(Math.max(1, params)) - minX) / (maxX - minX)) * (W - M.left - M.right);
  const y = (accuracy: number) => H - M.bottom - ((accuracy - minY) / (1 - minY)) * (H - M.top - M.bottom);
  return { minX, maxX, minY, x, y };
}

/** The frame (axes, ticks, labels) for these points; returns the svg and its coordinate maps. */
function scatterFrame(points: readonly { params: number; accuracy: number }[], labels: ChartLabels) {
  const { minX, maxX, minY, x, y } = scatterLayout(points);
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': labels.description, class: 'scatter' });
  svg.append(el('line', { x1: M.left, y1: H - M.bottom, x2: W - M.right, y2: H - M.bottom, class: 'axis' }));
  svg.append(el('line', { x1: M.left, y1: M.top, x2: M.left, y2: H - M.bottom, class: 'axis' }));
  for (let decade = minX; decade <= maxX; decade++) {
    svg.append(el('text', { x: x(10 ** decade), y: H - M.bottom + 16, 'text-anchor': 'middle', class: 'tick' }, labels.formatParams(10 ** decade)));
  }
  for (let step = 0; step <= 4; step++) {
    const accuracy = minY + ((1 - minY) * step) / 4;
    svg.append(el('text', { x: M.left - 6, y: y(accuracy) + 4, 'text-anchor': 'end', class: 'tick' }, `${Math.round(accuracy * 100)}%`));
  }
  svg.append(el('text', { x: (M.left + W - M.right) / 2, y: H - 6, 'text-anchor': 'middle', class: 'axis-label' }, labels.xAxis));
  svg.append(el('text', { x: 12, y: (M.top + H - M.bottom) / 2, 'text-anchor': 'middle', class: 'axis-label', transform: `rotate(-90 12 ${(M.top + H - M.bottom) / 2})` }, labels.yAxis));
  return { svg, x, y };
}

export function leaderboardChart(entries: readonly LeaderboardEntry[], labels: ChartLabels): SVGSVGElement {
  const points = entries.filter((e) => e.verifiedAccuracy !== null).map((e) => ({ params: e.params, accuracy: e.verifiedAccuracy!, flagged: e.status === 'flagged' }));
  const { svg, x, y } = scatterFrame(points, labels);
  for (const p of points) svg.append(el('circle', { cx: x(p.params), cy: y(p.accuracy), r: 5, class: p.flagged ? 'dot flagged' : 'dot' }));
  return svg;
}

/**
 * The class experiment: every run as a dot at its architecture's parameter count, and per
 * architecture with results its mean (a bar) and ± one standard deviation (a vertical line), with
 * the architecture's number (as the table numbers its rows) beside the mean.
 */
export function experimentChart(rows: readonly ExperimentRow[], labels: ChartLabels): SVGSVGElement {
  const points = rows.flatMap((row) => row.points.map((p) => ({ params: row.params, accuracy: p.testAccuracy })));
  const { svg, x, y } = scatterFrame(points, labels);
  rows.forEach((row, index) => {
    const cx = x(row.params);
    for (const p of row.points) svg.append(el('circle', { cx, cy: y(p.testAccuracy), r: 4, class: 'dot' }));
    if (row.mean === null) return;
    if (row.spread !== null) {
      const top = Math.min(1, row.mean + row.spread);
      svg.append(el('line', { x1: cx, y1: y(top), x2: cx, y2: y(Math.max(0, row.mean - row.spread)), class: 'spread' }));
    }
    svg.append(el('line', { x1: cx - 9, y1: y(row.mean), x2: cx + 9, y2: y(row.mean), class: 'mean' }));
    svg.append(el('text', { x: cx + 12, y: y(row.mean) + 4, class: 'tick' }, String(index + 1)));
  });
  return svg;
}
