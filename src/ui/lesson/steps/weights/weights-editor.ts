// Layer 0's numbers as a table of labelled fields (a row per filter: three kernel weights and the
// bias), "set all kernel weights to 2", "reset", the alert for a bad number and the "set_weights
// done" status.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { kernelIndex, shortNumber } from '../../../views/weights/weights';
import { COLUMNS, FILTERS, KERNEL_SHAPE, readWeights, type ReadWeights } from './model';

interface Field {
  input: HTMLInputElement;
  filter: number;
  /** 0..2 a kernel weight (left, middle, right), 3 the bias. */
  column: number;
}

export class WeightsEditor {
  readonly element: HTMLElement;
  readonly resetButton = h('button', { type: 'button', class: 'button button-quiet', id: 'weights-reset' });
  private readonly fields: Field[] = [];
  private readonly setTwoButton = h('button', { type: 'button', class: 'button', id: 'weights-set-two' });
  private readonly alertLine = h('p', { class: 'lv-alert', role: 'alert', id: 'weights-alert' });
  private readonly appliedLine = h('p', { class: 'lv-hint', role: 'status', id: 'weights-status' });
  private alert: readonly [MessageKey, MessageParams?] | null = null;
  private applied = false;

  constructor(texts: BoundTexts, on: { input(): void; setTwo(): void; reset(): void }) {
    const head = h('tr', {}, texts.set(h('th', { scope: 'col' }), 'stepWeights.filterColumn'), ...COLUMNS.map((key) => texts.set(h('th', { scope: 'col' }), key)));
    const body = h('tbody');
    for (let f = 0; f < FILTERS; f++) {
      const row = h('tr', {}, texts.set(h('th', { scope: 'row' }), 'views.filterNumber', { filter: f + 1 }));
      for (let c = 0; c < COLUMNS.length; c++) {
        const input = h('input', { type: 'text', inputmode: 'decimal', id: `weights-f${f + 1}-${c < 3 ? `w${c + 1}` : 'bias'}`, autocomplete: 'off', spellcheck: 'false' });
        input.addEventListener('input', () => on.input());
        this.fields.push({ input, filter: f, column: c });
        row.append(h('td', {}, input));
      }
      body.append(row);
    }
    const table = h('table', { class: 'lv-weights-table', id: 'weights-table' }, texts.set(h('caption'), 'stepWeights.tableCaption'), h('thead', {}, head), body);
    this.setTwoButton.addEventListener('click', () => on.setTwo());
    this.resetButton.addEventListener('click', () => on.reset());
    this.element = h('div', { class: 'lv-panel' }, table, h('div', { class: 'lv-buttons' }, this.setTwoButton, this.resetButton), this.alertLine, this.appliedLine);
  }

  /** Shows `kernel` (1, 3, 1, 5) and `bias` (5) in the fields, none marked invalid. */
  write(kernel: Float32Array, bias: Float32Array): void {
    for (const { input, filter, column } of this.fields) {
      input.value = shortNumber(column < 3 ? kernel[kernelIndex(KERNEL_SHAPE, 0, column, 0, filter)] : bias[filter]);
      input.removeAttribute('aria-invalid');
    }
  }

  /** The fields as numbers over `kernel` and `bias`; marks invalid fields and says what is wrong with the first. */
  read(kernel: Float32Array, bias: Float32Array): ReadWeights {
    const read = readWeights(this.fields.map(({ input, filter, column }) => ({ filter, column, text: input.value })), kernel, bias);
    this.fields.forEach(({ input }, i) => input.setAttribute('aria-invalid', String(!read.ok && read.invalid[i])));
    this.setAlert(read.ok ? null : [read.key, { field: this.fieldName(this.fields[read.field]), value: read.value, limit: read.limit }]);
    return read;
  }

  setAlert(alert: readonly [MessageKey, MessageParams?] | null): void {
    this.alert = alert;
    this.alertLine.textContent = alert ? t(...alert) : '';
    if (alert) this.appliedLine.textContent = '';
  }

  /** The weights went to the network (`done`), or are on their way. */
  setApplied(done: boolean): void {
    this.applied = done;
    if (done) this.appliedLine.textContent = t('stepWeights.applied');
  }

  translate(): void {
    for (const field of this.fields) field.input.setAttribute('aria-label', this.fieldName(field));
    this.setTwoButton.textContent = t('stepWeights.setTwo');
    this.alertLine.textContent = this.alert ? t(...this.alert) : '';
    this.appliedLine.textContent = this.applied && !this.alert ? t('stepWeights.applied') : '';
  }

  private fieldName({ filter, column }: Field): string {
    return t('stepWeights.inputLabel', { filter: filter + 1, which: t(COLUMNS[column]) });
  }
}
