// Inside one layer of the kept network (after training, re-opening or importing): its feature maps
// for a chosen test image or the learner's drawing (views/feature-maps: the input and the layer's
// channels, each scaled to its own range) and, for a convolution, its filters (one tile per filter
// on the chosen input channel). The worker holds the kept network while the inspector looks.
import { Container } from 'pixi.js';
import type { FashionMnist } from '../../../data/dataset';
import type { LayerActivation } from '../../../shared/training-types';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { LayerStackView } from '../../views/feature-maps/layer-stack-view';
import { StackOverlay } from '../../views/feature-maps/stack-overlay';
import { DrawPad } from '../../views/input/draw-pad';
import { LESSON_TEST_IMAGES, testImage, TestImagePicker } from '../../views/input/test-image-picker';
import { LatestOnly } from '../../views/latest-only';
import { formatShape } from '../format';
import { FilterTiles } from './filter-tiles';
import { ImageChoice, type ImageSourceKind } from './image-choice';

/** What the inspector needs of the screen: the worker holding the kept network, or why it cannot. */
export interface InspectorModel {
  /** Makes the worker hold the kept network (once per network); rejects with the reason. */
  ready(): Promise<void>;
  activations(image: Uint8Array): Promise<LayerActivation[]>;
  /** The layer's [kernel, bias] (a conv kernel is (KH, KW, C, K)), from the kept weights. */
  layerWeights(layer: number): { shape: number[]; values: Float32Array }[];
}

