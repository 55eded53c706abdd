// "Wrap-up quiz" as a game: seven rounds of play mode's round component — the four concept
// questions (output sizes and parameter counts, answers from the shared planner) mixed with three
// "which class will YOUR network predict?" rounds on the learner's own first network (the house
// network, said so, when it was not trained). Bets and streaks as in play mode; the game's score
// goes into the lesson's points once, then a result with one line per round.
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { className, formatNumber, t } from '../../../i18n/i18n';
import type { RoundSpec } from '../../../play/game/round-spec';
import type { RoundResult } from '../../../play/round/round-component';
import { analysePredictions, type Prediction } from '../../../views/results/predictions';
import { lessonNetwork } from '../../game/lesson-network';
import { LessonRounds } from '../../game/lesson-rounds';
import { allRight, rightAnswers, type SeriesState } from '../../game/round-series';
import type { LessonContext, LessonStep } from '../../step';
import { FIRST_NETWORK } from '../first-network/model';
import { conceptQuestions, predictionImages, QUIZ_POINTS, quizRoundId, quizRounds, type Answer, type ConceptQuestion, type QuizRound } from './model';
import { QUESTION_TEXT } from './question-text';
import { QuizResults, type FirstScore } from './results-view';
import './step.css';

const RESULT_KEY = 'quiz.firstScore';
const ROUNDS_KEY = 'quiz.rounds';

const formatAnswer = (answer: Answer) => (answer.kind === 'shape' ? answer.value.join(' × ') : formatNumber(answer.value));

/** A concept question as a round: its question, its four answers, its explanation in the reveal. */
function questionSpec(q: ConceptQuestion): RoundSpec {
  const text = QUESTION_TEXT[q.id];
  return { kind: 'choice', prompt: () => t(text.question, q.params), options: q.options.map((o) => () => formatAnswer(o)), answer: q.answer, explanation: () => t(text.explanation, q.params) };
}

class QuizStep implements LessonStep {
  readonly id = 'quiz';
  readonly titleKey = 'stepQuiz.title';
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly status = h('p', { role: 'status', class: 'lt-status', id: 'quiz-status' });
  private readonly alert = h('p', { role: 'alert', class: 'alert', id: 'quiz-alert', hidden: true });
  private readonly results = new QuizResults();
  private context!: LessonContext;
  private rounds!: LessonRounds;
  private plan: QuizRound[] = [];
  private predictions: Prediction[] = [];
  /** The rounds answered on this visit (for the result lines). */
  private played: (RoundResult | undefined)[] = [];
  private destroyed = false;

  constructor() {
    this.element = h(
      'div',
      { class: 'lesson-quiz', 'data-model': 'loading' },
      this.texts.set(h('p', { class: 'lesson-lead' }), 'stepQuiz.intro'),
      this.status,
      this.alert,
      this.results.firstScore,
    );
  }

  get view() {
    return this.rounds?.view;
  }

  get canvasHost() {
    return this.rounds?.canvasHost;
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.rounds = new LessonRounds({
      id: 'quiz-rounds',
      classQuestion: 'quiz',
      context,
      progressKey: ROUNDS_KEY,
      onAnswer: (result, n) => (this.played[n] = result),
      onDone: (state, first) => this.finish(state, first),
    });
    this.element.append(this.rounds.element, this.results.element);
    this.renderResults();
  }

  show(): void {
    void this.load();
  }

  update(deltaMs: number): void {
    this.rounds.update(deltaMs);
  }

  resize(width: number): number {
    return this.rounds.resize(width);
  }

  destroy(): void {
    this.destroyed = true;
    this.rounds.destroy();
  }

  translate(): void {
    this.texts.apply();
    this.rounds.translate();
    this.results.translate();
    this.renderResults();
  }

  /** The learner's first network (or the house network), its answers on the test images, then the game. */
  private async load(): Promise<void> {
    this.texts.set(this.status, 'lessonGame.roundsLoading');
    try {
      const network = await lessonNetwork(this.context, FIRST_NETWORK);
      if (this.destroyed) return;
      this.rounds.setNetwork(network);
      this.predictions = analysePredictions(await network.network.testProbabilities(), this.context.data.test.labels);
      if (this.destroyed) return;
      this.element.dataset.model = network.source === 'learner' ? 'ready' : 'house';
      this.texts.set(this.status, null);
      this.plan = quizRounds(conceptQuestions(), predictionImages(this.predictions));
      const specs = this.plan.map((round): RoundSpec => (round.kind === 'question' ? questionSpec(round.question) : { kind: 'network', image: round.image }));
      await this.rounds.play(specs, this.plan.map(quizRoundId));
    } catch (error) {
      if (this.destroyed) return;
      this.element.dataset.model = 'failed';
      this.texts.set(this.status, null);
      this.texts.set(this.alert, 'lesson.failed', { detail: String((error as Error)?.message ?? error) });
      this.alert.hidden = false;
    }
  }

  /** The game is over: the step is done; the first game's score is kept (and a badge when all were right). */
  private finish(state: SeriesState, first: boolean): void {
    if (this.destroyed) return;
    if (first) {
      const score: FirstScore = { correct: rightAnswers(state), total: state.ids.length, points: state.score };
      this.context.progress.set(RESULT_KEY, score);
      if (allRight(state)) this.context.earn('sharp-eye');
    }
    this.context.complete(QUIZ_POINTS.completion);
    this.renderResults(state);
    if (this.played.some(Boolean)) this.results.heading.focus();
  }

  /** Round `r`'s line: right or not, and why. */
  private line(r: number, result: RoundResult): string {
    const round = this.plan[r];
    const head = result.correct ? t('lesson.feedbackRight') : t('lessonGame.revealed', { answer: this.answerText(round, result.answer) });
    if (round.kind === 'question') return `${head} ${t(QUESTION_TEXT[round.question.id].explanation, round.question.params)}`;
    const p = this.predictions[round.image];
    const confidence = formatNumber(p.confidence, undefined, { style: 'percent', maximumFractionDigits: 0 });
    return `${head} ${t('stepQuiz.predictWhy', { predicted: className(p.predicted), confidence, label: className(p.label) })}`;
  }

  private answerText(round: QuizRound, answer: number): string {
    return round.kind === 'question' ? formatAnswer(round.question.options[answer]) : className(answer);
  }

  private renderResults(state?: SeriesState): void {
    const first = this.context?.progress.get<FirstScore>(RESULT_KEY);
    const results = this.played.length === this.plan.length && this.plan.length > 0 && this.played.every(Boolean) ? (this.played as RoundResult[]) : null;
    this.results.render(first, results && results.map((r) => r.correct), results ? results.map((r, i) => this.line(i, r)) : [], state?.score ?? this.rounds?.series.score ?? 0);
  }
}

export function createQuizStep(): LessonStep {
  return new QuizStep();
}
