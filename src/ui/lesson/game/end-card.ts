// The end-of-lesson card, shown on the last step once every step is done: the points and badges,
// what the learner's networks reached (the notebook model may still be training in the
// background), and where to go next: play, the sandbox, the training lab.
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import { networkName } from '../../training/network-names';
import { formatPercent } from '../../views/format';
import type { TrainedModel } from '../step';
import type { LongRunState } from '../long-run';
import { BADGE_IDS, BADGES } from './badges';
import { totalPoints, type LessonSnapshot } from '../lesson-state';

export interface EndCardData {
  state: LessonSnapshot;
  first?: TrainedModel;
  notebook?: TrainedModel;
  longRun: LongRunState;
  /** The comparison's best row, if the learner trained the table. */
  best?: { preset: string; testAccuracy: number };
}

const NOTEBOOK = 'seed-notebook';

export class EndCard {
  readonly element = h('section', { class: 'lesson-end-card', id: 'lesson-end-card', 'aria-labelledby': 'lesson-end-heading', hidden: true });
  readonly heading = h('h3', { id: 'lesson-end-heading', tabindex: -1 });
  private data: EndCardData | null = null;

  constructor() {
    this.element.append(this.heading);
  }

  /** Shows the card for `data`, or hides it (null). */
  render(data: EndCardData | null): void {
    this.data = data;
    this.element.hidden = !data;
    if (!data) return;
    const { state, first, notebook, longRun, best } = data;
    const accuracy = (model?: TrainedModel) => (model?.testAccuracy === undefined ? t('lessonGame.endNotTrained') : formatPercent(model.testAccuracy, 1));
    const notebookLine =
      longRun.preset === NOTEBOOK && (longRun.status === 'training' || longRun.status === 'waiting' || longRun.status === 'building')
        ? t('lessonGame.endNotebookTraining', { epoch: longRun.epoch, epochs: longRun.epochs })
        : t('lessonGame.endNotebook', { acc: accuracy(notebook) });
    const networks = [t('lessonGame.endFirst', { acc: accuracy(first) }), notebookLine];
    if (best) networks.push(t('lessonGame.endBest', { arch: networkName(best.preset), acc: formatPercent(best.testAccuracy, 1) }));
    const link = (href: string, key: Parameters<typeof t>[0]) => h('li', {}, h('a', { href, class: 'button' }, t(key)));
    this.heading.textContent = t('lessonGame.endHeading');
    this.element.replaceChildren(
      this.heading,
      h('p', { class: 'lesson-end-points', 'data-points': totalPoints(state) }, t('lessonGame.endPoints', { points: totalPoints(state), badges: state.badges.length, total: BADGE_IDS.length })),
      h('ul', { class: 'lesson-end-badges' }, ...state.badges.map((id) => h('li', { 'data-badge': id }, h('span', { 'aria-hidden': 'true' }, `${BADGES[id].symbol} `), t(BADGES[id].name)))),
      h('h4', {}, t('lessonGame.endNetworks')),
      h('ul', { class: 'lesson-end-networks' }, ...networks.map((line) => h('li', {}, line))),
      h('h4', {}, t('lessonGame.endNext')),
      h('ul', { class: 'lesson-end-links' }, link('#play', 'lessonGame.endPlay'), link('#sandbox', 'lessonGame.endSandbox'), link('#train', 'lessonGame.endLab')),
    );
  }

  translate(): void {
    this.render(this.data);
  }
}