export class LayerInspector {
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'inspector' });
  /** DOM laid over the inspector's part of the canvas (captions, tile labels). */
  readonly overlay = h('div', { class: 'sb-inspector-overlay' });
  private readonly texts = new BoundTexts();
  private readonly heading = h('h3', { id: 'sb-inspector-heading' });
  private readonly note = h('p', { class: 'lv-note', id: 'sb-inspector-note', 'aria-live': 'polite' });
  private readonly picker: TestImagePicker;
  private readonly pad = new DrawPad(() => this.source === 'draw' && this.run());
  private readonly choice: ImageChoice;
  private readonly filters = new FilterTiles('sb-filter-channel', () => this.requestRender());
  private readonly runner: LatestOnly<Uint8Array, LayerActivation[]>;
  private stack: LayerStackView | null = null;
  private stackOverlay: StackOverlay | null = null;
  private layer = -1;
  /** The shown layer's channel states (their labels follow the language). */
  private states: readonly string[] = [];
  private shape: readonly number[] = [];
  private model: InspectorModel | null = null;
  private source: ImageSourceKind = 'test';
  private imageIndex: number = LESSON_TEST_IMAGES[0];
  private width = 0;

  constructor(
    private readonly data: FashionMnist,
    private readonly requestRender: () => void,
    private readonly relayout: () => void,
  ) {
    this.picker = new TestImagePicker(data.test, 'sb-inspect-image', (index) => {
      this.imageIndex = index;
      this.run();
    });
    this.picker.value = this.imageIndex;
    this.choice = new ImageChoice(this.texts, this.picker, this.pad, (source) => {
      this.source = source;
      if (source === 'draw' && this.pad.pixels.every((v) => v === 0)) this.pad.set(this.image());
      this.run();
    });
    this.runner = new LatestOnly(
      (image) => this.model!.ready().then(() => this.model!.activations(image)),
      (activations) => this.show(activations),
      (error) => this.say('sandbox.inspectorFailed', { detail: String((error as Error)?.message ?? error) }),
    );
    this.view.addChild(this.filters.view);
    this.overlay.append(this.filters.overlay);
    this.element = h('section', { class: 'sb-inspector', 'aria-labelledby': 'sb-inspector-heading', hidden: true }, this.heading, this.note, this.choice.element, this.filters.element);
  }

  /** Looks into `layer` (−1: nothing chosen) of `model` (null: no trained network fits the draft). */
  inspect(layer: number, shape: readonly number[] | null, model: InspectorModel | null): void {
    this.layer = layer;
    this.model = model;
    this.element.hidden = layer < 0;
    this.rebuildStack(layer >= 0 && model && shape ? shape : null);
    this.filters.clear();
    this.translate();
    if (layer < 0) return;
    if (!model) return this.say('sandbox.inspectorUntrained');
    if (!shape) return;
    this.say('sandbox.inspectorLoading');
    const weights = model.layerWeights(layer);
    if (weights[0]?.shape.length === 4) this.filters.set(weights[0].shape, weights[0].values);
    this.run();
  }

  /** Where the inspector's picture starts on the canvas (below the architecture) and its width. */
  resize(top: number, width: number): number {
    this.width = width;
    this.view.position.set(0, top);
    this.overlay.style.top = `${top}px`;
    let height = 0;
    if (this.stack && this.stackOverlay) {
      const placement = this.stack.resize(width);
      this.stackOverlay.place(placement);
      height = placement.height + 16;
    }
    height += this.filters.resize(height, width);
    return height;
  }

  translate(): void {
    this.texts.apply();
    this.picker.translate();
    this.pad.translate();
    this.filters.translate();
    this.heading.textContent = this.layer >= 0 ? t('sandbox.inspectorHeading', { n: this.layer + 1 }) : '';
    if (this.stackOverlay) {
      this.labelChannels();
      this.stackOverlay.inputCaption.textContent = t('sandbox.inspectorInput');
      const caption = this.stackOverlay.caption(this.layer);
      if (caption) caption.textContent = t('sandbox.inspectorMaps', { n: this.layer + 1, shape: formatShape(this.shape) });
    }
  }

  destroy(): void {
    this.runner.dispose();
    this.stack?.destroy();
    this.filters.destroy();
    this.view.destroy({ children: true });
  }

  private image(): Uint8Array {
    return testImage(this.data.test, this.imageIndex);
  }

  private run(): void {
    if (this.layer < 0 || !this.model || !this.stack) return;
    const image = this.source === 'draw' ? this.pad.pixels.slice() : this.image().slice();
    this.stack.setInput(image);
    this.requestRender();
    this.runner.request(image);
  }

  private show(activations: LayerActivation[]): void {
    const a = activations.find((x) => x.layer === this.layer);
    if (!a || !this.stack) return;
    this.states = this.stack.setActivations([a]).get(this.layer) ?? [];
    this.labelChannels();
    this.say(a.shape.length === 3 ? 'sandbox.inspectorShown' : 'sandbox.inspectorShownFlat', { n: this.layer + 1, shape: formatShape(a.shape) });
    this.element.dataset.shown = String(this.layer);
    this.relayout(); // the new tile labels are placed by the next layout
  }

  private labelChannels(): void {
    const labels = this.states.map((state, k) => t(state === 'active' ? 'sandbox.inspectorChannel' : 'sandbox.inspectorChannelEmpty', { k: k + 1 }));
    this.stackOverlay?.labels(this.layer)?.set(labels, this.states);
  }

  private say(key: MessageKey, params?: MessageParams): void {
    this.texts.set(this.note, key, params);
  }

  private rebuildStack(shape: readonly number[] | null): void {
    this.stack?.destroy();
    this.stackOverlay?.layerElements.forEach((e) => e.remove());
    this.stackOverlay?.inputCaption.remove();
    this.stack = this.stackOverlay = null;
    this.states = [];
    delete this.element.dataset.shown;
    if (shape) {
      this.shape = shape;
      const layers = [{ index: this.layer, shape }];
      this.stack = new LayerStackView(layers);
      this.stackOverlay = new StackOverlay(layers);
      this.view.addChildAt(this.stack.view, 0);
      this.overlay.prepend(this.stackOverlay.inputCaption, ...this.stackOverlay.layerElements);
    }
    if (this.width > 0) this.relayout();
  }
}
