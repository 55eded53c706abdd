// The comparison table: one row per architecture with its layers, trainable parameters, test
// accuracy, training time and status (with a progress bar while it trains).
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { formatPercent, formatSeconds } from '../../../views/format';
import { architectureKeys, type ComparisonResult } from './model';

export type RowState = 'waiting' | 'queued' | 'building' | 'training' | 'testing' | 'done' | 'stopped' | 'failed';

const STATE_KEYS: Record<RowState, MessageKey> = {
  waiting: 'stepCompare.rowWaiting',
  queued: 'stepCompare.rowQueued',
  building: 'stepCompare.rowBuilding',
  training: 'stepCompare.rowTraining',
  testing: 'stepCompare.rowTesting',
  done: 'stepCompare.rowDone',
  stopped: 'stepCompare.rowStopped',
  failed: 'stepCompare.rowFailed',
};

/** "Conv → MaxPool → Logistic" in the current language. */
export function architectureLabel(name: string): string {
  return architectureKeys(preset(name)!)
    .map((key) => t(key))
    .join(' → ');
}

export interface Row {
  preset: string;
  /** 1-based, as the table and the scatter number them. */
  number: number;
  params: number;
  state: RowState;
  progress: HTMLProgressElement;
  element: HTMLTableRowElement;
  paramsCell: HTMLElement;
  architecture: HTMLElement;
  accuracy: HTMLElement;
  time: HTMLElement;
  stateText: HTMLElement;
}

export class CompareTable {
  readonly element: HTMLElement;
  readonly rows: Row[];

  constructor(texts: BoundTexts, presets: readonly string[]) {
    this.rows = presets.map((name, i) => {
      const params = planModel(preset(name)!).totalParams;
      const architecture = h('th', { scope: 'row', class: 'lt-arch' });
      const paramsCell = h('td', { class: 'lt-num', 'data-params': params });
      const accuracy = h('td', { class: 'lt-num' }, '–');
      const time = h('td', { class: 'lt-num' }, '–');
      const progress = h('progress', { max: 1, value: 0, class: 'lt-row-progress' });
      const stateText = h('span', { class: 'lt-row-state' });
      const element = h('tr', { 'data-preset': name }, h('td', { class: 'lt-num' }, String(i + 1)), architecture, paramsCell, accuracy, time, h('td', { class: 'lt-row-status' }, progress, stateText));
      return { preset: name, number: i + 1, params, state: 'waiting' as RowState, progress, element, paramsCell, architecture, accuracy, time, stateText };
    });
    const th = (key: MessageKey) => texts.set(h('th', { scope: 'col' }), key);
    this.element = h(
      'div',
      { class: 'lt-table-scroll', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: 0 },
      h(
        'table',
        { class: 'lt-table lt-compare-table', id: 'compare-table' },
        texts.set(h('caption', { id: 'compare-caption' }), 'stepCompare.caption'),
        h('thead', {}, h('tr', {}, th('stepCompare.columnNumber'), th('stepCompare.columnArchitecture'), th('stepCompare.columnParams'), th('stepCompare.columnTestAcc'), th('stepCompare.columnTrainTime'), th('stepCompare.columnStatus'))),
        h('tbody', {}, ...this.rows.map((r) => r.element)),
      ),
    );
  }

  /** `row` as it stands: its result (if trained) and state; `running` while the table trains. */
  renderRow(row: Row, result: ComparisonResult | undefined, running: boolean): void {
    const label = architectureLabel(row.preset);
    row.architecture.textContent = label;
    row.paramsCell.textContent = t('stepCompare.paramsValue', { count: row.params });
    row.accuracy.textContent = result ? formatPercent(result.testAccuracy) : '–';
    row.time.textContent = result ? formatSeconds(result.trainSeconds * 1000) : '–';
    if (result) row.element.dataset.testAccuracy = String(result.testAccuracy);
    else delete row.element.dataset.testAccuracy;
    row.element.dataset.state = row.state;
    row.stateText.textContent = t(STATE_KEYS[row.state]);
    if (row.state === 'done') row.progress.value = row.progress.max;
    row.progress.hidden = row.state === 'waiting' || row.state === 'queued' || (row.state === 'done' && !running && row.progress.value === 0);
    row.progress.setAttribute('aria-label', t('stepCompare.rowProgressLabel', { arch: label }));
  }
}
