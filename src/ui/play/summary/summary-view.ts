// After a game: the score (and whether it is a new best), right answers and the longest streak,
// and where the learner and the network disagreed — two confusion matrices side by side with the
// same rows (true class): the learner's answers, the network's answers. Then: play again, new
// rounds, the next level, settings.
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { ConfusionMatrixView } from '../../views/results/confusion-matrix-view';
import { gameMatrices, type Game } from '../game/game-state';
import type { LevelId } from '../game/levels';

export interface SummaryActions {
  again(): void;
  newSeed(): void;
  nextLevel(level: LevelId): void;
  settings(): void;
}

export class SummaryView {
  readonly element: HTMLElement;
  readonly heading = h('h3', { id: 'play-summary-heading', tabindex: -1 });
  private readonly texts = new BoundTexts();
  private readonly record = h('p', { class: 'pl-summary-record', id: 'play-summary-record' });
  private readonly right = h('p', { id: 'play-summary-right' });
  private readonly disagree = h('p', { id: 'play-summary-disagree' });
  private readonly learner = new ConfusionMatrixView({ id: 'play-you', panelClass: 'pl-matrix', onSelect: () => {} });
  private readonly network = new ConfusionMatrixView({ id: 'play-network', panelClass: 'pl-matrix', onSelect: () => {} });
  private readonly matrices: HTMLElement;
  private readonly againButton = h('button', { type: 'button', class: 'button button-primary', id: 'play-again' });
  private readonly newSeedButton = h('button', { type: 'button', class: 'button', id: 'play-new-seed' });
  private readonly nextButton = h('button', { type: 'button', class: 'button', id: 'play-next-level', hidden: true });
  private readonly settingsButton = h('button', { type: 'button', class: 'button button-quiet', id: 'play-settings' });
  private nextLevel?: LevelId;

  constructor(actions: SummaryActions) {
    this.matrices = h(
      'div',
      { class: 'pl-matrices' },
      h('section', { class: 'pl-matrix-box', 'aria-labelledby': 'play-you-title' }, this.texts.set(h('h4', { id: 'play-you-title' }), 'play.matrixYou'), this.learner.element),
      h('section', { class: 'pl-matrix-box', 'aria-labelledby': 'play-network-title' }, this.texts.set(h('h4', { id: 'play-network-title' }), 'play.matrixNetwork'), this.network.element),
    );
    this.againButton.addEventListener('click', () => actions.again());
    this.newSeedButton.addEventListener('click', () => actions.newSeed());
    this.nextButton.addEventListener('click', () => this.nextLevel && actions.nextLevel(this.nextLevel));
    this.settingsButton.addEventListener('click', () => actions.settings());
    this.texts.set(this.againButton, 'play.playAgain');
    this.texts.set(this.newSeedButton, 'play.newSeed');
    this.texts.set(this.settingsButton, 'play.backToSettings');
    this.element = h(
      'section',
      { class: 'pl-panel pl-summary', 'aria-labelledby': 'play-summary-heading' },
      this.heading,
      this.record,
      this.right,
      this.disagree,
      this.matrices,
      h('div', { class: 'lv-buttons' }, this.againButton, this.newSeedButton, this.nextButton, this.settingsButton),
    );
  }

  /** `best` before this game; `next` the level the player may go on to, if any. */
  show(game: Game, best: number | undefined, next: LevelId | undefined): void {
    this.texts.set(this.heading, 'play.summaryHeading', { level: game.level, score: game.score });
    const isRecord = best === undefined || game.score > best;
    this.texts.set(this.record, isRecord ? 'play.summaryRecord' : 'play.summaryBest', { score: best ?? game.score });
    const right = game.answers.filter((a) => a.choice === a.answer).length;
    this.texts.set(this.right, 'play.summaryRight', { right, total: game.answers.length, streak: game.bestStreak });
    const m = gameMatrices(game);
    this.matrices.hidden = m.rounds === 0;
    this.disagree.hidden = m.rounds === 0;
    if (m.rounds > 0) {
      this.texts.set(this.disagree, 'play.summaryDisagree', { count: m.disagreements, rounds: m.rounds });
      this.learner.set(m.learner);
      this.network.set(m.network);
    }
    this.nextLevel = next;
    this.nextButton.hidden = next === undefined;
    if (next !== undefined) this.texts.set(this.nextButton, 'play.nextLevel', { level: next });
  }

  translate(): void {
    this.texts.apply();
    this.learner.translate();
    this.network.translate();
  }
}
