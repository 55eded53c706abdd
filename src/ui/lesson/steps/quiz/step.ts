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
import { QUICK_TRAIN_IMAGES } from '../../../training/training-run';
import { FIRST_NETWORK } from '../first-network/model';
import { argmax, conceptQuestions, pickPredictionImage, PREDICTION_SCAN, QUIZ_POINTS } from './model';
import { formatAnswer, QUESTION_TEXT, QuizForm } from './quiz-form';
import { QuizResults, type FirstScore } from './results-view';
import './step.css';

const RESULT_KEY = 'quiz.firstScore';

interface Prediction {
  index: number;
  label: number;
  predicted: number;
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
  private submitted: boolean[] | null = null;
  private destroyed = false;

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
  }

  show(): void {
    if (this.modelState === 'loading') void this.loadModel();
  }

  destroy(): void {
    this.destroyed = true;
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

  /** For a learner who skipped training (teacher mode): one quick epoch, not saved. */
  private async trainQuickly(): Promise<void> {
    this.setModelState('training');
    try {
      await this.context.trainer.train({ epochs: 1, batchSize: 128, trainLimit: this.context.quickMode ? QUICK_TRAIN_IMAGES : undefined }, () => {});
      if (this.destroyed) return;
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
    const predicted = argmax(probabilities);
    this.prediction = { index, label: data.test.labels[index], predicted, confidence: probabilities[predicted], trained };
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
    const ready = this.modelState === 'ready';
    for (const radio of this.form.prediction.radios) radio.disabled = !ready;
  }

  private submit(): void {
    if (this.modelState !== 'ready') {
      this.form.say(t('stepQuiz.waitModel'));
      return;
    }
    const choices = this.form.choices();
    const missing = choices.indexOf(null);
    if (missing >= 0) {
      this.form.say(t('stepQuiz.missing', { n: missing + 1 }));
      this.form.views[missing].radios[0].focus();
      return;
    }
    this.form.say('');
    const right = [...this.questions.map((question, q) => choices[q] === question.answer), choices[this.questions.length] === this.prediction!.predicted];
    this.submitted = right;
    const correct = right.filter(Boolean).length;
    if (this.context.progress.get(RESULT_KEY) === undefined) {
      this.context.progress.set(RESULT_KEY, { correct, total: right.length });
      this.context.award(correct * QUIZ_POINTS.each);
    }
    this.context.complete(QUIZ_POINTS.completion);
    this.form.lock(true);
    this.renderResults();
    this.results.heading.focus();
  }

  private tryAgain(): void {
    this.submitted = null;
    this.form.lock(false);
    this.renderModelStatus();
    this.renderResults();
    this.form.views[0].radios[0].focus();
  }

  private renderResults(): void {
    const first = this.context?.progress.get<FirstScore>(RESULT_KEY);
    const right = this.submitted;
    const p = this.prediction;
    const lines =
      right && p
        ? [
            ...this.questions.map((question, q) => {
              const answer = formatAnswer(question.options[question.answer]);
              return `${t(right[q] ? 'lesson.feedbackRight' : 'lesson.feedbackWrong', { answer })} ${t(QUESTION_TEXT[question.id].explanation, question.params)}`;
            }),
            `${t(right[right.length - 1] ? 'lesson.feedbackRight' : 'lesson.feedbackWrong', { answer: className(p.predicted) })} ${t('stepQuiz.predictWhy', {
              predicted: className(p.predicted),
              confidence: formatNumber(p.confidence, undefined, { style: 'percent', maximumFractionDigits: 0 }),
              label: className(p.label),
            })}`,
          ]
        : [];
    if (right && p) this.form.prediction.fieldset.dataset.predicted = String(p.predicted);
    this.results.render(first, right, lines, this.form.views);
  }
}

export function createQuizStep(): LessonStep {
  return new QuizStep();
}
