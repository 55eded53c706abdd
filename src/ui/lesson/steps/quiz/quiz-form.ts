// The quiz's form: the concept questions and the question about the learner's own network (with its
// test image, the network's status and a "train it now" button), each a radio group in a fieldset
// with a feedback line; a submit button and a message line.
import { CLASS_COUNT } from '../../../../data/classes';
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { className, formatNumber, t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { Answer, ConceptQuestion } from './model';

export const QUESTION_TEXT: Record<ConceptQuestion['id'], { question: MessageKey; explanation: MessageKey }> = {
  'conv-output': { question: 'stepQuiz.convOutput', explanation: 'stepQuiz.convOutputWhy' },
  'pool-output': { question: 'stepQuiz.poolOutput', explanation: 'stepQuiz.poolOutputWhy' },
  'conv-params': { question: 'stepQuiz.convParams', explanation: 'stepQuiz.convParamsWhy' },
  'dense-params': { question: 'stepQuiz.denseParams', explanation: 'stepQuiz.denseParamsWhy' },
};

export const formatAnswer = (answer: Answer) => (answer.kind === 'shape' ? answer.value.join(' × ') : formatNumber(answer.value));

export interface QuestionView {
  fieldset: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  radios: HTMLInputElement[];
  optionLabels: HTMLSpanElement[];
  feedback: HTMLParagraphElement;
}

function questionView(id: string, options: number): QuestionView {
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

export class QuizForm {
  readonly element: HTMLFormElement;
  /** The concept questions' views, then the prediction question's. */
  readonly views: QuestionView[] = [];
  readonly prediction: QuestionView;
  readonly image = h('img', { class: 'lesson-digit', id: 'quiz-image', width: IMAGE_SIZE * 4, height: IMAGE_SIZE * 4, hidden: true });
  readonly modelStatus = h('p', { class: 'quiz-model-status', id: 'quiz-model-status', 'aria-live': 'polite' });
  readonly trainButton = h('button', { type: 'button', class: 'button button-primary', id: 'quiz-train', hidden: true });
  readonly submitButton = h('button', { type: 'submit', class: 'button button-primary', id: 'quiz-submit' });
  private readonly message = h('p', { class: 'lesson-result', id: 'quiz-message', role: 'status' });

  constructor(
    texts: BoundTexts,
    private readonly questions: readonly ConceptQuestion[],
    onSubmit: () => void,
  ) {
    const list = h('ol', { class: 'quiz-questions' });
    questions.forEach((question, q) => {
      const view = questionView(`quiz-q${q}`, question.options.length);
      this.views.push(view);
      list.append(h('li', { 'data-question': question.id }, view.fieldset));
    });
    this.prediction = questionView('quiz-q-predict', CLASS_COUNT);
    this.prediction.fieldset.insertBefore(h('div', { class: 'quiz-prediction-model' }, this.image, this.modelStatus, this.trainButton), this.prediction.fieldset.children[1]);
    this.views.push(this.prediction);
    list.append(h('li', { 'data-question': 'prediction' }, this.prediction.fieldset));
    this.element = h(
      'form',
      { class: 'lesson-check quiz-form', novalidate: true, 'aria-labelledby': 'quiz-heading' },
      texts.set(h('h3', { id: 'quiz-heading' }), 'stepQuiz.heading'),
      list,
      h('div', { class: 'lesson-check-buttons' }, this.submitButton),
      this.message,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      onSubmit();
    });
  }

  /** The option chosen in each question (concept questions, then the prediction), or null. */
  choices(): (number | null)[] {
    return this.views.map((view) => {
      const index = view.radios.findIndex((radio) => radio.checked);
      return index < 0 ? null : index;
    });
  }

  say(text: string): void {
    this.message.textContent = text;
  }

  /** Locks the answers after a submission, or clears and unlocks them for another try. */
  lock(locked: boolean): void {
    for (const view of this.views) {
      for (const radio of view.radios) {
        if (!locked) radio.checked = false;
        radio.disabled = locked;
      }
    }
    this.submitButton.disabled = locked;
  }

  translate(imageIndex: number): void {
    this.questions.forEach((question, q) => {
      const view = this.views[q];
      view.legend.textContent = t('stepQuiz.question', { n: q + 1, question: t(QUESTION_TEXT[question.id].question, question.params) });
      question.options.forEach((option, o) => (view.optionLabels[o].textContent = formatAnswer(option)));
    });
    const n = this.questions.length + 1;
    this.prediction.legend.textContent = t('stepQuiz.question', { n, question: t('stepQuiz.predict') });
    this.prediction.optionLabels.forEach((span, label) => (span.textContent = className(label)));
    this.image.alt = t('stepQuiz.imageAlt', { index: imageIndex + 1 });
    this.submitButton.textContent = t('lesson.checkAnswers');
    this.trainButton.textContent = t('stepQuiz.trainNow');
  }
}
