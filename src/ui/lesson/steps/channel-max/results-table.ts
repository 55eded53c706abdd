// The learner's two networks on the 10,000 test images, beside the tutorial's: parameters and test
// accuracy (marked when quick mode trained it, or still training); once the notebook model is
// trained, why it wins — or, when the learner's run has not passed the first network, why that
// does not reverse the tutorial's conclusion.
import { h } from '../../../framework/dom';
import { formatNumber, t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { formatPercent } from '../../../views/format';
import type { TrainedModel } from '../../step';
import type { LongRunState } from '../../long-run';
import { FIRST, PRESET, standing, TUTORIAL } from './model';

const COLUMNS = ['stepChannelMax.columnNetwork', 'stepChannelMax.columnParams', 'stepChannelMax.columnYours', 'stepChannelMax.columnTutorial'] as const;

export class ResultsTable {
  readonly table = h('table', { class: 'lv-table', id: 'cmax-compare' });
  readonly conclusion = h('p', { class: 'lv-note', id: 'cmax-conclusion', hidden: true });

  /**
   * `params`: each network's parameter count; `first` and `notebook`: the learner's trained
   * networks; `training`: the notebook model's long run while it goes on.
   */
  render(params: { first: number; notebook: number }, first: TrainedModel | undefined, notebook: TrainedModel | undefined, training?: LongRunState): void {
    const accuracy = (model: TrainedModel | undefined, run?: LongRunState) =>
      run
        ? t('stepChannelMax.trainingMark', { epoch: run.epoch, epochs: run.epochs })
        : model?.testAccuracy === undefined
        ? t('stepChannelMax.notTrained')
        : model.quick
          ? t('stepChannelMax.quickMark', { acc: formatPercent(model.testAccuracy, 2) })
          : formatPercent(model.testAccuracy, 2);
    const row = (name: MessageKey, id: string, count: number, model: TrainedModel | undefined, tutorial: number, run?: LongRunState) =>
      h(
        'tr',
        { 'data-preset': id, 'data-params': count, 'data-accuracy': run ? '' : (model?.testAccuracy ?? '') },
        h('th', { scope: 'row' }, t(name)),
        h('td', {}, formatNumber(count)),
        h('td', {}, accuracy(model, run)),
        h('td', {}, formatPercent(tutorial, 2)),
      );
    this.table.replaceChildren(
      h('caption', {}, t('stepChannelMax.tableCaption')),
      h('thead', {}, h('tr', {}, ...COLUMNS.map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, row('stepChannelMax.rowFirst', FIRST, params.first, first, TUTORIAL.first), row('stepChannelMax.rowNotebook', PRESET, params.notebook, notebook, TUTORIAL.notebook, training)),
    );
    const done = notebook?.testAccuracy !== undefined && !training;
    const firstAccuracy = first?.testAccuracy ?? TUTORIAL.first;
    const ahead = done && standing(notebook.testAccuracy!, firstAccuracy) === 'ahead';
    this.conclusion.textContent = !done
      ? ''
      : ahead
        ? t('stepChannelMax.conclusion')
        : t('stepChannelMax.conclusionBehind', { epochs: notebook.history.loss.length, notebook: formatPercent(notebook.testAccuracy!, 2), first: formatPercent(firstAccuracy, 2) });
    this.conclusion.dataset.standing = done ? (ahead ? 'ahead' : 'behind') : '';
    this.conclusion.hidden = !done;
  }
}
