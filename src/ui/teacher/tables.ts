// Accessible data tables (caption, column headers with scope, text-only cells) for the dashboard.
// Every cell is set with textContent: nicknames and other student text can never become markup.
import { h } from '../framework/dom';

export type CellValue = string | number | Node;

export interface TableSpec {
  caption: string;
  headers: string[];
  rows: CellValue[][];
  /** Shown instead of the table when there are no rows. */
  empty: string;
  /** Column indexes holding numbers (right-aligned). */
  numeric?: number[];
}

export function dataTable(spec: TableSpec): HTMLElement {
  if (spec.rows.length === 0) return h('p', { class: 'empty' }, spec.empty);
  const numeric = new Set(spec.numeric ?? []);
  const head = h('tr', {}, ...spec.headers.map((text, i) => h('th', { scope: 'col', class: numeric.has(i) ? 'num' : undefined }, text)));
  const body = spec.rows.map((row) =>
    h(
      'tr',
      {},
      ...row.map((value, i) => {
        const cell = i === 0 ? h('th', { scope: 'row' }) : h('td', { class: numeric.has(i) ? 'num' : undefined });
        if (value instanceof Node) cell.append(value);
        else cell.textContent = String(value);
        return cell;
      }),
    ),
  );
  // Focusable so a keyboard can scroll a wide table; a group (not a landmark) next to its section.
  return h('div', { class: 'table-scroll', tabindex: 0, role: 'group', 'aria-label': spec.caption }, h('table', {}, h('caption', {}, spec.caption), h('thead', {}, head), h('tbody', {}, ...body)));
}
