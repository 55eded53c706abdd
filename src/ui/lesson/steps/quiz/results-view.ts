// The quiz's result: the score, one line per question (right or not, and why) both under each
// question and in a list, and — for a learner who comes back — how the first attempt went.
import { h } from '../../../framework/dom';
import { t } from '../../../i18n/i18n';
import type { QuestionView } from './quiz-form';
import { QUIZ_POINTS } from './model';

export interface FirstScore {
  correct: number;
  total: number;
}

export class QuizResults {
  readonly element = h('section', { class: 'quiz-results', id: 'quiz-results', 'aria-labelledby': 'quiz-results-heading', hidden: true });
  readonly heading = h('h3', { id: 'quiz-results-heading', tabindex: -1 });
  /** A learner back on the quiz (after a reload) sees how the first attempt went. */
  readonly firstScore = h('p', { class: 'quiz-first-score', id: 'quiz-first-score', hidden: true });
  readonly againButton = h('button', { type: 'button', class: 'button', id: 'quiz-again' });
  private readonly score = h('p', { class: 'quiz-score', id: 'quiz-score' });
  private readonly list = h('ol', { class: 'quiz-result-list' });

  constructor() {
    this.element.append(this.heading, this.score, this.list, h('div', { class: 'lesson-check-buttons' }, this.againButton));
  }

  /**
   * `right[q]` and `lines[q]` per question (null: not submitted), shown under each of `views` too;
   * `first`: the first attempt's score, which alone earned points.
   */
  render(first: FirstScore | undefined, right: boolean[] | null, lines: string[], views: readonly QuestionView[]): void {
    this.firstScore.hidden = !first || right !== null;
    this.firstScore.textContent = first ? t('stepQuiz.firstScore', { correct: first.correct, total: first.total, points: first.correct * QUIZ_POINTS.each }) : '';
    this.element.hidden = !right;
    if (!right) {
      for (const view of views) view.feedback.textContent = '';
      this.list.replaceChildren();
      return;
    }
    lines.forEach((line, q) => {
      views[q].feedback.textContent = line;
      views[q].feedback.dataset.correct = String(right[q]);
    });
    const correct = right.filter(Boolean).length;
    this.score.textContent = t('stepQuiz.score', { correct, total: right.length, points: (first?.correct ?? correct) * QUIZ_POINTS.each });
    this.score.dataset.correct = String(correct);
    this.list.replaceChildren(...lines.map((line, q) => h('li', { 'data-correct': String(right[q]) }, h('strong', {}, t('stepQuiz.questionShort', { n: q + 1 })), ' ', line)));
  }

  translate(): void {
    this.againButton.textContent = t('stepQuiz.again');
    this.heading.textContent = t('stepQuiz.resultsHeading');
  }
}
