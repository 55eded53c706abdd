// The wrap-up's result: the score and one line per round (right or not, and why) — and, for a
// learner who comes back, how the first game went.
import { h } from '../../../framework/dom';
import { t } from '../../../i18n/i18n';

export interface FirstScore {
  correct: number;
  total: number;
  points: number;
}

export class QuizResults {
  readonly element = h('section', { class: 'quiz-results', id: 'quiz-results', 'aria-labelledby': 'quiz-results-heading', hidden: true });
  readonly heading = h('h3', { id: 'quiz-results-heading', tabindex: -1 });
  /** A learner back on the quiz (after a reload) sees how the first game went. */
  readonly firstScore = h('p', { class: 'quiz-first-score', id: 'quiz-first-score', hidden: true });
  private readonly score = h('p', { class: 'quiz-score', id: 'quiz-score' });
  private readonly list = h('ol', { class: 'quiz-result-list' });

  constructor() {
    this.element.append(this.heading, this.score, this.list);
  }

  /** `right[r]` and `lines[r]` per round of the game just played (null: none played on this visit). */
  render(first: FirstScore | undefined, right: boolean[] | null, lines: string[], points: number): void {
    this.firstScore.hidden = !first || right !== null;
    this.firstScore.textContent = first ? t('stepQuiz.firstScore', { correct: first.correct, total: first.total, points: first.points }) : '';
    this.element.hidden = !right;
    if (!right) return this.list.replaceChildren();
    const correct = right.filter(Boolean).length;
    this.score.textContent = t('stepQuiz.score', { correct, total: right.length, points });
    this.score.dataset.correct = String(correct);
    this.list.replaceChildren(...lines.map((line, r) => h('li', { 'data-correct': String(right[r]) }, h('strong', {}, t('stepQuiz.questionShort', { n: r + 1 })), ' ', line)));
  }

  translate(): void {
    this.heading.textContent = t('stepQuiz.resultsHeading');
  }
}
