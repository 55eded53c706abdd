// "Look inside": the notebook's intermediate activations. One image (a test image, a drawing or a
// loaded picture) goes through the learner's first network (seed-a, untrained if the learner
// skipped training); every layer's output is drawn (channel grids of 5 columns, the flattened
// strip), the prediction is listed, and empty (dead) filters are pointed out after the check.
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import type { LayerActivation } from '../../../../shared/training-types';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { className, formatNumber, t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { ChannelState } from '../../../views/feature-maps/activations';
import { LayerStackView } from '../../../views/feature-maps/layer-stack-view';
import { StackOverlay } from '../../../views/feature-maps/stack-overlay';
import { formatPercent } from '../../../views/format';
import { DrawPad } from '../../../views/input/draw-pad';
import { LESSON_TEST_IMAGES, testImage, TestImagePicker } from '../../../views/input/test-image-picker';
import { LatestOnly } from '../../../views/latest-only';
import { ProbabilityList } from '../../../views/results/probability-list';
import type { LessonContext, LessonStep } from '../../step';
import { renderNetworkNote } from '../network-note';
import { EmptyFilterCheck } from './empty-filter-check';
import { ImageSource, type Source } from './image-source';
import { channelsIn, checkEmptyAnswer, emptyChannels, emptyInAll, PRESET, STEP_POINTS } from './model';
import '../shared.css';
import './step.css';

const ANSWERED_KEY = 'inside.answered';

class InsideStep implements LessonStep {
  readonly id = 'inside';
  readonly titleKey = 'stepInside.title';
  readonly element = h('section', { class: 'lesson-visual inside-step', id: 'step-inside' });
  readonly canvasHost: HTMLElement;
  readonly view;
  private context!: LessonContext;
  private readonly plan = planModel(preset(PRESET)!);
  private readonly stack: LayerStackView;
  private readonly overlay: StackOverlay;
  private readonly texts = new BoundTexts();
  private picker!: TestImagePicker;
  private imageSource!: ImageSource;
  private readonly pad = new DrawPad((pixels) => this.source === 'draw' && this.run(pixels));
  private readonly probabilities = new ProbabilityList('inside-probabilities');
  private readonly runner: LatestOnly<Uint8Array, LayerActivation[]>;
  private readonly check = new EmptyFilterCheck((k) => this.answer(k));

  private source: Source = 'test';
  private imageIndex = 35;
  private trained = false;
  private modelError: string | null = null;
  private activations: LayerActivation[] | null = null;
  /** Layer 0's channel states for the image shown. */
  private states: ChannelState[] = [];
  private deadAcrossSamples: number[] = [];
  private answered = false;
  private statusMessage: [MessageKey, MessageParams?] | null = null;

  private readonly modelNote = h('p', { class: 'lv-note', id: 'inside-model' });
  private readonly description = h('div', { class: 'visually-hidden', id: 'inside-description', 'aria-live': 'polite' });
  private readonly denseCaption = h('p', { class: 'lv-dense-caption' });
  private readonly labelLine = h('p', { id: 'inside-label' });
  private readonly predictionLine = h('p', { id: 'inside-prediction', class: 'lv-result' });
  private readonly status = h('p', { class: 'lv-hint', role: 'status', id: 'inside-status' });

  constructor() {
    // Every layer but the last (its probabilities are listed instead).
    const shown = this.plan.layers.slice(0, -1).map((l) => ({ index: l.index, shape: l.outputShape }));
    this.stack = new LayerStackView(shown);
    this.view = this.stack.view;
    this.overlay = new StackOverlay(shown);
    this.runner = new LatestOnly(
      (image) => this.context.trainer.call((r) => r.activations(image)),
      (activations, image) => this.showActivations(activations, image),
      (error) => this.setStatus('lesson.workerBusy', { detail: String((error as Error)?.message ?? error) }),
    );
    this.canvasHost = h('div', { class: 'lv-stage', id: 'inside-stage' }, this.overlay.inputCaption, this.description, ...this.overlay.layerElements);
    this.stack.zoom.pinchOn(this.canvasHost);
  }

  async prepare(context: LessonContext): Promise<void> {
    this.context = context;
    this.answered = context.progress.get<boolean>(ANSWERED_KEY) === true;
    this.picker = new TestImagePicker(context.data.test, 'inside-image', (index) => {
      this.imageIndex = index;
      this.source = 'test';
      this.syncSource();
    });
    this.imageSource = new ImageSource(this.texts, this.picker, this.pad, (chosen) => {
      this.source = chosen;
      if (chosen === 'draw' && this.pad.pixels.every((v) => v === 0)) this.pad.set(testImage(context.data.test, this.imageIndex));
      this.syncSource();
    });
    this.element.append(
      this.texts.set(h('p', { class: 'lv-intro' }), 'stepInside.intro'),
      this.modelNote,
      this.imageSource.element,
      this.status,
      this.stack.zoom.element,
      this.canvasHost,
      h('div', { class: 'lv-panel' }, this.denseCaption, this.labelLine, this.predictionLine, this.probabilities.element),
      this.check.form,
      this.check.notes,
    );
    try {
      this.trained = await context.useModel(PRESET);
      await this.findDeadFilters();
    } catch (error) {
      this.modelError = String((error as Error)?.message ?? error);
    }
    this.renderModelNote();
    this.syncSource();
  }

  /** Shows the chosen source and sends its image through the network. */
  private syncSource(): void {
    this.imageSource.set(this.source);
    const image = this.source === 'draw' ? this.pad.pixels.slice() : testImage(this.context.data.test, this.imageIndex).slice();
    this.stack.setInput(image);
    this.renderLabelLine();
    this.run(image);
  }

  /** Filters that stay empty for every sample test image: dead, whatever the picture. */
  private async findDeadFilters(): Promise<void> {
    const empty: number[][] = [];
    for (const index of LESSON_TEST_IMAGES) {
      const image = testImage(this.context.data.test, index).slice();
      const [first] = await this.context.trainer.call((r) => r.activations(image));
      empty.push(emptyChannels(first.values, first.shape));
    }
    this.deadAcrossSamples = emptyInAll(empty);
  }

  private run(image: Uint8Array): void {
    if (this.modelError) return;
    this.stack.setInput(image);
    this.context.requestRender();
    this.setStatus('stepInside.loading');
    this.runner.request(image.slice());
  }

  private setStatus(key: MessageKey | null, params?: MessageParams): void {
    this.statusMessage = key ? [key, params] : null;
    this.status.textContent = key ? t(key, params) : '';
  }

  private showActivations(activations: LayerActivation[], image: Uint8Array): void {
    this.activations = activations;
    this.stack.setInput(image);
    this.states = this.stack.setActivations(activations).get(0) ?? [];
    this.stack.markInactive(this.answered);
    this.probabilities.set(activations[activations.length - 1].values);
    this.setStatus(null);
    this.element.dataset.ready = 'true';
    this.element.dataset.empty = channelsIn(this.states, 'inactive').map((k) => k + 1).join(' ');
    this.renderResults();
    this.context.requestRender();
  }

  private answer(k: number): void {
    if (!this.activations) return;
    const result = checkEmptyAnswer(k, this.states);
    if (result === 'right') {
      this.check.setFeedback(['stepInside.right']);
      this.answered = true;
      this.context.progress.set(ANSWERED_KEY, true);
      this.context.complete(STEP_POINTS);
      this.stack.markInactive(true);
      this.context.requestRender();
    } else {
      this.check.setFeedback([result === 'wrongNone' ? 'stepInside.wrongNone' : 'stepInside.wrongPick']);
    }
    this.renderResults();
  }

  private renderModelNote(): void {
    renderNetworkNote(this.modelNote, this.trained, this.modelError, 'inside-train-link');
    this.element.dataset.trained = String(this.trained);
  }

  private renderLabelLine(): void {
    this.labelLine.textContent =
      this.source === 'test' ? t('stepInside.trueLabel', { label: className(this.context.data.test.labels[this.imageIndex]) }) : t('stepInside.ownPicture');
  }

  private renderResults(): void {
    const activations = this.activations;
    const last = this.plan.layers[this.plan.layers.length - 1];
    this.denseCaption.textContent = t('stepInside.denseCaption', { index: last.index, name: last.name });
    const top = this.probabilities.predicted;
    if (activations && top !== undefined) {
      const probs = activations[activations.length - 1].values;
      this.predictionLine.textContent = t('stepInside.predicted', { label: className(top), probability: formatPercent(probs[top]) });
    }
    // Tile labels and the screen-reader description of the grids.
    const fmt = (x: number) => formatNumber(x, undefined, { maximumFractionDigits: 2 });
    const parts: string[] = [];
    for (const layer of this.plan.layers) {
      const labels = this.overlay.labels(layer.index);
      const grid = this.stack.grid(layer.index);
      if (!labels || !grid) continue;
      const [hh, ww, c] = layer.outputShape;
      const states = layer.index === 0 ? this.states : [];
      const stateWord = (s: ChannelState | undefined) => (this.answered && s && s !== 'active' ? ` · ${t(s === 'empty' ? 'views.channelEmpty' : 'views.channelFlat')}` : '');
      labels.set(
        Array.from({ length: c }, (_, k) => `${t('views.filterNumber', { filter: k + 1 })}${stateWord(states[k])}`),
        Array.from({ length: c }, (_, k) => (this.answered ? states[k] ?? '' : '')),
      );
      if (activations) {
        const channels = grid.ranges.map((r, k) => t('views.mapDescription', { filter: k + 1, min: fmt(r.min), max: fmt(r.max) })).join('; ');
        parts.push(t('stepInside.layerDescription', { index: layer.index, name: layer.name, count: c, height: hh, width: ww, channels }));
      }
    }
    this.description.textContent = parts.join(' ');
    this.check.render(this.answered, this.states, this.deadAcrossSamples, LESSON_TEST_IMAGES.length);
  }

  private renderCaptions(): void {
    this.overlay.inputCaption.textContent = t('views.inputCaption');
    for (const layer of this.plan.layers) {
      const caption = this.overlay.caption(layer.index);
      if (!caption) continue;
      const shape = layer.outputShape;
      caption.textContent =
        shape.length === 3
          ? t('stepInside.gridCaption', { index: layer.index, name: layer.name, kind: layer.kerasClass, count: shape[2], height: shape[0], width: shape[1] })
          : t('stepInside.flattenCaption', { index: layer.index, name: layer.name, count: shape[0] });
    }
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
    this.pad.translate();
    this.probabilities.translate();
    this.renderModelNote();
    this.renderLabelLine();
    this.renderCaptions();
    this.renderResults();
    if (this.statusMessage) this.status.textContent = t(...this.statusMessage);
  }

  hide(): void {
    this.runner.dispose();
  }

  destroy(): void {
    this.runner.dispose();
    this.stack.destroy();
  }
}

export function createInsideStep(): LessonStep {
  return new InsideStep();
}
