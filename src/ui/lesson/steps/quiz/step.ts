// "Wrap-up quiz": four concept questions (output sizes and parameter counts, answers from the
// shared planner) and one about the learner's own network: which class will it predict for this
// test image? A result section with the score and feedback per question. Points count on the first
// submission only; "Try again" is for practice.
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { className, formatNumber, t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { imageDataUrl } from '../../../views/image-url';
import type { LessonContext, LessonStep } from '../../step';
import { preset } from '../../../../shared/presets';
import type { TrainingRun } from '../../../training/training-run';
import { FIRST_NETWORK } from '../first-network/model';
import { topTwo } from '../../../views/results/predictions';
import { reportAnswer } from '../../../classroom-sync/hooks';
import { answerAttempt, isSettled, type Attempt } from '../../game/attempts';
import { CONCEPT_HINTS, conceptQuestions, pickPredictionImage, PREDICTION_SCAN, predictionHint, QUIZ_POINTS, quizScore } from './model';
import { formatAnswer, QUESTION_TEXT, QuizForm } from './quiz-form';
import { QuizResults, type FirstScore } from './results-view';
import './step.css';

const RESULT_KEY = 'quiz.firstScore';

interface Prediction {
  index: number;
  label: number;
  predicted: number;
  second: number;
  confidence: number;
  trained: boolean;
}

type ModelState = 'loading' | 'untrained' | 'training' | 'ready' | 'failed';

class QuizStep implements LessonStep {
  readonly id = 'quiz';
  readonly titleKey = 'stepQuiz.title';
  readonly element: HTMLElement;
  private readonly questions = conceptQuestions();
  private readonly texts = new BoundTexts();
  private readonly form = new QuizForm(this.texts, this.questions, () => this.submit());
  private readonly results = new QuizResults();
  private context!: LessonContext;
  private prediction: Prediction | null = null;
  private modelState: ModelState = 'loading';
  private modelError = '';
  /** Per question (the concept questions, then the prediction): hint first, the answer on the second miss. */
  private attempts: Attempt[] = [];
  /** The choice that earned each hint (the hint is about it). */
  private hinted: (number | null)[] = [];
  private finished = false;
  private destroyed = false;
  private run: TrainingRun | null = null;

  constructor() {
    this.element = h(
      'div',
      { class: 'lesson-quiz' },
      this.texts.set(h('p', { class: 'lesson-lead' }), 'stepQuiz.intro', { count: this.questions.length + 1 }),
      this.results.firstScore,
      this.form.element,
      this.results.element,
    );
    this.form.trainButton.addEventListener('click', () => void this.trainQuickly());
    this.results.againButton.addEventListener('click', () => this.tryAgain());
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.resetAttempts();
  }

  private resetAttempts(): void {
    this.attempts = this.form.views.map(() => 'open');
    this.hinted = this.form.views.map(() => null);
    this.finished = false;
  }

  show(): void {
    if (this.modelState === 'loading') void this.loadModel();
  }

  destroy(): void {
    this.destroyed = true;
    this.run?.cancel();
  }

  translate(): void {
    this.texts.apply();
    this.form.translate(this.prediction?.index ?? 0);
    this.results.translate();
    this.renderModelStatus();
    this.renderResults();
  }

  /** The learner's first network in the worker, and the test image to ask about. */
  private async loadModel(): Promise<void> {
    try {
      const trained = await this.context.useModel(FIRST_NETWORK);
      if (this.destroyed) return;
      if (!trained) {
        this.setModelState('untrained');
        return;
      }
      await this.predict(true);
    } catch (error) {
      this.fail(error);
    }
  }

  /** For a learner who skipped training (teacher mode): one quick epoch through the training owner, not saved. */
  private async trainQuickly(): Promise<void> {
    if (this.run) return;
    this.setModelState('training');
    const spec = preset(FIRST_NETWORK)!;
    const { quickImages, threads } = this.context.budget(spec);
    const run = this.context.training.start({
      spec,
      preset: FIRST_NETWORK,
      settings: { epochs: 1, threads, trainLimit: this.context.quickMode ? quickImages : undefined },
      quick: this.context.quickMode,
      score: 'completed',
    });
    this.run = run;
    const result = await run.result;
    this.run = null;
    if (result.cancelled || this.destroyed) return;
    if (result.status !== 'completed') {
      this.modelError = result.message ? t(result.message.key, result.message.params) : result.status;
      this.setModelState('failed');
      return;
    }
    try {
      await this.predict(false);
      this.form.prediction.radios[0].focus();
    } catch (error) {
      this.fail(error);
    }
  }

  private async predict(trained: boolean): Promise<void> {
    const { trainer, data } = this.context;
    const scan = await trainer.call((r) => r.predictTest(0, PREDICTION_SCAN));
    const index = pickPredictionImage(scan, data.test.labels.subarray(0, PREDICTION_SCAN));
    const probabilities = await trainer.call((r) => r.predictTest(index, 1));
    if (this.destroyed) return;
    const [predicted, second] = topTwo(probabilities, 0);
    this.prediction = { index, label: data.test.labels[index], predicted, second, confidence: probabilities[predicted], trained };
    const image = this.form.image;
    image.src = imageDataUrl(data.test.images, index);
    image.alt = t('stepQuiz.imageAlt', { index: index + 1 });
    image.hidden = false;
    this.form.prediction.fieldset.dataset.imageIndex = String(index);
    this.setModelState('ready');
  }

  private fail(error: unknown): void {
    if (this.destroyed) return;
    this.modelError = String((error as Error)?.message ?? error);
    this.setModelState('failed');
  }

  private setModelState(state: ModelState): void {
    this.modelState = state;
    this.element.dataset.model = state;
    this.renderModelStatus();
  }

  private renderModelStatus(): void {
    const keys: Record<ModelState, MessageKey> = {
      loading: 'stepQuiz.modelLoading',
      untrained: 'stepQuiz.modelUntrained',
      training: 'stepQuiz.modelTraining',
      ready: this.prediction?.trained === false ? 'stepQuiz.modelQuick' : 'stepQuiz.modelReady',
      failed: 'stepQuiz.modelFailed',
    };
    const accuracy = this.context?.trained(FIRST_NETWORK)?.testAccuracy;
    this.form.modelStatus.textContent = t(keys[this.modelState], {
      accuracy: accuracy === undefined ? '–' : formatNumber(accuracy, undefined, { style: 'percent', maximumFractionDigits: 1 }),
      detail: this.modelError,
    });
    this.form.trainButton.hidden = this.modelState !== 'untrained';
    const ready = this.modelState === 'ready' && !isSettled(this.attempts[this.questions.length] ?? 'open');
    for (const radio of this.form.prediction.radios) radio.disabled = !ready;
  }

  /** Checks every open question: a first miss gets a hint (answer again), a second miss the answer. */
  private submit(): void {
    if (this.modelState !== 'ready') {
      this.form.say(t('stepQuiz.waitModel'));
      return;
    }
    const choices = this.form.choices();
    const missing = choices.findIndex((choice, q) => choice === null && !isSettled(this.attempts[q]));
    if (missing >= 0) {
      this.form.say(t('stepQuiz.missing', { n: missing + 1 }));
      this.form.views[missing].radios[0].focus();
      return;
    }
    const answers = [...this.questions.map((question) => question.answer), this.prediction!.predicted];
    choices.forEach((choice, q) => {
      if (isSettled(this.attempts[q])) return;
      this.attempts[q] = answerAttempt(this.attempts[q], choice === answers[q]);
      reportAnswer(`quiz.q${q + 1}`, choice === answers[q], choice ?? ''); // to the class (classroom server only)
      if (this.attempts[q] === 'hinted') this.hinted[q] = choice;
      this.form.lockQuestion(q, isSettled(this.attempts[q]), this.attempts[q] === 'hinted');
    });
    this.element.dataset.attempts = this.attempts.join(' ');
    if (this.attempts.every(isSettled)) return this.finish();
    this.form.say(t('stepQuiz.checkAgain'));
    this.renderResults();
    this.form.views[this.attempts.indexOf('hinted')].radios[0].focus();
  }

  /** Every question settled: the score (points on the first completion only), the badge, the results. */
  private finish(): void {
    this.form.say('');
    this.finished = true;
    const score = quizScore(this.attempts);
    if (this.context.progress.get(RESULT_KEY) === undefined) {
      this.context.progress.set(RESULT_KEY, { correct: score.right, total: this.attempts.length, points: score.points });
      this.context.award(score.points);
      if (score.firstTry) this.context.earn('sharp-eye');
    }
    this.context.complete(QUIZ_POINTS.completion);
    this.form.lock(true);
    this.renderResults();
    this.results.heading.focus();
  }

  private tryAgain(): void {
    this.resetAttempts();
    delete this.element.dataset.attempts;
    this.form.lock(false);
    this.renderModelStatus();
    this.renderResults();
    this.form.views[0].radios[0].focus();
  }

  /** Question `q`'s feedback line: its hint while it waits for a second answer, the answer once settled. */
  private feedback(q: number): string {
    const attempt = this.attempts[q];
    const p = this.prediction!;
    const isPrediction = q === this.questions.length;
    const answer = isPrediction ? className(p.predicted) : formatAnswer(this.questions[q].options[this.questions[q].answer]);
    if (attempt === 'open') return '';
    if (attempt === 'hinted') {
      const hint = isPrediction ? predictionHint(this.hinted[q] ?? -1, p.predicted, p.second) : null;
      const text = hint ? t(hint.key, { a: className(hint.classes[0]), b: className(hint.classes[1] ?? hint.classes[0]) }) : t(CONCEPT_HINTS[this.questions[q].id]);
      return t('lessonGame.tryAgainHint', { hint: text });
    }
    const head = attempt === 'revealed' ? t('lessonGame.revealed', { answer }) : t(attempt === 'right' ? 'lesson.feedbackRight' : 'lessonGame.rightWithHint', { answer });
    const why = isPrediction
      ? t('stepQuiz.predictWhy', { predicted: className(p.predicted), confidence: formatNumber(p.confidence, undefined, { style: 'percent', maximumFractionDigits: 0 }), label: className(p.label) })
      : t(QUESTION_TEXT[this.questions[q].id].explanation, this.questions[q].params);
    return `${head} ${why}`;
  }

  private renderResults(): void {
    const first = this.context?.progress.get<FirstScore>(RESULT_KEY);
    const p = this.prediction;
    if (p && !this.attempts.every((a) => a === 'open')) {
      this.form.views.forEach((view, q) => {
        view.feedback.textContent = this.feedback(q);
        view.fieldset.dataset.attempt = this.attempts[q];
      });
      this.form.prediction.fieldset.dataset.predicted = String(p.predicted);
      if (this.attempts[this.questions.length] === 'hinted') {
        const hint = predictionHint(this.hinted[this.questions.length] ?? -1, p.predicted, p.second);
        this.form.prediction.fieldset.dataset.hint = hint.classes.join(' ');
      }
    }
    const right = this.finished ? this.attempts.map((a) => a === 'right' || a === 'rightAfterHint') : null;
    const lines = this.finished && p ? this.form.views.map((_, q) => this.feedback(q)) : [];
    this.results.render(first, right, lines, this.form.views, quizScore(this.attempts).points);
    if (!this.finished && p) this.form.views.forEach((view, q) => (view.feedback.textContent = this.feedback(q)));
  }
}

export function createQuizStep(): LessonStep {
  return new QuizStep();
}
