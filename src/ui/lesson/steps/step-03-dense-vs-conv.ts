// Step 3 "Why not dense?": the same 28×28 image twice. Left, a dense layer: every pixel has its
// own weight (for each of the 10 units), so the three pixels under the window have three weights
// of their own. Right, a 1×3 convolution: the same three weights (w1, w2, w3) follow the window to
// every position — weight sharing. The window's position is a pure function of time (played) or
// of the slider/step buttons (always; the only way with reduced motion). The check: the learner
// computes both weight counts, then sees Keras' numbers side by side.
import { Container, Graphics, Sprite, Texture, TextureSource } from 'pixi.js';
import { IMAGE_SIZE } from '../../../data/idx';
import { h } from '../../framework/dom';
import { formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { grayToRgba } from '../../views/image-atlas';
import type { LessonContext, LessonStep } from '../step';
import {
  checkCounts,
  pixelWeightHue,
  positionAtTime,
  POSITIONS_PER_SECOND,
  WEIGHT_SHARING_POINTS,
  weightCounts,
  windowAt,
  type CountsCheck,
  type WeightCounts,
} from './step-03-dense-vs-conv-model';
import { parseWholeNumber } from '../parse-number';

/** The shared weights' colours (ColorBrewer Dark2: distinct for colour-blind viewers too). */
const SHARED_COLORS = [0xd95f02, 0x1b9e77, 0x7570b3] as const;
const SHARED_CSS = ['#d95f02', '#1b9e77', '#7570b3'] as const;
const IMAGE_INDEX = 0;
const GUESS_KEY = 'dense-vs-conv.guess';

interface Panel {
  root: Container;
  window: Graphics;
}

class DenseVsConvStep implements LessonStep {
  readonly id = 'dense-vs-conv';
  readonly titleKey: MessageKey = 'lessonCore.titleDenseVsConv';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'dense-vs-conv' });
  readonly canvasHost = h('div', { class: 'dvc-stage' });
  private readonly texts: [HTMLElement, MessageKey, () => MessageParams | undefined][] = [];
  private readonly counts: WeightCounts = weightCounts();
  private readonly positions: number;
  private readonly outWidth: number;
  private readonly playButton = h('button', { type: 'button', class: 'button button-primary', id: 'dvc-play', 'aria-pressed': 'false' });
  private readonly prevButton = h('button', { type: 'button', class: 'button', id: 'dvc-prev' });
  private readonly nextButton = h('button', { type: 'button', class: 'button', id: 'dvc-next' });
  private readonly slider = h('input', { type: 'range', id: 'dvc-position', min: 0, step: 1, value: 0 });
  private readonly where = h('p', { class: 'dvc-where', id: 'dvc-where', 'aria-live': 'polite' });
  private readonly denseInput = h('input', { type: 'text', inputmode: 'numeric', id: 'dvc-dense', autocomplete: 'off', 'aria-describedby': 'dvc-dense-feedback' });
  private readonly convInput = h('input', { type: 'text', inputmode: 'numeric', id: 'dvc-conv', autocomplete: 'off', 'aria-describedby': 'dvc-conv-feedback' });
  private readonly denseFeedback = h('span', { class: 'lesson-feedback', id: 'dvc-dense-feedback' });
  private readonly convFeedback = h('span', { class: 'lesson-feedback', id: 'dvc-conv-feedback' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button button-primary', id: 'dvc-check' });
  private readonly result = h('p', { class: 'lesson-result', id: 'dvc-result', role: 'status' });
  private readonly comparison = h('table', { class: 'lesson-table dvc-comparison', id: 'dvc-comparison', hidden: true });
  private readonly legend = h('ul', { class: 'dvc-legend' });
  private dense?: Panel;
  private conv?: Panel;
  private cell = 8;
  private position = 0;
  private playing = false;
  private timeMs = 0;
  private context!: LessonContext;
  private checked: CountsCheck | null = null;

  constructor() {
    this.outWidth = this.counts.convOutput[1];
    this.positions = this.counts.convOutput[0] * this.counts.convOutput[1];
    this.slider.max = String(this.positions - 1);
    const text = <E extends HTMLElement>(element: E, key: MessageKey, params?: () => MessageParams): E => {
      this.texts.push([element, key, params ?? (() => undefined)]);
      return element;
    };
    const counts = () => ({ ...this.countParams() });
    for (let i = 0; i < 3; i++) {
      const swatch = h('span', { class: 'dvc-swatch', 'aria-hidden': 'true' });
      swatch.style.background = SHARED_CSS[i];
      this.legend.append(h('li', {}, swatch, text(h('span'), 'lessonCore.dvcWeightName', () => ({ n: i + 1 }))));
    }
    const form = h(
      'form',
      { class: 'lesson-check', novalidate: true, 'aria-labelledby': 'dvc-check-heading' },
      text(h('h3', { id: 'dvc-check-heading' }), 'lessonCore.dvcCheckHeading'),
      text(h('p'), 'lessonCore.dvcCheckIntro'),
      h('div', { class: 'field' }, text(h('label', { for: 'dvc-dense' }), 'lessonCore.dvcDenseQuestion', counts), this.denseInput, this.denseFeedback),
      h('div', { class: 'field' }, text(h('label', { for: 'dvc-conv' }), 'lessonCore.dvcConvQuestion', counts), this.convInput, this.convFeedback),
      h('div', { class: 'lesson-check-buttons' }, this.checkButton),
      this.result,
      this.comparison,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.element = h(
      'div',
      { class: 'lesson-dense-vs-conv' },
      text(h('p', { class: 'lesson-lead' }), 'lessonCore.dvcIntro'),
      h(
        'div',
        { class: 'dvc-panels' },
        h('section', { class: 'dvc-panel', 'aria-labelledby': 'dvc-dense-heading' }, text(h('h3', { id: 'dvc-dense-heading' }), 'lessonCore.dvcDenseHeading'), text(h('p'), 'lessonCore.dvcDenseText', counts)),
        h('section', { class: 'dvc-panel', 'aria-labelledby': 'dvc-conv-heading' }, text(h('h3', { id: 'dvc-conv-heading' }), 'lessonCore.dvcConvHeading'), text(h('p'), 'lessonCore.dvcConvText', counts), this.legend),
      ),
      this.canvasHost,
      h(
        'div',
        { class: 'dvc-controls', role: 'group', 'aria-labelledby': 'dvc-controls-label' },
        text(h('span', { id: 'dvc-controls-label', class: 'visually-hidden' }), 'lessonCore.dvcControls'),
        this.playButton,
        this.prevButton,
        this.nextButton,
        h('div', { class: 'dvc-slider' }, text(h('label', { for: 'dvc-position' }), 'lessonCore.dvcPosition'), this.slider),
      ),
      this.where,
      form,
    );
    this.playButton.addEventListener('click', () => this.setPlaying(!this.playing));
    this.prevButton.addEventListener('click', () => this.jump(this.position - 1));
    this.nextButton.addEventListener('click', () => this.jump(this.position + 1));
    this.slider.addEventListener('input', () => this.jump(this.slider.valueAsNumber));
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.playButton.hidden = context.reducedMotion;
    const image = context.data.test.images;
    this.dense = this.buildPanel(image, true);
    this.conv = this.buildPanel(image, false);
    const saved = context.progress.get<{ dense: string; conv: string }>(GUESS_KEY);
    if (saved) {
      this.denseInput.value = saved.dense;
      this.convInput.value = saved.conv;
      this.checked = checkCounts(parseWholeNumber(saved.dense) ?? NaN, parseWholeNumber(saved.conv) ?? NaN, this.counts);
    }
    this.setPosition(0);
  }

  show(): void {
    if (!this.context.reducedMotion) this.setPlaying(true);
  }

  hide(): void {
    this.setPlaying(false);
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    this.timeMs += deltaMs;
    const position = positionAtTime(this.timeMs, this.positions);
    if (position !== this.position) this.setPosition(position);
  }

  resize(width: number): number {
    this.cell = Math.max(4, Math.min(12, Math.floor((width / 2 - 16) / IMAGE_SIZE)));
    const size = this.cell * IMAGE_SIZE;
    const half = width / 2;
    [this.dense!, this.conv!].forEach((panel, i) => {
      panel.root.position.set(Math.round(i * half + (half - size) / 2), 0);
      panel.root.scale.set(this.cell);
    });
    this.drawWindows();
    this.context.requestRender();
    return size;
  }

  translate(): void {
    for (const [element, key, params] of this.texts) element.textContent = t(key, params());
    this.playButton.textContent = t(this.playing ? 'lessonCore.pause' : 'lessonCore.play');
    this.prevButton.textContent = t('lessonCore.dvcPrev');
    this.nextButton.textContent = t('lessonCore.dvcNext');
    this.checkButton.textContent = t('lessonCore.check');
    this.describePosition();
    const canvas = this.canvasHost.querySelector('canvas');
    canvas?.setAttribute('role', 'img');
    canvas?.setAttribute('aria-label', t('lessonCore.dvcCanvas'));
    canvas?.setAttribute('aria-describedby', 'dvc-where');
    this.renderCheck();
  }

  destroy(): void {
    this.playing = false;
    this.view.destroy({ children: true, texture: true, textureSource: true });
  }

  private countParams(): MessageParams {
    const c = this.counts;
    return {
      inputs: c.inputs,
      units: c.units,
      side: IMAGE_SIZE,
      filters: c.filters,
      kh: c.kernel[0],
      kw: c.kernel[1],
      denseWeights: c.denseWeights,
      convWeights: c.convWeights,
      positions: this.positions,
    };
  }

  /** The image (1 unit = 1 pixel; the panel is scaled by the cell size), grid lines, the window. */
  private buildPanel(images: Uint8Array, dense: boolean): Panel {
    const root = new Container({ label: dense ? 'dense-panel' : 'conv-panel' });
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = IMAGE_SIZE;
    const context2d = canvas.getContext('2d')!;
    const pixels = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
    grayToRgba(images, IMAGE_INDEX, pixels.data);
    context2d.putImageData(pixels, 0, 0);
    if (dense) {
      // Every pixel's own weight, as a faint colour wash over the image.
      context2d.globalAlpha = 0.3;
      for (let p = 0; p < IMAGE_SIZE * IMAGE_SIZE; p++) {
        context2d.fillStyle = `hsl(${pixelWeightHue(p)} 80% 55%)`;
        context2d.fillRect(p % IMAGE_SIZE, Math.floor(p / IMAGE_SIZE), 1, 1);
      }
    }
    const source = TextureSource.from(canvas);
    source.scaleMode = 'nearest';
    root.addChild(new Sprite(new Texture({ source })));
    const grid = new Graphics();
    for (let i = 0; i <= IMAGE_SIZE; i++) {
      grid.moveTo(i, 0).lineTo(i, IMAGE_SIZE);
      grid.moveTo(0, i).lineTo(IMAGE_SIZE, i);
    }
    grid.stroke({ width: 0.04, color: 0x808080, alpha: 0.6 });
    root.addChild(grid);
    const window = new Graphics();
    root.addChild(window);
    this.view.addChild(root);
    return { root, window };
  }

  private drawWindows(): void {
    const { row, col } = windowAt(this.position, this.outWidth);
    const [kh, kw] = this.counts.kernel;
    for (const [panel, dense] of [[this.dense, true], [this.conv, false]] as const) {
      if (!panel) continue;
      const g = panel.window.clear();
      for (let dy = 0; dy < kh; dy++) {
        for (let dx = 0; dx < kw; dx++) {
          const pixel = (row + dy) * IMAGE_SIZE + col + dx;
          const color = dense ? `hsl(${pixelWeightHue(pixel)} 80% 50%)` : SHARED_COLORS[(dy * kw + dx) % SHARED_COLORS.length];
          g.rect(col + dx, row + dy, 1, 1).fill({ color, alpha: 0.85 });
        }
      }
      g.rect(col, row, kw, kh).stroke({ width: 4 / this.cell, color: 0xf4c542, alignment: 0 });
    }
  }

  private setPosition(position: number): void {
    this.position = ((position % this.positions) + this.positions) % this.positions;
    this.slider.value = String(this.position);
    this.drawWindows();
    this.describePosition();
    this.element.dataset.position = String(this.position);
    this.context?.requestRender();
  }

  private jump(position: number): void {
    this.setPlaying(false);
    this.setPosition(position);
    this.timeMs = (this.position * 1000) / POSITIONS_PER_SECOND;
  }

  private setPlaying(playing: boolean): void {
    this.playing = playing && !this.context?.reducedMotion;
    this.playButton.setAttribute('aria-pressed', String(this.playing));
    this.playButton.textContent = t(this.playing ? 'lessonCore.pause' : 'lessonCore.play');
    // While playing the description changes 26 times a second: keep it out of the live region.
    this.where.setAttribute('aria-live', this.playing ? 'off' : 'polite');
    if (!this.playing) this.describePosition();
  }

  private describePosition(): void {
    const { row, col } = windowAt(this.position, this.outWidth);
    const params = { row: row + 1, first: col + 1, last: col + this.counts.kernel[1], n: this.position + 1, total: this.positions };
    this.slider.setAttribute('aria-valuetext', t('lessonCore.dvcPositionValue', params));
    this.where.textContent = t('lessonCore.dvcWhere', params);
  }

  private check(): void {
    const dense = parseWholeNumber(this.denseInput.value);
    const conv = parseWholeNumber(this.convInput.value);
    if (dense === null || conv === null) {
      this.result.textContent = t('lessonCore.enterNumbers');
      (dense === null ? this.denseInput : this.convInput).focus();
      return;
    }
    this.checked = checkCounts(dense, conv, this.counts);
    if (this.context.progress.get(GUESS_KEY) === undefined) {
      this.context.award((Number(this.checked.dense) + Number(this.checked.conv)) * WEIGHT_SHARING_POINTS.each);
    }
    this.context.progress.set(GUESS_KEY, { dense: this.denseInput.value, conv: this.convInput.value });
    this.context.complete(WEIGHT_SHARING_POINTS.completion);
    this.renderCheck();
  }

  private renderCheck(): void {
    const checked = this.checked;
    this.comparison.hidden = !checked;
    if (!checked) {
      this.result.textContent = '';
      this.denseFeedback.textContent = this.convFeedback.textContent = '';
      return;
    }
    const p = this.countParams();
    const feedback = (element: HTMLElement, right: boolean, answer: MessageKey) => {
      element.textContent = right ? t('lessonCore.feedbackRight', { answer: t(answer, p) }) : t('lessonCore.feedbackWrong', { answer: t(answer, p) });
      element.dataset.correct = String(right);
    };
    feedback(this.denseFeedback, checked.dense, 'lessonCore.dvcDenseAnswer');
    feedback(this.convFeedback, checked.conv, 'lessonCore.dvcConvAnswer');
    const c = this.counts;
    this.result.textContent = t('lessonCore.dvcRatio', { ratio: formatNumber(Math.round(c.denseWeights / c.convWeights)) });
    const th = (text: string) => h('th', { scope: 'col' }, text);
    const row = (name: string, id: string, weights: number, biases: number) =>
      h('tr', { 'data-layer': id }, h('th', { scope: 'row' }, name), h('td', {}, formatNumber(weights)), h('td', {}, formatNumber(biases)), h('td', {}, formatNumber(weights + biases)));
    this.comparison.replaceChildren(
      h('caption', {}, t('lessonCore.dvcTableCaption')),
      h('thead', {}, h('tr', {}, th(t('lessonCore.dvcColumnLayer')), th(t('lessonCore.dvcColumnWeights')), th(t('lessonCore.dvcColumnBiases')), th(t('lessonCore.dvcColumnTotal')))),
      h(
        'tbody',
        {},
        row(t('lessonCore.dvcDenseRow', p), 'dense', c.denseWeights, c.denseBiases),
        row(t('lessonCore.dvcConvRow', p), 'conv', c.convWeights, c.convBiases),
      ),
    );
  }
}

export function createDenseVsConvStep(): LessonStep {
  return new DenseVsConvStep();
}
