// The class experiment as a parameters-vs-accuracy scatter (every run, each architecture's mean ±
// s.d.) and a table (architecture, parameters, runs, median, best, mean ± s.d., the tutorial's
// figure): the same on the teacher's dashboard and on every student's #class screen, so the whole
// class watches them fill in.
import type { ExperimentRow } from '../../classroom/api-types';
import { summariseExperiment } from '../../classroom/experiment-stats';
import { h } from '../framework/dom';
import { formatNumber, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { experimentChart } from '../teacher/leaderboard-chart';
import { dataTable } from '../teacher/tables';

const percent = (fraction: number) => formatNumber(fraction, undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const orNone = (value: number | null) => (value === null ? t('classroom.none') : percent(value));
export const architectureName = (id: string) => t(`classroom.arch.${id}` as MessageKey);

export function experimentTable(rows: readonly ExperimentRow[], caption: string): HTMLElement {
  const cells = summariseExperiment(rows).map((s, index) => [
    `${index + 1}. ${architectureName(s.architecture)}`,
    formatNumber(s.params),
    formatNumber(s.runs),
    orNone(s.median),
    orNone(s.best),
    s.mean === null ? t('classroom.none') : s.spread === null ? percent(s.mean) : t('classSync.meanSpread', { mean: percent(s.mean), spread: percent(s.spread) }),
    orNone(s.tutorial),
  ]);
  const headers = ['colArchitecture', 'colParams', 'colRuns', 'colMedian', 'colBest', 'colMean', 'colTutorial'] as const;
  const chart = rows.some((row) => row.points.length > 0)
    ? [experimentChart(rows, { description: t('classSync.experimentChart'), xAxis: t('classroom.axisParams'), yAxis: t('classroom.axisAccuracy'), formatParams: (n) => formatNumber(n) })]
    : [];
  return h(
    'div',
    { class: 'experiment-table' },
    ...chart,
    dataTable({ caption, headers: headers.map((k) => t(`classSync.${k}`)), rows: cells, empty: t('classSync.tableEmpty'), numeric: [1, 2, 3, 4, 5, 6] }),
    h('p', { class: 'hint' }, t('classSync.tutorialNote')),
  );
}
