// "Edit the weights": Keras get_weights/set_weights made tangible on the first network's layer 0 (5
// filters × 3 weights + 5 biases, as labelled number fields). Every valid edit goes to the worker
// (setWeights) and the feature maps and the prediction are recomputed at once; "set all to 2" is
// the notebook's experiment; reset restores the copy taken at the start.
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import type { LayerActivation, WeightTensor } from '../../../../shared/training-types';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { className, t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import { topClasses } from '../../../views/feature-maps/activations';
import { LayerStackView } from '../../../views/feature-maps/layer-stack-view';
import { StackOverlay } from '../../../views/feature-maps/stack-overlay';
import { formatPercent } from '../../../views/format';
import { testImage, TestImagePicker } from '../../../views/input/test-image-picker';
import { LatestOnly } from '../../../views/latest-only';
import { ProbabilityList } from '../../../views/results/probability-list';
import { shortNumber } from '../../../views/weights/weights';
import type { LessonContext, LessonStep } from '../../step';
import { renderNetworkNote } from '../network-note';
import { FILTERS, KERNEL_SHAPE, PRESET, STEP_POINTS, weightsCode } from './model';
import { WeightsCheck } from './weights-check';
import { WeightsEditor } from './weights-editor';
import '../shared.css';
import './step.css';

interface Edit {
  kernel: Float32Array;
  bias: Float32Array;
  image: Uint8Array;
}

class WeightsStep implements LessonStep {
  readonly id = 'weights';
  readonly titleKey = 'stepWeights.title';
  readonly element = h('section', { class: 'lesson-visual weights-step', id: 'step-weights' });
  readonly canvasHost: HTMLElement;
  readonly view;
  private context!: LessonContext;
  private readonly stack: LayerStackView;
  private readonly overlay: StackOverlay;
  private readonly texts = new BoundTexts();
  private picker!: TestImagePicker;
  private readonly probabilities = new ProbabilityList('weights-probabilities');
  private readonly runner: LatestOnly<Edit, LayerActivation[]>;
  private readonly editor = new WeightsEditor(this.texts, { input: () => this.readFields(), setTwo: () => this.setAllToTwo(), reset: () => this.reset() });
  private readonly check = new WeightsCheck(this.texts, (right) => this.answer(right));
  /** Layer 0 as it was when the step opened (trained or not): reset and leaving restore it. */
  private original: WeightTensor[] = [];
  private kernel: Float32Array = new Float32Array(15);
  private bias: Float32Array = new Float32Array(5);
  private originalPrediction: { label: number; probability: number } | null = null;
  private imageIndex = 35;
  private trained = false;
  private setTwoDone = false;
  private modelError: string | null = null;
  private feedback: MessageKey | null = null;
  private answered = false;
  private readonly modelNote = h('p', { class: 'lv-note', id: 'weights-model' });
  private readonly code = h('pre', { class: 'lv-code', id: 'weights-code', tabindex: 0 });
  private readonly description = h('p', { class: 'visually-hidden', id: 'weights-description' });
  private readonly beforeLine = h('p', { id: 'weights-before' });
  private readonly nowLine = h('p', { id: 'weights-now', class: 'lv-result' });

  constructor() {
    const layers = [{ index: 0, shape: planModel(preset(PRESET)!).layers[0].outputShape }];
    this.stack = new LayerStackView(layers);
    this.view = this.stack.view;
    this.overlay = new StackOverlay(layers);
    this.runner = new LatestOnly(
      async ({ kernel, bias, image }) => {
        await this.context.trainer.call((r) => r.setWeights(0, [{ shape: [...KERNEL_SHAPE], values: kernel }, { shape: [FILTERS], values: bias }]));
        return this.context.trainer.call((r) => r.activations(image));
      },
      (activations) => this.showActivations(activations),
      (error) => this.editor.setAlert(['lesson.workerBusy', { detail: String((error as Error)?.message ?? error) }]),
    );
    this.canvasHost = h('div', { class: 'lv-stage', id: 'weights-stage' }, this.overlay.inputCaption, ...this.overlay.layerElements, this.description);
    this.stack.zoom.pinchOn(this.canvasHost);
  }

  async prepare(context: LessonContext): Promise<void> {
    this.context = context;
    this.picker = new TestImagePicker(context.data.test, 'weights-image', (index) => {
      this.imageIndex = index;
      this.stack.setInput(this.image);
      this.originalPrediction = null;
      void this.predictOriginal().then(() => this.apply());
    });
    this.element.append(
      this.texts.set(h('p', { class: 'lv-intro' }), 'stepWeights.intro'),
      this.modelNote,
      this.editor.element,
      h('figure', { class: 'lv-figure' }, this.texts.set(h('figcaption'), 'stepWeights.codeCaption'), this.code),
      this.picker.element,
      this.stack.zoom.element,
      this.canvasHost,
      h('div', { class: 'lv-panel' }, this.beforeLine, this.nowLine, this.probabilities.element),
      this.check.form,
    );
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

  private setAllToTwo(): void {
    this.kernel.fill(2);
    this.setTwoDone = true;
    this.writeFields();
    this.apply();
    this.renderCheck();
  }

  private reset(): void {
    if (!this.original.length) return;
    this.kernel = this.original[0].values.slice();
    this.bias = this.original[1].values.slice();
    this.writeFields();
    this.apply();
  }

  private writeFields(): void {
    this.editor.write(this.kernel, this.bias);
    this.editor.setAlert(null);
    this.code.textContent = weightsCode(this.kernel, this.bias);
  }

  /** Reads every field; only when all are valid do the numbers go to the network. */
  private readFields(): void {
    const read = this.editor.read(this.kernel, this.bias);
    if (!read.ok) return;
    this.kernel = read.kernel;
    this.bias = read.bias;
    this.code.textContent = weightsCode(this.kernel, this.bias);
    this.apply();
  }

  private apply(): void {
    if (this.modelError || !this.original.length) return;
    this.editor.setApplied(false);
    this.runner.request({ kernel: this.kernel.slice(), bias: this.bias.slice(), image: this.image });
  }

  private showActivations(activations: LayerActivation[]): void {
    const states = this.stack.setActivations(activations).get(0) ?? [];
    this.probabilities.set(activations[activations.length - 1].values);
    this.editor.setApplied(true);
    this.element.dataset.ready = 'true';
    this.element.dataset.predicted = String(this.probabilities.predicted ?? '');
    this.description.textContent = this.stack
      .grid(0)!
      .ranges.map((r, k) => {
        const state = states[k] === 'active' ? '' : ` (${t(states[k] === 'empty' ? 'views.channelEmpty' : 'views.channelFlat')})`;
        return t('views.mapDescription', { filter: k + 1, min: shortNumber(r.min, 2), max: shortNumber(r.max, 2) }) + state;
      })
      .join('; ');
    this.renderPredictions();
    this.context.requestRender();
  }

  private answer(right: boolean): void {
    if (!this.setTwoDone) return;
    if (right) this.answered = true;
    this.feedback = right ? 'stepWeights.correct' : 'stepWeights.wrong';
    if (right) this.context.complete(STEP_POINTS);
    this.renderCheck();
  }

  private renderPredictions(): void {
    const o = this.originalPrediction;
    this.beforeLine.textContent = o ? t(this.trained ? 'stepWeights.trainedPrediction' : 'stepWeights.startPrediction', { label: className(o.label), probability: formatPercent(o.probability) }) : '';
    const now = this.probabilities.predicted;
    const box = this.probabilities.element.querySelector('li');
    this.nowLine.textContent = now === undefined ? '' : t('stepWeights.nowPrediction', { label: className(now), probability: formatPercent(Number(box?.dataset.probability ?? 0)) });
  }

  private renderCheck(): void {
    // The right answer quotes how the prediction changed.
    const change = [...(this.originalPrediction ? [this.beforeLine.textContent ?? ''] : []), this.nowLine.textContent ?? ''].join(' ');
    const params: MessageParams | undefined = this.feedback === 'stepWeights.correct' ? { prediction: change } : undefined;
    this.check.render(this.setTwoDone, this.feedback ? [this.feedback, params] : null, this.answered);
  }

  private renderModelNote(): void {
    renderNetworkNote(this.modelNote, this.trained, this.modelError);
    this.editor.resetButton.textContent = t(this.trained ? 'stepWeights.reset' : 'stepWeights.resetUntrained');
  }

  resize(width: number): number {
    const placement = this.stack.resize(width);
    this.overlay.place(placement);
    this.context?.requestRender();
    return placement.height;
  }

  translate(): void {
    this.texts.apply();
    this.picker.translate();
    this.probabilities.translate();
    this.editor.translate();
    this.overlay.inputCaption.textContent = t('views.inputCaption');
    this.overlay.caption(0)!.textContent = t('stepWeights.gridCaption');
    this.overlay.labels(0)!.set(Array.from({ length: FILTERS }, (_, k) => t('views.filterNumber', { filter: k + 1 })));
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

export function createWeightsStep(): LessonStep {
  return new WeightsStep();
}
