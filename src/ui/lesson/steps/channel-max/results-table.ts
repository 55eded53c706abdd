// The learner's two networks on the 10,000 test images, beside the tutorial's: parameters and test
// accuracy (marked when quick mode trained it); once the notebook model is trained, why it wins.
import { h } from '../../../framework/dom';
import { formatNumber, t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { formatPercent } from '../../../views/format';
import type { TrainedModel } from '../../step';
import { FIRST, PRESET, TUTORIAL } from './model';

const COLUMNS = ['stepChannelMax.columnNetwork', 'stepChannelMax.columnParams', 'stepChannelMax.columnYours', 'stepChannelMax.columnTutorial'] as const;

export class ResultsTable {
  readonly table = h('table', { class: 'lv-table', id: 'cmax-compare' });
  readonly conclusion = h('p', { class: 'lv-note', id: 'cmax-conclusion', hidden: true });

  /** `params`: each network's parameter count; `first` and `notebook`: the learner's trained networks. */
  render(params: { first: number; notebook: number }, first: TrainedModel | undefined, notebook: TrainedModel | undefined): void {
    const accuracy = (model: TrainedModel | undefined) =>
      model?.testAccuracy === undefined
        ? t('stepChannelMax.notTrained')
        : model.quick
          ? t('stepChannelMax.quickMark', { acc: formatPercent(model.testAccuracy, 2) })
          : formatPercent(model.testAccuracy, 2);
    const row = (name: MessageKey, id: string, count: number, model: TrainedModel | undefined, tutorial: number) =>
      h(
        'tr',
        { 'data-preset': id, 'data-params': count, 'data-accuracy': model?.testAccuracy ?? '' },
        h('th', { scope: 'row' }, t(name)),
        h('td', {}, formatNumber(count)),
        h('td', {}, accuracy(model)),
        h('td', {}, formatPercent(tutorial, 2)),
      );
    this.table.replaceChildren(
      h('caption', {}, t('stepChannelMax.tableCaption')),
      h('thead', {}, h('tr', {}, ...COLUMNS.map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, row('stepChannelMax.rowFirst', FIRST, params.first, first, TUTORIAL.first), row('stepChannelMax.rowNotebook', PRESET, params.notebook, notebook, TUTORIAL.notebook)),
    );
    this.conclusion.textContent = t('stepChannelMax.conclusion');
    this.conclusion.hidden = !notebook;
  }
}
