// The engine-check page's view: heading, a status live region (progress, then the summary), and
// a table growing one row per comparison. data-status on the root is "running", then "pass" or
// "fail", for tests and styles alike.
import type { CheckRow } from '../../crosscheck/compare';
import { h } from '../framework/dom';
import { t } from '../i18n/i18n';

export type EngineCheckStatus = 'running' | 'pass' | 'fail';

export interface EngineCheckView {
  progress(done: number, total: number): void;
  addRows(rows: readonly CheckRow[]): void;
  finish(rows: readonly CheckRow[]): void;
  failStart(error: unknown): void;
}

/** 1.23e-7 style, the same in every language; exact zero stays "0". */
export function formatError(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : '∞';
  return value.toExponential(2);
}

const formatValues = (values: readonly number[]) => values.map((v) => (Number.isFinite(v) ? v.toPrecision(4) : String(v))).join(', ');

export function createEngineCheckView(root: HTMLElement): EngineCheckView {
  const status = h('p', { class: 'engine-check-status', role: 'status' }, t('engineCheck.statusLoading'));
  const body = h('tbody');
  const column = (key: Parameters<typeof t>[0]) => h('th', { scope: 'col' }, t(key));
  const table = h(
    'table',
    { class: 'engine-check-table' },
    h('caption', {}, t('engineCheck.tableCaption')),
    h('thead', {}, h('tr', {},
      column('engineCheck.columnOp'), column('engineCheck.columnShape'), column('engineCheck.columnMaxError'),
      column('engineCheck.columnRelError'), column('engineCheck.columnTolerance'), column('engineCheck.columnResult'),
    )),
    body,
  );
  root.replaceChildren(
    h('h1', {}, t('engineCheck.heading')),
    h('p', { class: 'engine-check-intro' }, t('engineCheck.intro')),
    status,
    h('div', { class: 'engine-check-scroll' }, table),
  );
  const setStatus = (value: EngineCheckStatus) => (root.dataset.status = value);
  setStatus('running');

  function resultCell(row: CheckRow): HTMLTableCellElement {
    const cell = h('td', { class: 'engine-check-result' }, h('strong', {}, t(row.pass ? 'engineCheck.pass' : 'engineCheck.fail')));
    if (row.pass) return cell;
    const details: string[] = [];
    if (row.note) details.push(row.note);
    const f = row.firstValues;
    if (f) {
      details.push(t('engineCheck.largestGap', { index: String(f.worstIndex), ours: formatValues([f.worstOurs]), ref: formatValues([f.worstRef]) }));
      details.push(t('engineCheck.firstValues', { ours: formatValues(f.ours), ref: formatValues(f.ref) }));
    }
    for (const line of details) cell.append(h('span', { class: 'engine-check-detail' }, line));
    return cell;
  }

  return {
    progress(done, total) {
      status.textContent = t('engineCheck.statusRunning', { done, total });
    },
    addRows(rows) {
      for (const row of rows) {
        body.append(h('tr', { 'data-pass': String(row.pass) },
          h('th', { scope: 'row' }, row.op),
          h('td', {}, row.shape),
          h('td', { class: 'number' }, formatError(row.maxAbsError)),
          h('td', { class: 'number' }, formatError(row.maxRelError)),
          h('td', { class: 'number' }, formatError(row.tolerance)),
          resultCell(row),
        ));
      }
    },
    finish(rows) {
      const failed = rows.filter((r) => !r.pass).length;
      const ok = failed === 0 && rows.length > 0;
      status.textContent = ok
        ? t('engineCheck.allPassed', { count: rows.length })
        : t('engineCheck.someFailed', { failed, count: rows.length });
      setStatus(ok ? 'pass' : 'fail');
    },
    failStart(error) {
      status.textContent = t('engineCheck.startFailed', { detail: error instanceof Error ? error.message : String(error) });
      setStatus('fail');
    },
  };
}
