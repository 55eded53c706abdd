// Step 7 "Look inside": the notebook's intermediate activations. One image (a test image, a drawing
// or a loaded picture) goes through the learner's first network (seed-a, untrained if step 5 was
// skipped); every layer's output is drawn (Pixi: channel grids of 5 columns, the flattened strip),
// the prediction is listed, and empty (dead) filters are pointed out after the learner's check.
import '../visual.css';
import { planModel } from '../../../shared/plan';
import { preset } from '../../../shared/presets';
import type { LayerActivation } from '../../../shared/training-types';
import { h } from '../../framework/dom';
import { className, formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { LessonContext, LessonStep } from '../step';
import type { ChannelState } from '../timeline/activations';
import { DrawPad } from '../views/draw-pad';
import { TileLabels } from '../views/feature-grid-view';
import { LatestOnly } from '../views/latest-only';
import { LayerStackView, type StackPlacement } from '../views/layer-stack-view';
import { percent, ProbabilityList } from '../views/probability-list';
import { LESSON_TEST_IMAGES, testImage, TestImagePicker } from '../views/test-image-picker';
import { BoundTexts } from '../../i18n/bound-texts';
import { place } from '../views/place';

const PRESET = 'seed-a';
export const STEP_POINTS = 10;
const TRAIN_STEP_HASH = '#lesson/train';
const ANSWERED_KEY = 'inside.answered';

type Source = 'test' | 'draw';

export function createInsideStep(): LessonStep {
  return new InsideStep();
}

/** The layer list as filters named for people: "Filter 2, Filter 5" (1-based). */
const filterList = (channels: number[]) => channels.map((k) => t('lessonVisual.filterNumber', { filter: k + 1 })).join(t('lessonVisual.listSeparator'));

class InsideStep implements LessonStep {
  readonly id = 'inside';
  readonly titleKey = 'lessonVisual.insideTitle' as const;
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  readonly view;

  private context!: LessonContext;
  private readonly plan = planModel(preset(PRESET)!);
  private readonly stack: LayerStackView;
  private readonly texts = new BoundTexts();
  private picker!: TestImagePicker;
  private readonly pad: DrawPad;
  private readonly probabilities = new ProbabilityList('inside-probabilities');
  private readonly runner: LatestOnly<Uint8Array, LayerActivation[]>;
  private placement?: StackPlacement;

  private source: Source = 'test';
  private imageIndex = 35;
  private trained = false;
  private modelError: string | null = null;
  private activations: LayerActivation[] | null = null;
  private states: ChannelState[] = [];
  private deadAcrossSamples: number[] = [];
  private answered = false;
  private feedback: [MessageKey, MessageParams?] | null = null;

  private readonly modelNote = h('p', { class: 'lv-note', id: 'inside-model' });
  private readonly sourceInputs: Record<Source, HTMLInputElement> = {
    test: h('input', { type: 'radio', name: 'inside-source', id: 'inside-source-test', value: 'test', checked: true }),
    draw: h('input', { type: 'radio', name: 'inside-source', id: 'inside-source-draw', value: 'draw' }),
  };
  private readonly inputCaption = h('span', { class: 'lv-caption' });
  private readonly layerCaptions = new Map<number, HTMLSpanElement>();
  private readonly tileLabels = new Map<number, TileLabels>();
  private readonly description = h('div', { class: 'visually-hidden', id: 'inside-description', 'aria-live': 'polite' });
  private readonly denseCaption = h('p', { class: 'lv-dense-caption' });
  private readonly labelLine = h('p', { id: 'inside-label' });
  private readonly predictionLine = h('p', { id: 'inside-prediction', class: 'lv-result' });
  private readonly status = h('p', { class: 'lv-hint', role: 'status', id: 'inside-status' });
  private readonly question = h('fieldset', { class: 'lv-check', id: 'inside-check' });
  private readonly questionLegend = h('legend');
  private readonly options: HTMLInputElement[] = [];
  private readonly checkButton = h('button', { type: 'submit', class: 'button', id: 'inside-check-button' });
  private readonly feedbackLine = h('p', { class: 'lv-feedback', role: 'status', id: 'inside-feedback' });
  private readonly notes = h('div', { class: 'lv-panel', id: 'inside-notes', hidden: true });

  constructor() {
    const shown = this.plan.layers.filter((l, i) => i < this.plan.layers.length - 1).map((l) => ({ index: l.index, shape: l.outputShape }));
    this.stack = new LayerStackView(shown);
    this.view = this.stack.view;
    this.pad = new DrawPad((pixels) => this.source === 'draw' && this.run(pixels));
    this.runner = new LatestOnly(
      (image) => this.context.trainer.call((r) => r.activations(image)),
      (activations, image) => this.showActivations(activations, image),
      (error) => this.setStatus('lessonVisual.workerBusy', { detail: String((error as Error)?.message ?? error) }),
    );
    this.canvasHost = h('div', { class: 'lv-stage', id: 'inside-stage' }, this.inputCaption, this.description);
    for (const l of shown) {
      const caption = h('span', { class: 'lv-caption' });
      this.layerCaptions.set(l.index, caption);
      this.canvasHost.append(caption);
      if (l.shape.length === 3) {
        const labels = new TileLabels();
        this.tileLabels.set(l.index, labels);
        this.canvasHost.append(labels.element);
      }
    }
    this.element = h('section', { class: 'lesson-visual inside-step', id: `step-${this.id}` });
  }

  private text<E extends HTMLElement>(element: E, key: MessageKey, params?: MessageParams): E {
    return this.texts.set(element, key, params);
  }

  async prepare(context: LessonContext): Promise<void> {
    this.context = context;
    this.answered = context.progress.get<boolean>(ANSWERED_KEY) === true;
    this.picker = new TestImagePicker(context.data.test, 'inside-image', (index) => {
      this.imageIndex = index;
      this.source = 'test';
      this.sourceInputs.test.checked = true;
      this.syncSource();
    });
    this.buildDom();
    try {
      this.trained = await context.useModel(PRESET);
      await this.findDeadFilters();
    } catch (error) {
      this.modelError = String((error as Error)?.message ?? error);
    }
    this.renderModelNote();
    this.syncSource();
  }

  private buildDom(): void {
    const sourceChoices = (['test', 'draw'] as Source[]).map((source) => {
      const input = this.sourceInputs[source];
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.source = source;
        if (source === 'draw' && this.pad.pixels.every((v) => v === 0)) this.pad.set(testImage(this.context.data.test, this.imageIndex));
        this.syncSource();
      });
      return h('div', { class: 'lv-radio' }, input, this.text(h('label', { for: input.id }), source === 'test' ? 'lessonVisual.insideSourceTest' : 'lessonVisual.insideSourceDraw'));
    });
    const sourceBox = h(
      'fieldset',
      { class: 'lv-settings' },
      this.text(h('legend'), 'lessonVisual.insideSource'),
      h('div', { class: 'lv-choice-row' }, ...sourceChoices),
      this.picker.element,
      this.pad.element,
    );
    // Check: which filter is empty for this image (or none)?
    const optionItems = [0, 1, 2, 3, 4, -1].map((k) => {
      const input = h('input', { type: 'radio', name: 'inside-answer', id: `inside-answer-${k < 0 ? 'none' : k + 1}`, value: k });
      this.options.push(input);
      return h('div', { class: 'lv-radio' }, input, h('label', { for: input.id }));
    });
    this.question.append(this.questionLegend, h('div', { class: 'lv-choice-row' }, ...optionItems), h('div', { class: 'lv-buttons' }, this.checkButton), this.feedbackLine);
    const form = h('form', { class: 'lv-check-form', novalidate: true }, this.question);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.element.append(
      this.text(h('p', { class: 'lv-intro' }), 'lessonVisual.insideIntro'),
      this.modelNote,
      sourceBox,
      this.status,
      this.canvasHost,
      h('div', { class: 'lv-panel' }, this.denseCaption, this.labelLine, this.predictionLine, this.probabilities.element),
      form,
      this.notes,
    );
  }

  /** Filters that stay empty for every sample test image: dead, whatever the picture. */
  private async findDeadFilters(): Promise<void> {
    const images = LESSON_TEST_IMAGES.map((i) => testImage(this.context.data.test, i).slice());
    let dead: number[] | null = null;
    for (const image of images) {
      const [first] = await this.context.trainer.call((r) => r.activations(image));
      const [h, w, c] = first.shape;
      const empty: number[] = [];
      for (let k = 0; k < c; k++) {
        let max = 0;
        for (let p = 0; p < h * w; p++) max = Math.max(max, first.values[p * c + k]);
        if (max <= 1e-7) empty.push(k);
      }
      dead = dead === null ? empty : dead.filter((k) => empty.includes(k));
    }
    this.deadAcrossSamples = dead ?? [];
  }

  private syncSource(): void {
    const own = this.source === 'draw';
    this.picker.element.hidden = own;
    this.pad.element.hidden = !own;
    const image = own ? this.pad.pixels.slice() : testImage(this.context.data.test, this.imageIndex).slice();
    this.stack.setInput(image);
    this.renderLabelLine();
    this.run(image);
  }

  private run(image: Uint8Array): void {
    if (this.modelError) return;
    this.stack.setInput(image);
    this.context.requestRender();
    this.setStatus('lessonVisual.insideLoading');
    this.runner.request(image.slice());
  }

  private statusMessage: [MessageKey, MessageParams?] | null = null;
  private setStatus(key: MessageKey | null, params?: MessageParams): void {
    this.statusMessage = key ? [key, params] : null;
    this.status.textContent = key ? t(key, params) : '';
  }

  private showActivations(activations: LayerActivation[], image: Uint8Array): void {
    this.activations = activations;
    this.stack.setInput(image);
    const states = this.stack.setActivations(activations);
    this.states = states.get(0) ?? [];
    this.stack.markInactive(this.answered);
    this.probabilities.set(activations[activations.length - 1].values);
    this.setStatus(null);
    this.element.dataset.ready = 'true';
    this.element.dataset.empty = this.states.flatMap((s, k) => (s === 'active' ? [] : [k + 1])).join(' ');
    this.renderResults();
    this.context.requestRender();
  }

  // ---- check -----------------------------------------------------------------------------------

  private check(): void {
    const chosen = this.options.find((o) => o.checked);
    if (!chosen || !this.activations) return;
    const k = Number(chosen.value);
    const inactive = this.states.flatMap((s, i) => (s === 'active' ? [] : [i]));
    const right = k < 0 ? inactive.length === 0 : inactive.includes(k);
    if (right) {
      this.feedback = ['lessonVisual.insideRight'];
      this.answered = true;
      this.context.progress.set(ANSWERED_KEY, true);
      this.context.complete(STEP_POINTS);
      this.stack.markInactive(true);
      this.context.requestRender();
    } else {
      this.feedback = [k < 0 ? 'lessonVisual.insideWrongNone' : 'lessonVisual.insideWrongPick'];
    }
    this.renderResults();
  }

  // ---- text ------------------------------------------------------------------------------------

  private renderModelNote(): void {
    this.modelNote.replaceChildren();
    this.modelNote.className = this.trained && !this.modelError ? 'lv-note' : 'lv-warning';
    if (this.modelError) {
      this.modelNote.textContent = t('lessonVisual.workerBusy', { detail: this.modelError });
    } else if (this.trained) {
      this.modelNote.textContent = t('lessonVisual.insideTrained');
    } else {
      this.modelNote.append(`${t('lessonVisual.insideUntrained')} `, h('a', { href: TRAIN_STEP_HASH, id: 'inside-train-link' }, t('lessonVisual.insideTrainLink')));
    }
    this.element.dataset.trained = String(this.trained);
  }

  private renderLabelLine(): void {
    this.labelLine.textContent =
      this.source === 'test'
        ? t('lessonVisual.insideTrueLabel', { label: className(this.context.data.test.labels[this.imageIndex]) })
        : t('lessonVisual.insideOwnPicture');
  }

  private renderResults(): void {
    const activations = this.activations;
    const last = this.plan.layers[this.plan.layers.length - 1];
    this.denseCaption.textContent = t('lessonVisual.insideDenseCaption', { index: last.index + 1, name: last.name });
    const top = this.probabilities.predicted;
    if (activations && top !== undefined) {
      const probs = activations[activations.length - 1].values;
      this.predictionLine.textContent = t('lessonVisual.insidePredicted', { label: className(top), probability: percent(probs[top]) });
    }
    // Tile labels and the screen-reader description of the grids.
    const fmt = (x: number) => formatNumber(x, undefined, { maximumFractionDigits: 2 });
    const parts: string[] = [];
    for (const layer of this.plan.layers) {
      const labels = this.tileLabels.get(layer.index);
      const grid = this.stack.grid(layer.index);
      if (!labels || !grid) continue;
      const [hh, ww, c] = layer.outputShape;
      const states = layer.index === 0 ? this.states : [];
      const stateWord = (s: ChannelState | undefined) =>
        this.answered && s && s !== 'active' ? ` · ${t(s === 'empty' ? 'lessonVisual.insideStateEmpty' : 'lessonVisual.insideStateFlat')}` : '';
      labels.set(
        Array.from({ length: c }, (_, k) => `${t('lessonVisual.filterNumber', { filter: k + 1 })}${stateWord(states[k])}`),
        Array.from({ length: c }, (_, k) => (this.answered ? states[k] ?? '' : '')),
      );
      if (activations) {
        const channels = grid.ranges
          .map((r, k) => t('lessonVisual.insideChannelDescription', { filter: k + 1, min: fmt(r.min), max: fmt(r.max) }))
          .join('; ');
        parts.push(t('lessonVisual.insideLayerDescription', { index: layer.index + 1, name: layer.name, count: c, height: hh, width: ww, channels }));
      }
    }
    this.description.textContent = parts.join(' ');
    // The check and, once answered, the notes about empty and dead filters.
    this.questionLegend.textContent = t('lessonVisual.insideQuestion');
    this.options.forEach((input) => {
      const k = Number(input.value);
      input.nextElementSibling!.textContent = k < 0 ? t('lessonVisual.insideNone') : t('lessonVisual.filterNumber', { filter: k + 1 });
    });
    this.checkButton.textContent = t('lessonVisual.check');
    this.feedbackLine.textContent = this.feedback ? t(...this.feedback) : '';
    this.feedbackLine.dataset.result = this.feedback?.[0] === 'lessonVisual.insideRight' ? 'right' : this.feedback ? 'wrong' : '';
    this.notes.hidden = !this.answered;
    const empty = this.states.flatMap((s, k) => (s === 'empty' ? [k] : []));
    const flat = this.states.flatMap((s, k) => (s === 'flat' ? [k] : []));
    const notes: string[] = [];
    if (empty.length) notes.push(t('lessonVisual.insideEmptyNote', { filters: filterList(empty) }));
    if (flat.length) notes.push(t('lessonVisual.insideFlatNote', { filters: filterList(flat) }));
    if (!empty.length && !flat.length) notes.push(t('lessonVisual.insideNoEmptyNote'));
    if (this.deadAcrossSamples.length) notes.push(t('lessonVisual.insideDeadNote', { count: LESSON_TEST_IMAGES.length, filters: filterList(this.deadAcrossSamples) }));
    this.notes.replaceChildren(...notes.map((n) => h('p', {}, n)));
    this.notes.dataset.dead = this.deadAcrossSamples.map((k) => k + 1).join(' ');
  }

  private renderCaptions(): void {
    this.inputCaption.textContent = t('lessonVisual.insideInputCaption');
    for (const layer of this.plan.layers) {
      const caption = this.layerCaptions.get(layer.index);
      if (!caption) continue;
      const shape = layer.outputShape;
      caption.textContent =
        shape.length === 3
          ? t('lessonVisual.insideGridCaption', { index: layer.index + 1, name: layer.name, kind: layer.kerasClass, count: shape[2], height: shape[0], width: shape[1] })
          : t('lessonVisual.insideFlattenCaption', { index: layer.index + 1, name: layer.name, count: shape[0] });
    }
  }

  resize(width: number): number {
    const placement = this.stack.resize(width);
    this.placement = placement;
    place(this.inputCaption, placement.inputCaption);
    for (const [index, caption] of this.layerCaptions) {
      const at = placement.captions.get(index);
      if (at) place(caption, at);
    }
    for (const [index, labels] of this.tileLabels) labels.place(placement.tiles.get(index) ?? []);
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
