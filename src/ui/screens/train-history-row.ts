// One row of the training lab's epoch table: epoch, loss, accuracy, validation loss and accuracy,
// seconds and images per second (Keras's epoch line as a table row).
import type { EpochLogs } from '../../shared/training-types';
import { h } from '../framework/dom';
import { formatNumber } from '../i18n/i18n';

export const percent = (x: number) => formatNumber(x, undefined, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const fixed = (x: number, digits = 4) => formatNumber(x, undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** `epoch` counts from 0 (Keras); the row shows it from 1. */
export function historyRow(epoch: number, logs: EpochLogs): HTMLTableRowElement {
  const cell = (text: string) => h('td', {}, text);
  return h(
    'tr',
    { 'data-epoch': epoch + 1 },
    h('th', { scope: 'row' }, String(epoch + 1)),
    cell(fixed(logs.loss)),
    cell(percent(logs.acc)),
    cell(logs.val_loss === undefined ? '–' : fixed(logs.val_loss)),
    cell(logs.val_acc === undefined ? '–' : percent(logs.val_acc)),
    cell(fixed(logs.timeMs / 1000, 1)),
    cell(formatNumber(Math.round(logs.samplesPerSec))),
  );
}
