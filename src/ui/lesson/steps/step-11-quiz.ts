// Step 11 "Wrap-up quiz": four concept questions (output sizes and parameter counts, answers from
// the shared planner) and one about the learner's own network: which class will it predict for
// this test image? Radio groups in fieldsets; a result section with the score and feedback per
// question. Points count on the first submission only; "Try again" is for practice.
import { CLASS_COUNT } from '../../../data/classes';
import { IMAGE_SIZE } from '../../../data/idx';
import { h } from '../../framework/dom';
import { className, formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { imageDataUrl } from '../image-url';
import type { LessonContext, LessonStep } from '../step';
import { QUICK_TRAIN_IMAGES } from '../../training/training-run';
import { FIRST_NETWORK } from './step-04-first-network-model';
import { argmax, conceptQuestions, pickPredictionImage, PREDICTION_SCAN, QUIZ_POINTS, type Answer, type ConceptQuestion } from './step-11-quiz-questions';

const RESULT_KEY = 'quiz.firstScore';

const QUESTION_TEXT: Record<ConceptQuestion['id'], { question: MessageKey; explanation: MessageKey }> = {
  'conv-output': { question: 'lessonCore.quizConvOutput', explanation: 'lessonCore.quizConvOutputWhy' },
  'pool-output': { question: 'lessonCore.quizPoolOutput', explanation: 'lessonCore.quizPoolOutputWhy' },
  'conv-params': { question: 'lessonCore.quizConvParams', explanation: 'lessonCore.quizConvParamsWhy' },
  'dense-params': { question: 'lessonCore.quizDenseParams', explanation: 'lessonCore.quizDenseParamsWhy' },
};

interface QuestionView {
  fieldset: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  radios: HTMLInputElement[];
  optionLabels: HTMLSpanElement[];
  feedback: HTMLParagraphElement;
}

interface Prediction {
  index: number;
  label: number;
  predicted: number;
  confidence: number;
  trained: boolean;
}

type ModelState = 'loading' | 'untrained' | 'training' | 'ready' | 'failed';

const formatAnswer = (answer: Answer) => (answer.kind === 'shape' ? answer.value.join(' × ') : formatNumber(answer.value));

class QuizStep implements LessonStep {
  readonly id = 'quiz';
  readonly titleKey: MessageKey = 'lessonCore.titleQuiz';
  readonly element: HTMLElement;
  private readonly questions = conceptQuestions();
  private readonly texts: [HTMLElement, MessageKey, () => MessageParams | undefined][] = [];
  private readonly views: QuestionView[] = [];
  private readonly predictionView: QuestionView;
  private readonly image = h('img', { class: 'lesson-digit', id: 'quiz-image', width: IMAGE_SIZE * 4, height: IMAGE_SIZE * 4, hidden: true });
  private readonly modelStatus = h('p', { class: 'quiz-model-status', id: 'quiz-model-status', 'aria-live': 'polite' });
  private readonly trainButton = h('button', { type: 'button', class: 'button button-primary', id: 'quiz-train', hidden: true });
  private readonly submitButton = h('button', { type: 'submit', class: 'button button-primary', id: 'quiz-submit' });
  private readonly message = h('p', { class: 'lesson-result', id: 'quiz-message', role: 'status' });
  private readonly results = h('section', { class: 'quiz-results', id: 'quiz-results', 'aria-labelledby': 'quiz-results-heading', hidden: true });
  private readonly resultsHeading = h('h3', { id: 'quiz-results-heading', tabindex: -1 });
  private readonly score = h('p', { class: 'quiz-score', id: 'quiz-score' });
  private readonly resultList = h('ol', { class: 'quiz-result-list' });
  private readonly againButton = h('button', { type: 'button', class: 'button', id: 'quiz-again' });
  /** A learner back on the quiz (after a reload) sees how the first attempt went. */
  private readonly firstScore = h('p', { class: 'quiz-first-score', id: 'quiz-first-score', hidden: true });
  private context!: LessonContext;
  private prediction: Prediction | null = null;
  private modelState: ModelState = 'loading';
  private modelError = '';
  private submitted: boolean[] | null = null;
  private destroyed = false;

  constructor() {
    const text = <E extends HTMLElement>(element: E, key: MessageKey, params?: () => MessageParams): E => {
      this.texts.push([element, key, params ?? (() => undefined)]);
      return element;
    };
    const list = h('ol', { class: 'quiz-questions' });
    this.questions.forEach((question, q) => {
      const view = this.questionView(`quiz-q${q}`, question.options.length);
      this.views.push(view);
      list.append(h('li', { 'data-question': question.id }, view.fieldset));
    });
    this.predictionView = this.questionView('quiz-q-predict', CLASS_COUNT);
    this.predictionView.fieldset.insertBefore(h('div', { class: 'quiz-prediction-model' }, this.image, this.modelStatus, this.trainButton), this.predictionView.fieldset.children[1]);
    list.append(h('li', { 'data-question': 'prediction' }, this.predictionView.fieldset));
    const form = h('form', { class: 'lesson-check quiz-form', novalidate: true, 'aria-labelledby': 'quiz-heading' }, text(h('h3', { id: 'quiz-heading' }), 'lessonCore.quizHeading'), list, h('div', { class: 'lesson-check-buttons' }, this.submitButton), this.message);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.results.append(this.resultsHeading, this.score, this.resultList, h('div', { class: 'lesson-check-buttons' }, this.againButton));
    this.element = h(
      'div',
      { class: 'lesson-quiz' },
      text(h('p', { class: 'lesson-lead' }), 'lessonCore.quizIntro', () => ({ count: this.questions.length + 1 })),
      this.firstScore,
      form,
      this.results,
    );
    this.trainButton.addEventListener('click', () => void this.trainQuickly());
    this.againButton.addEventListener('click', () => this.tryAgain());
  }

  private questionView(id: string, options: number): QuestionView {
    const legend = h('legend');
    const radios: HTMLInputElement[] = [];
    const optionLabels: HTMLSpanElement[] = [];
    const group = h('div', { class: 'quiz-options' });
    for (let o = 0; o < options; o++) {
      const radio = h('input', { type: 'radio', name: id, id: `${id}-${o}`, value: o });
      const span = h('span');
      radios.push(radio);
      optionLabels.push(span);
      group.append(h('label', { class: 'quiz-option', for: radio.id }, radio, span));
    }
    const feedback = h('p', { class: 'lesson-feedback', id: `${id}-feedback` });
    const fieldset = h('fieldset', { class: 'quiz-question', id, 'aria-describedby': feedback.id }, legend, group, feedback);
    return { fieldset, legend, radios, optionLabels, feedback };
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
    for (const [element, key, params] of this.texts) element.textContent = t(key, params());
    this.questions.forEach((question, q) => {
      const view = this.views[q];
      view.legend.textContent = t('lessonCore.quizQuestion', { n: q + 1, question: t(QUESTION_TEXT[question.id].question, question.params) });
      question.options.forEach((option, o) => (view.optionLabels[o].textContent = formatAnswer(option)));
    });
    const n = this.questions.length + 1;
    this.predictionView.legend.textContent = t('lessonCore.quizQuestion', { n, question: t('lessonCore.quizPredict') });
    this.predictionView.optionLabels.forEach((span, label) => (span.textContent = className(label)));
    this.image.alt = t('lessonCore.quizImageAlt', { index: (this.prediction?.index ?? 0) + 1 });
    this.submitButton.textContent = t('lessonCore.checkAnswers');
    this.trainButton.textContent = t('lessonCore.quizTrainNow');
    this.againButton.textContent = t('lessonCore.quizAgain');
    this.resultsHeading.textContent = t('lessonCore.quizResultsHeading');
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
      this.predictionView.radios[0].focus();
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
    this.image.src = imageDataUrl(data.test.images, index);
    this.image.alt = t('lessonCore.quizImageAlt', { index: index + 1 });
    this.image.hidden = false;
    this.predictionView.fieldset.dataset.imageIndex = String(index);
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
      loading: 'lessonCore.quizModelLoading',
      untrained: 'lessonCore.quizModelUntrained',
      training: 'lessonCore.quizModelTraining',
      ready: this.prediction?.trained === false ? 'lessonCore.quizModelQuick' : 'lessonCore.quizModelReady',
      failed: 'lessonCore.quizModelFailed',
    };
    const accuracy = this.context?.trained(FIRST_NETWORK)?.testAccuracy;
    this.modelStatus.textContent = t(keys[this.modelState], {
      accuracy: accuracy === undefined ? '–' : formatNumber(accuracy, undefined, { style: 'percent', maximumFractionDigits: 1 }),
      detail: this.modelError,
    });
    this.trainButton.hidden = this.modelState !== 'untrained';
    const ready = this.modelState === 'ready';
    for (const radio of this.predictionView.radios) radio.disabled = !ready;
  }

  private chosen(view: QuestionView): number | null {
    const index = view.radios.findIndex((radio) => radio.checked);
    return index < 0 ? null : index;
  }

  private submit(): void {
    const views = [...this.views, this.predictionView];
    if (this.modelState !== 'ready') {
      this.message.textContent = t('lessonCore.quizWaitModel');
      return;
    }
    const missing = views.findIndex((view) => this.chosen(view) === null);
    if (missing >= 0) {
      this.message.textContent = t('lessonCore.quizMissing', { n: missing + 1 });
      views[missing].radios[0].focus();
      return;
    }
    this.message.textContent = '';
    const right = [...this.questions.map((question, q) => this.chosen(this.views[q]) === question.answer), this.chosen(this.predictionView) === this.prediction!.predicted];
    this.submitted = right;
    const correct = right.filter(Boolean).length;
    if (this.context.progress.get(RESULT_KEY) === undefined) {
      this.context.progress.set(RESULT_KEY, { correct, total: right.length });
      this.context.award(correct * QUIZ_POINTS.each);
    }
    this.context.complete(QUIZ_POINTS.completion);
    for (const view of views) for (const radio of view.radios) radio.disabled = true;
    this.submitButton.disabled = true;
    this.renderResults();
    this.resultsHeading.focus();
  }

  private tryAgain(): void {
    this.submitted = null;
    for (const view of [...this.views, this.predictionView]) {
      for (const radio of view.radios) {
        radio.checked = false;
        radio.disabled = false;
      }
    }
    this.submitButton.disabled = false;
    this.renderModelStatus();
    this.renderResults();
    this.views[0].radios[0].focus();
  }

  private renderResults(): void {
    const first = this.context?.progress.get<{ correct: number; total: number }>(RESULT_KEY);
    this.firstScore.hidden = !first || this.submitted !== null;
    this.firstScore.textContent = first ? t('lessonCore.quizFirstScore', { correct: first.correct, total: first.total, points: first.correct * QUIZ_POINTS.each }) : '';
    const right = this.submitted;
    this.results.hidden = !right;
    const views = [...this.views, this.predictionView];
    if (!right) {
      for (const view of views) view.feedback.textContent = '';
      this.resultList.replaceChildren();
      return;
    }
    const lines = [
      ...this.questions.map((question, q) => {
        const answer = formatAnswer(question.options[question.answer]);
        const why = t(QUESTION_TEXT[question.id].explanation, question.params);
        return `${t(right[q] ? 'lessonCore.feedbackRight' : 'lessonCore.feedbackWrong', { answer })} ${why}`;
      }),
      (() => {
        const p = this.prediction!;
        const prediction = t('lessonCore.quizPredictWhy', {
          predicted: className(p.predicted),
          confidence: formatNumber(p.confidence, undefined, { style: 'percent', maximumFractionDigits: 0 }),
          label: className(p.label),
        });
        return `${t(right[right.length - 1] ? 'lessonCore.feedbackRight' : 'lessonCore.feedbackWrong', { answer: className(p.predicted) })} ${prediction}`;
      })(),
    ];
    lines.forEach((line, q) => {
      views[q].feedback.textContent = line;
      views[q].feedback.dataset.correct = String(right[q]);
    });
    this.predictionView.fieldset.dataset.predicted = String(this.prediction!.predicted);
    const correct = right.filter(Boolean).length;
    this.score.textContent = t('lessonCore.quizScore', { correct, total: right.length, points: (first?.correct ?? correct) * QUIZ_POINTS.each });
    this.score.dataset.correct = String(correct);
    this.resultList.replaceChildren(
      ...lines.map((line, q) => h('li', { 'data-correct': String(right[q]) }, h('strong', {}, t('lessonCore.quizQuestionShort', { n: q + 1 })), ' ', line)),
    );
  }
}

export function createQuizStep(): LessonStep {
  return new QuizStep();
}
