// The 60,000 / 10,000 split and Keras' 10 % validation split, counted from the loaded data: a
// table (set, images, share, use) and a bar of the same three parts.
import { h } from '../../../framework/dom';
import { formatNumber, t, type MessageParams } from '../../../i18n/i18n';
import type { BoundTexts } from '../../../i18n/bound-texts';
import type { MessageKey } from '../../../i18n/messages';

export interface SplitCounts {
  train: number;
  validation: number;
  test: number;
}

export class SplitTable {
  readonly table: HTMLTableElement;
  readonly bar = h('div', { class: 'data-split-bar', 'aria-hidden': 'true' });
  private readonly body = h('tbody');
  private split: SplitCounts = { train: 0, validation: 0, test: 0 };

  constructor(texts: BoundTexts) {
    const th = (key: MessageKey) => texts.set(h('th', { scope: 'col' }), key);
    this.table = h(
      'table',
      { class: 'lesson-table data-split', id: 'data-split' },
      texts.set(h('caption'), 'stepData.splitCaption'),
      h('thead', {}, h('tr', {}, th('stepData.columnSet'), th('stepData.columnImages'), th('stepData.columnShare'), th('stepData.columnUse'))),
      this.body,
    );
  }

  set(split: SplitCounts): void {
    this.split = split;
    this.render();
  }

  render(): void {
    const { train, validation, test } = this.split;
    const total = train + validation + test;
    const share = (n: number) => formatNumber(n / total, undefined, { style: 'percent', maximumFractionDigits: 1 });
    const rows: [string, MessageKey, number, MessageKey, MessageParams][] = [
      ['train', 'stepData.setTrain', train, 'stepData.useTrain', { first: 1, last: train }],
      ['validation', 'stepData.setValidation', validation, 'stepData.useValidation', { first: train + 1, last: train + validation }],
      ['test', 'stepData.setTest', test, 'stepData.useTest', {}],
    ];
    this.body.replaceChildren(
      ...rows.map(([id, name, count, use, params]) =>
        h('tr', { 'data-set': id }, h('th', { scope: 'row' }, t(name)), h('td', { 'data-count': count }, formatNumber(count)), h('td', {}, share(count)), h('td', {}, t(use, params))),
      ),
    );
    this.bar.replaceChildren(
      ...rows.map(([id, name, count]) => {
        const segment = h('span', { class: `data-split-${id}` }, `${t(name)} ${formatNumber(count)}`);
        segment.style.flexGrow = String(count);
        return segment;
      }),
    );
  }
}
