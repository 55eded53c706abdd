// Step 4 "Build the first network": the tutorial's Keras code, a prediction (the conv layer's
// output shape and the total parameter count), then the reveal: Keras' model.summary() and a
// plot_model-style diagram of boxes with their shapes — all DOM text, from the shared planner.
import { sizeOf, type ModelPlan } from '../../../shared/plan';
import { summaryText } from '../../../shared/summary';
import { h } from '../../framework/dom';
import { formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { parseWholeNumber } from '../parse-number';
import type { LessonContext, LessonStep } from '../step';
import {
  checkFirstNetwork,
  diagramBoxes,
  FIRST_NETWORK_POINTS,
  firstNetworkPlan,
  type FirstNetworkCheck,
  type FirstNetworkGuess,
} from './step-04-first-network-model';

const GUESS_KEY = 'first-network.guess';

const KERAS_CODE = `model = keras.Sequential([
    keras.layers.Conv2D(5, (1, 3), activation='relu',
                        input_shape=(28, 28, 1)),
    keras.layers.Flatten(),
    keras.layers.Dense(10, activation='softmax'),
])
model.summary()`;

type GuessField = keyof FirstNetworkGuess;

class FirstNetworkStep implements LessonStep {
  readonly id = 'first-network';
  readonly titleKey: MessageKey = 'lessonCore.titleFirstNetwork';
  readonly element: HTMLElement;
  private readonly plan: ModelPlan = firstNetworkPlan();
  private readonly texts: [HTMLElement, MessageKey, () => MessageParams | undefined][] = [];
  private readonly inputs: Record<GuessField, HTMLInputElement>;
  private readonly shapeFeedback = h('p', { class: 'lesson-feedback', id: 'fn-shape-feedback' });
  private readonly paramsFeedback = h('span', { class: 'lesson-feedback', id: 'fn-params-feedback' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button button-primary', id: 'fn-check' });
  private readonly result = h('p', { class: 'lesson-result', id: 'fn-result', role: 'status' });
  private readonly reveal = h('div', { class: 'fn-reveal', id: 'fn-reveal', hidden: true });
  private readonly summary = h('pre', { class: 'model-summary', id: 'fn-summary', tabindex: 0, 'aria-labelledby': 'fn-summary-heading' });
  private readonly arithmetic = h('ul', { class: 'fn-arithmetic' });
  private readonly diagram = h('ol', { class: 'layer-diagram', id: 'fn-diagram', 'aria-labelledby': 'fn-diagram-heading' });
  private context!: LessonContext;
  private checked: FirstNetworkCheck | null = null;

  constructor() {
    const text = <E extends HTMLElement>(element: E, key: MessageKey, params?: () => MessageParams): E => {
      this.texts.push([element, key, params ?? (() => undefined)]);
      return element;
    };
    const input = (id: string, describedBy: string) => h('input', { type: 'text', inputmode: 'numeric', id, autocomplete: 'off', size: 6, 'aria-describedby': describedBy });
    this.inputs = {
      height: input('fn-height', 'fn-shape-feedback'),
      width: input('fn-width', 'fn-shape-feedback'),
      channels: input('fn-channels', 'fn-shape-feedback'),
      params: input('fn-params', 'fn-params-feedback'),
    };
    const shapeField = (field: GuessField, key: MessageKey) => h('div', { class: 'fn-shape-field' }, text(h('label', { for: this.inputs[field].id }), key), this.inputs[field]);
    const form = h(
      'form',
      { class: 'lesson-check', novalidate: true, 'aria-labelledby': 'fn-check-heading' },
      text(h('h3', { id: 'fn-check-heading' }), 'lessonCore.fnCheckHeading'),
      text(h('p'), 'lessonCore.fnCheckIntro'),
      h(
        'fieldset',
        { class: 'fn-shape' },
        text(h('legend'), 'lessonCore.fnShapeLegend'),
        h('div', { class: 'fn-shape-fields' }, shapeField('height', 'lessonCore.fnHeight'), shapeField('width', 'lessonCore.fnWidth'), shapeField('channels', 'lessonCore.fnChannels')),
        this.shapeFeedback,
      ),
      h('div', { class: 'field' }, text(h('label', { for: 'fn-params' }), 'lessonCore.fnParamsLabel'), this.inputs.params, this.paramsFeedback),
      text(h('p', { class: 'lesson-hint' }), 'lessonCore.fnHint'),
      h('div', { class: 'lesson-check-buttons' }, this.checkButton),
      this.result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.reveal.append(
      text(h('h3', { id: 'fn-summary-heading' }), 'lessonCore.fnSummaryHeading'),
      this.summary,
      text(h('h3', { id: 'fn-arithmetic-heading' }), 'lessonCore.fnArithmeticHeading'),
      this.arithmetic,
      text(h('h3', { id: 'fn-diagram-heading' }), 'lessonCore.fnDiagramHeading'),
      text(h('p'), 'lessonCore.fnDiagramIntro'),
      this.diagram,
    );
    this.element = h(
      'div',
      { class: 'lesson-first-network' },
      text(h('p', { class: 'lesson-lead' }), 'lessonCore.fnIntro'),
      text(h('h3', { id: 'fn-code-heading' }), 'lessonCore.fnCodeHeading'),
      h('pre', { class: 'code', tabindex: 0, 'aria-labelledby': 'fn-code-heading', translate: 'no' }, h('code', { lang: 'en' }, KERAS_CODE)),
      form,
      this.reveal,
    );
    this.summary.textContent = summaryText(this.plan);
    this.summary.setAttribute('translate', 'no');
  }

  prepare(context: LessonContext): void {
    this.context = context;
    const saved = context.progress.get<Record<GuessField, string>>(GUESS_KEY);
    if (saved) {
      for (const field of Object.keys(this.inputs) as GuessField[]) this.inputs[field].value = saved[field] ?? '';
      this.checked = checkFirstNetwork(this.guess(), this.plan);
    }
  }

  translate(): void {
    for (const [element, key, params] of this.texts) element.textContent = t(key, params());
    this.checkButton.textContent = t('lessonCore.fnReveal');
    this.renderArithmetic();
    this.renderDiagram();
    this.renderCheck();
  }

  private guess(): FirstNetworkGuess {
    const value = (field: GuessField) => parseWholeNumber(this.inputs[field].value);
    return { height: value('height'), width: value('width'), channels: value('channels'), params: value('params') };
  }

  private check(): void {
    const guess = this.guess();
    const empty = (Object.keys(guess) as GuessField[]).find((field) => guess[field] === null);
    if (empty) {
      this.result.textContent = t('lessonCore.enterNumbers');
      this.inputs[empty].focus();
      return;
    }
    this.checked = checkFirstNetwork(guess, this.plan);
    if (this.context.progress.get(GUESS_KEY) === undefined) {
      this.context.award((this.checked.shape ? FIRST_NETWORK_POINTS.shape : 0) + (this.checked.params ? FIRST_NETWORK_POINTS.params : 0));
    }
    this.context.progress.set(GUESS_KEY, Object.fromEntries(Object.entries(this.inputs).map(([field, input]) => [field, input.value])));
    this.context.complete(FIRST_NETWORK_POINTS.completion);
    this.renderCheck();
  }

  private renderCheck(): void {
    const checked = this.checked;
    this.reveal.hidden = !checked;
    if (!checked) {
      this.shapeFeedback.textContent = this.paramsFeedback.textContent = '';
      return;
    }
    const [height, width, channels] = this.plan.layers[0].outputShape;
    const shape = t('lessonCore.fnShapeValue', { height, width, channels });
    this.shapeFeedback.textContent = t(checked.shape ? 'lessonCore.feedbackRight' : 'lessonCore.feedbackWrong', { answer: shape });
    this.shapeFeedback.dataset.correct = String(checked.shape);
    this.paramsFeedback.textContent = t(checked.params ? 'lessonCore.feedbackRight' : 'lessonCore.feedbackWrong', { answer: formatNumber(this.plan.totalParams) });
    this.paramsFeedback.dataset.correct = String(checked.params);
    this.result.textContent = t('lessonCore.fnRevealed', { total: this.plan.totalParams });
  }

  /** Keras' counts, term by term: conv = filters × (kh·kw·in) + biases; dense = inputs × units + units. */
  private renderArithmetic(): void {
    const [conv, flatten, dense] = this.plan.layers;
    const kernel = conv.params.find((p) => p.role === 'kernel')!.shape;
    const items = [
      t('lessonCore.fnConvParams', { filters: kernel[3], kh: kernel[0], kw: kernel[1], channels: kernel[2], count: conv.paramCount }),
      t('lessonCore.fnFlattenShape', { height: conv.outputShape[0], width: conv.outputShape[1], channels: conv.outputShape[2], count: sizeOf(flatten.outputShape) }),
      t('lessonCore.fnDenseParams', { inputs: sizeOf(dense.inputShape), units: dense.outputShape[0], count: dense.paramCount }),
      t('lessonCore.fnTotalParams', { conv: conv.paramCount, dense: dense.paramCount, total: this.plan.totalParams }),
    ];
    this.arithmetic.replaceChildren(...items.map((item) => h('li', {}, item)));
  }

  private renderDiagram(): void {
    this.diagram.replaceChildren(
      ...diagramBoxes(this.plan).map((box) =>
        h(
          'li',
          { class: 'layer-box', 'data-layer': box.name },
          h('p', { class: 'layer-box-name', translate: 'no' }, `${box.name}: ${box.kerasClass}`),
          h(
            'dl',
            { class: 'layer-box-shapes' },
            h('dt', {}, t('lessonCore.fnInput')),
            h('dd', { translate: 'no' }, box.input),
            h('dt', {}, t('lessonCore.fnOutput')),
            h('dd', { translate: 'no' }, box.output),
            h('dt', {}, t('lessonCore.fnParams')),
            h('dd', {}, formatNumber(box.params)),
          ),
        ),
      ),
    );
  }
}

export function createFirstNetworkStep(): LessonStep {
  return new FirstNetworkStep();
}
