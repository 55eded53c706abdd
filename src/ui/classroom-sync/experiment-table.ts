// The class experiment as a table (architecture, parameters, runs, median, best, mean ± s.d., the
// tutorial's figure): the same table on the teacher's dashboard and on every student's #class
// screen, so the whole class watches it fill in.
import type { ExperimentRow } from '../../classroom/api-types';
import { summariseExperiment } from '../../classroom/experiment-stats';
import { h } from '../framework/dom';
import { formatNumber, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { dataTable } from '../teacher/tables';

const percent = (fraction: number) => formatNumber(fraction, undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
const orNone = (value: number | null) => (value === null ? t('classroom.none') : percent(value));
export const architectureName = (id: string) => t(`classroom.arch.${id}` as MessageKey);

export function experimentTable(rows: readonly ExperimentRow[], caption: string): HTMLElement {
  const cells = summariseExperiment(rows).map((s) => [
    architectureName(s.architecture),
    formatNumber(s.params),
    formatNumber(s.runs),
    orNone(s.median),
    orNone(s.best),
    s.mean === null ? t('classroom.none') : s.spread === null ? percent(s.mean) : t('classSync.meanSpread', { mean: percent(s.mean), spread: percent(s.spread) }),
    orNone(s.tutorial),
  ]);
  const headers = ['colArchitecture', 'colParams', 'colRuns', 'colMedian', 'colBest', 'colMean', 'colTutorial'] as const;
  return h(
    'div',
    { class: 'experiment-table' },
    dataTable({ caption, headers: headers.map((k) => t(`classSync.${k}`)), rows: cells, empty: t('classSync.tableEmpty'), numeric: [1, 2, 3, 4, 5, 6] }),
    h('p', { class: 'hint' }, t('classSync.tutorialNote')),
  );
}
