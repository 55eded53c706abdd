// Step 8 "Edit the weights": Keras get_weights/set_weights made tangible on the first network's
// layer 0 (5 filters × 3 weights + 5 biases, as labelled number fields). Every valid edit goes
// to the worker (setWeights) and the feature maps and the prediction are recomputed at once;
// "set all to 2" is the notebook's experiment; reset restores the copy taken at the start.
import '../visual.css';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import type { LayerActivation, WeightTensor } from '../../../shared/training-types';
import { h } from '../../framework/dom';
import { className, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { LessonContext, LessonStep } from '../step';
import { topClasses } from '../timeline/activations';
import { formatNumpy, kernelIndex, parseWeight, shortNumber, WEIGHT_LIMIT } from '../timeline/weights';
import { TileLabels } from '../views/feature-grid-view';
import { LatestOnly } from '../views/latest-only';
import { LayerStackView } from '../views/layer-stack-view';
import { percent, ProbabilityList } from '../views/probability-list';
import { testImage, TestImagePicker } from '../views/test-image-picker';
import { BoundTexts } from '../../i18n/bound-texts';
import { place } from '../views/place';

const PRESET = 'seed-a';
export const STEP_POINTS = 10;
const TRAIN_STEP_HASH = '#lesson/train';
const COLUMNS: MessageKey[] = ['lessonVisual.weightsColLeft', 'lessonVisual.weightsColMiddle', 'lessonVisual.weightsColRight', 'lessonVisual.weightsColBias'];
const ANSWERS = [
  { id: 'same', key: 'lessonVisual.weightsAnswerSame', right: true },
  { id: 'black', key: 'lessonVisual.weightsAnswerBlack', right: false },
  { id: 'unchanged', key: 'lessonVisual.weightsAnswerUnchanged', right: false },
] as const;

export function createWeightsStep(): LessonStep {
  return new WeightsStep();
}

interface Field {
  input: HTMLInputElement;
  filter: number;
  /** 0..2 a kernel weight (left, middle, right), 3 the bias. */
  column: number;
}

class WeightsStep implements LessonStep {
  readonly id = 'weights';
  readonly titleKey = 'lessonVisual.weightsTitle' as const;
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  readonly view;

  private context!: LessonContext;
  private readonly stack: LayerStackView;
  private readonly texts = new BoundTexts();
  private picker!: TestImagePicker;
  private readonly probabilities = new ProbabilityList('weights-probabilities');
  private readonly runner: LatestOnly<{ kernel: Float32Array; bias: Float32Array; image: Uint8Array }, LayerActivation[]>;
  private original: WeightTensor[] = [];
  private kernel = new Float32Array(15);
  private bias = new Float32Array(5);
  private originalPrediction: { label: number; probability: number } | null = null;
  private imageIndex = 35;
  private trained = false;
  private setTwoDone = false;
  private modelError: string | null = null;
  private alert: [MessageKey, MessageParams?] | null = null;
  private applied = false;
  private feedback: [MessageKey, MessageParams?] | null = null;
  private answered = false;

  private readonly fields: Field[] = [];
  private readonly modelNote = h('p', { class: 'lv-note', id: 'weights-model' });
  private readonly table = h('table', { class: 'lv-weights-table', id: 'weights-table' });
  private readonly setTwoButton = h('button', { type: 'button', class: 'button', id: 'weights-set-two' });
  private readonly resetButton = h('button', { type: 'button', class: 'button button-quiet', id: 'weights-reset' });
  private readonly alertLine = h('p', { class: 'lv-alert', role: 'alert', id: 'weights-alert' });
  private readonly appliedLine = h('p', { class: 'lv-hint', role: 'status', id: 'weights-status' });
  private readonly code = h('pre', { class: 'lv-code', id: 'weights-code', tabindex: 0 });
  private readonly inputCaption = h('span', { class: 'lv-caption' });
  private readonly gridCaption = h('span', { class: 'lv-caption' });
  private readonly tileLabels = new TileLabels();
  private readonly description = h('p', { class: 'visually-hidden', id: 'weights-description' });
  private readonly beforeLine = h('p', { id: 'weights-before' });
  private readonly nowLine = h('p', { id: 'weights-now', class: 'lv-result' });
  private readonly questionLegend = h('legend');
  private readonly questionHint = h('p', { class: 'lv-hint', id: 'weights-question-hint' });
  private readonly answerInputs = ANSWERS.map((a) => h('input', { type: 'radio', name: 'weights-answer', id: `weights-answer-${a.id}`, value: a.id, disabled: true }));
  private readonly checkButton = h('button', { type: 'submit', class: 'button', id: 'weights-check', disabled: true });
  private readonly feedbackLine = h('p', { class: 'lv-feedback', role: 'status', id: 'weights-feedback' });

  constructor() {
    const plan = planModel(preset(PRESET)!);
    this.stack = new LayerStackView([{ index: 0, shape: plan.layers[0].outputShape }]);
    this.view = this.stack.view;
    this.runner = new LatestOnly(
      async ({ kernel, bias, image }) => {
        await this.context.trainer.call((r) =>
          r.setWeights(0, [
            { shape: [1, 3, 1, 5], values: kernel },
            { shape: [5], values: bias },
          ]),
        );
        return this.context.trainer.call((r) => r.activations(image));
      },
      (activations) => this.showActivations(activations),
      (error) => this.setAlert(['lessonVisual.workerBusy', { detail: String((error as Error)?.message ?? error) }]),
    );
    this.canvasHost = h('div', { class: 'lv-stage', id: 'weights-stage' }, this.inputCaption, this.gridCaption, this.tileLabels.element, this.description);
    this.element = h('section', { class: 'lesson-visual weights-step', id: `step-${this.id}` });
  }

  private text<E extends HTMLElement>(element: E, key: MessageKey, params?: MessageParams): E {
    return this.texts.set(element, key, params);
  }

  async prepare(context: LessonContext): Promise<void> {
    this.context = context;
    this.picker = new TestImagePicker(context.data.test, 'weights-image', (index) => {
      this.imageIndex = index;
      this.stack.setInput(this.image);
      this.originalPrediction = null;
      void this.predictOriginal().then(() => this.apply());
    });
    this.buildDom();
    try {
      this.trained = await context.useModel(PRESET);
      this.original = await context.trainer.call((r) => r.getWeights(0));
      this.kernel = this.original[0].values.slice();
      this.bias = this.original[1].values.slice();
      await this.predictOriginal();
    } catch (error) {
      this.modelError = String((error as Error)?.message ?? error);
    }
    this.writeFields();
    this.stack.setInput(this.image);
    this.apply();
  }

  private get image(): Uint8Array {
    return testImage(this.context.data.test, this.imageIndex).slice();
  }

  /** The prediction with the starting weights (they are in the worker right after useModel / reset). */
  private async predictOriginal(): Promise<void> {
    if (!this.original.length) return;
    const image = this.image;
    const activations = await this.context.trainer.call(async (r) => {
      await r.setWeights(0, this.original.map(({ shape, values }) => ({ shape, values })));
      return r.activations(image);
    });
    const [top] = topClasses(activations[activations.length - 1].values, 1);
    this.originalPrediction = top;
  }

  private buildDom(): void {
    const head = h('tr', {}, this.text(h('th', { scope: 'col' }), 'lessonVisual.weightsFilterColumn'), ...COLUMNS.map((key) => this.text(h('th', { scope: 'col' }), key)));
    const body = h('tbody');
    for (let f = 0; f < 5; f++) {
      const row = h('tr', {}, this.text(h('th', { scope: 'row' }), 'lessonVisual.filterNumber', { filter: f + 1 }));
      for (let c = 0; c < 4; c++) {
        const input = h('input', { type: 'text', inputmode: 'decimal', id: `weights-f${f + 1}-${c < 3 ? `w${c + 1}` : 'bias'}`, autocomplete: 'off', spellcheck: 'false' });
        input.addEventListener('input', () => this.readFields());
        this.fields.push({ input, filter: f, column: c });
        row.append(h('td', {}, input));
      }
      body.append(row);
    }
    this.table.append(this.text(h('caption'), 'lessonVisual.weightsTableCaption'), h('thead', {}, head), body);
    this.setTwoButton.addEventListener('click', () => {
      this.kernel.fill(2);
      this.setTwoDone = true;
      this.writeFields();
      this.apply();
      this.renderCheck();
    });
    this.resetButton.addEventListener('click', () => {
      if (!this.original.length) return;
      this.kernel = this.original[0].values.slice();
      this.bias = this.original[1].values.slice();
      this.writeFields();
      this.apply();
    });
    const answers = ANSWERS.map((a, i) => h('div', { class: 'lv-radio' }, this.answerInputs[i], this.text(h('label', { for: this.answerInputs[i].id }), a.key)));
    const form = h(
      'form',
      { class: 'lv-check-form', novalidate: true },
      h('fieldset', { class: 'lv-check', id: 'weights-check-box' }, this.questionLegend, this.questionHint, h('div', { class: 'lv-choice-row' }, ...answers), h('div', { class: 'lv-buttons' }, this.checkButton), this.feedbackLine),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.element.append(
      this.text(h('p', { class: 'lv-intro' }), 'lessonVisual.weightsIntro'),
      this.modelNote,
      h(
        'div',
        { class: 'lv-panel' },
        this.table,
        h('div', { class: 'lv-buttons' }, this.setTwoButton, this.resetButton),
        this.alertLine,
        this.appliedLine,
      ),
      h('figure', { class: 'lv-figure' }, this.text(h('figcaption'), 'lessonVisual.weightsCodeCaption'), this.code),
      this.picker.element,
      this.canvasHost,
      h('div', { class: 'lv-panel' }, this.beforeLine, this.nowLine, this.probabilities.element),
      form,
    );
  }

  // ---- weights ---------------------------------------------------------------------------------

  private writeFields(): void {
    for (const { input, filter, column } of this.fields) {
      input.value = shortNumber(column < 3 ? this.kernel[kernelIndex([1, 3, 1, 5], 0, column, 0, filter)] : this.bias[filter]);
      input.removeAttribute('aria-invalid');
    }
    this.setAlert(null);
    this.renderCode();
  }

  /** Reads every field; only when all are valid do the numbers go to the network. */
  private readFields(): void {
    const kernel = this.kernel.slice();
    const bias = this.bias.slice();
    let problem: [MessageKey, MessageParams] | null = null;
    for (const field of this.fields) {
      const parsed = parseWeight(field.input.value);
      field.input.setAttribute('aria-invalid', String(!parsed.ok));
      if (!parsed.ok) {
        const name = this.fieldName(field);
        const key: MessageKey = parsed.reason === 'empty' ? 'lessonVisual.weightsEmpty' : parsed.reason === 'outOfRange' ? 'lessonVisual.weightsOutOfRange' : 'lessonVisual.weightsInvalid';
        problem ??= [key, { field: name, value: field.input.value.trim(), limit: WEIGHT_LIMIT }];
        continue;
      }
      if (field.column < 3) kernel[kernelIndex([1, 3, 1, 5], 0, field.column, 0, field.filter)] = parsed.value;
      else bias[field.filter] = parsed.value;
    }
    if (problem) {
      this.setAlert(problem);
      return;
    }
    this.setAlert(null);
    this.kernel = kernel;
    this.bias = bias;
    this.renderCode();
    this.apply();
  }

  private fieldName({ filter, column }: Field): string {
    return t('lessonVisual.weightsInputLabel', { filter: filter + 1, which: t(COLUMNS[column]) });
  }

  private apply(): void {
    if (this.modelError || !this.original.length) return;
    this.applied = false;
    this.runner.request({ kernel: this.kernel.slice(), bias: this.bias.slice(), image: this.image });
  }

  private showActivations(activations: LayerActivation[]): void {
    const states = this.stack.setActivations(activations).get(0) ?? [];
    this.probabilities.set(activations[activations.length - 1].values);
    this.applied = true;
    this.appliedLine.textContent = t('lessonVisual.weightsApplied');
    this.element.dataset.ready = 'true';
    this.element.dataset.predicted = String(this.probabilities.predicted ?? '');
    const ranges = this.stack.grid(0)!.ranges;
    this.description.textContent = ranges
      .map((r, k) => t('lessonVisual.insideChannelDescription', { filter: k + 1, min: shortNumber(r.min, 2), max: shortNumber(r.max, 2) }) + (states[k] === 'active' ? '' : ` (${t(states[k] === 'empty' ? 'lessonVisual.insideStateEmpty' : 'lessonVisual.insideStateFlat')})`))
      .join('; ');
    this.renderPredictions();
    this.context.requestRender();
  }

  // ---- check -----------------------------------------------------------------------------------

  private check(): void {
    const chosen = ANSWERS.find((_, i) => this.answerInputs[i].checked);
    if (!chosen || !this.setTwoDone) return;
    if (chosen.right) {
      this.answered = true;
      this.feedback = ['lessonVisual.weightsCorrect'];
      this.context.complete(STEP_POINTS);
    } else {
      this.feedback = ['lessonVisual.weightsWrong'];
    }
    this.renderCheck();
  }

  private predictionChange(): string {
    const parts: string[] = [];
    if (this.originalPrediction) parts.push(this.beforeLine.textContent ?? '');
    parts.push(this.nowLine.textContent ?? '');
    return parts.join(' ');
  }

  // ---- text ------------------------------------------------------------------------------------

  private setAlert(alert: [MessageKey, MessageParams?] | null): void {
    this.alert = alert;
    this.alertLine.textContent = alert ? t(...alert) : '';
    if (alert) this.appliedLine.textContent = '';
  }

  private renderCode(): void {
    this.code.textContent = `>>> model.layers[0].get_weights()\n[${formatNumpy(this.kernel, [1, 3, 1, 5], 3)},\n ${formatNumpy(this.bias, [5], 3)}]`;
  }

  private renderPredictions(): void {
    const o = this.originalPrediction;
    this.beforeLine.textContent = o
      ? t(this.trained ? 'lessonVisual.weightsTrainedPrediction' : 'lessonVisual.weightsStartPrediction', { label: className(o.label), probability: percent(o.probability) })
      : '';
    const now = this.probabilities.predicted;
    const box = this.probabilities.element.querySelector('li');
    this.nowLine.textContent =
      now === undefined ? '' : t('lessonVisual.weightsNowPrediction', { label: className(now), probability: percent(Number(box?.dataset.probability ?? 0)) });
  }

  private renderCheck(): void {
    this.questionLegend.textContent = t('lessonVisual.weightsQuestion');
    this.questionHint.textContent = this.setTwoDone ? '' : t('lessonVisual.weightsQuestionLocked');
    this.questionHint.hidden = this.setTwoDone;
    this.answerInputs.forEach((input) => (input.disabled = !this.setTwoDone));
    this.checkButton.disabled = !this.setTwoDone;
    this.checkButton.textContent = t('lessonVisual.check');
    const [key, params] = this.feedback ?? [];
    this.feedbackLine.textContent = key ? t(key, key === 'lessonVisual.weightsCorrect' ? { prediction: this.predictionChange() } : params) : '';
    this.feedbackLine.dataset.result = this.answered ? 'right' : this.feedback ? 'wrong' : '';
  }

  private renderModelNote(): void {
    this.modelNote.replaceChildren();
    this.modelNote.className = this.trained && !this.modelError ? 'lv-note' : 'lv-warning';
    if (this.modelError) this.modelNote.textContent = t('lessonVisual.workerBusy', { detail: this.modelError });
    else if (this.trained) this.modelNote.textContent = t('lessonVisual.insideTrained');
    else this.modelNote.append(`${t('lessonVisual.insideUntrained')} `, h('a', { href: TRAIN_STEP_HASH }, t('lessonVisual.insideTrainLink')));
    this.resetButton.textContent = t(this.trained ? 'lessonVisual.weightsReset' : 'lessonVisual.weightsResetUntrained');
  }

  resize(width: number): number {
    const placement = this.stack.resize(width);
    place(this.inputCaption, placement.inputCaption);
    const at = placement.captions.get(0);
    if (at) place(this.gridCaption, at);
    this.tileLabels.place(placement.tiles.get(0) ?? []);
    this.context?.requestRender();
    return placement.height;
  }

  translate(): void {
    this.texts.apply();
    this.picker.translate();
    this.probabilities.translate();
    for (const field of this.fields) field.input.setAttribute('aria-label', this.fieldName(field));
    this.setTwoButton.textContent = t('lessonVisual.weightsSetTwo');
    this.inputCaption.textContent = t('lessonVisual.insideInputCaption');
    this.gridCaption.textContent = t('lessonVisual.weightsGridCaption');
    this.tileLabels.set(Array.from({ length: 5 }, (_, k) => t('lessonVisual.filterNumber', { filter: k + 1 })));
    this.alertLine.textContent = this.alert ? t(...this.alert) : '';
    this.appliedLine.textContent = this.applied && !this.alert ? t('lessonVisual.weightsApplied') : '';
    this.renderModelNote();
    this.renderPredictions();
    this.renderCheck();
  }

  hide(): void {
    this.runner.dispose();
    // Leave the worker's network as it was trained (later steps load it again anyway).
    if (this.original.length && this.context.trainer.isAlive) {
      const original = this.original.map(({ shape, values }) => ({ shape, values }));
      void this.context.trainer.call((r) => r.setWeights(0, original)).catch(() => {});
    }
  }

  destroy(): void {
    this.runner.dispose();
    this.stack.destroy();
  }
}
