// "Why not dense?": the same 28×28 image twice — a dense layer, where every pixel has its own weight,
// and a 1×3 convolution, whose three weights follow the window to every position (weight sharing).
// The window's position is a pure function of time (played) or of the slider and step buttons
// (always; the only way with reduced motion). The check: the learner computes both weight counts,
// then sees Keras' numbers side by side.
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { t, type MessageParams } from '../../../i18n/i18n';
import type { LessonContext, LessonStep } from '../../step';
import { parseWholeNumber } from '../../parse-number';
import { CountCheck, type CountGuess } from './count-check';
import { checkCounts, positionAtTime, POSITIONS_PER_SECOND, WEIGHT_SHARING_POINTS, weightCounts, windowAt } from './model';
import { DenseVsConvPanels, sharedWeightsLegend } from './panels-view';
import { WindowControls } from './window-controls';
import './step.css';

const IMAGE_INDEX = 0;
const GUESS_KEY = 'dense-vs-conv.guess';

class DenseVsConvStep implements LessonStep {
  readonly id = 'dense-vs-conv';
  readonly titleKey = 'stepDenseVsConv.title';
  readonly element: HTMLElement;
  readonly canvasHost = h('div', { class: 'dvc-stage' });
  private readonly texts = new BoundTexts();
  private readonly counts = weightCounts();
  private readonly outWidth = this.counts.convOutput[1];
  private readonly positions = this.counts.convOutput[0] * this.counts.convOutput[1];
  private readonly panels = new DenseVsConvPanels(this.counts.kernel, this.outWidth);
  readonly view = this.panels.view;
  private readonly controls: WindowControls;
  private readonly check: CountCheck;
  private position = 0;
  private playing = false;
  private timeMs = 0;
  private context!: LessonContext;

  constructor() {
    const texts = this.texts;
    const c = this.counts;
    const params: MessageParams = {
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
    this.controls = new WindowControls(texts, this.positions, {
      play: () => this.setPlaying(!this.playing),
      step: (delta) => this.jump(this.position + delta),
      jump: (position) => this.jump(position),
    });
    this.check = new CountCheck(texts, c, params, () => this.submit());
    this.element = h(
      'div',
      { class: 'lesson-dense-vs-conv' },
      texts.set(h('p', { class: 'lesson-lead' }), 'stepDenseVsConv.intro'),
      h(
        'div',
        { class: 'dvc-panels' },
        h('section', { class: 'dvc-panel', 'aria-labelledby': 'dvc-dense-heading' }, texts.set(h('h3', { id: 'dvc-dense-heading' }), 'stepDenseVsConv.denseHeading'), texts.set(h('p'), 'stepDenseVsConv.denseText', params)),
        h('section', { class: 'dvc-panel', 'aria-labelledby': 'dvc-conv-heading' }, texts.set(h('h3', { id: 'dvc-conv-heading' }), 'stepDenseVsConv.convHeading'), texts.set(h('p'), 'stepDenseVsConv.convText', params), sharedWeightsLegend(texts)),
      ),
      this.canvasHost,
      this.controls.element,
      this.controls.where,
      this.check.element,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.controls.reducedMotion = context.reducedMotion;
    this.panels.setImage(context.data.test.images, IMAGE_INDEX);
    const saved = context.progress.get<CountGuess>(GUESS_KEY);
    if (saved) {
      this.check.guess = saved;
      this.check.show(checkCounts(parseWholeNumber(saved.dense) ?? NaN, parseWholeNumber(saved.conv) ?? NaN, this.counts));
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
    const height = this.panels.resize(width);
    this.context.requestRender();
    return height;
  }

  translate(): void {
    this.texts.apply();
    this.controls.translate();
    const canvas = this.canvasHost.querySelector('canvas');
    canvas?.setAttribute('role', 'img');
    canvas?.setAttribute('aria-label', t('stepDenseVsConv.canvas'));
    canvas?.setAttribute('aria-describedby', 'dvc-where');
    this.check.translate();
  }

  destroy(): void {
    this.playing = false;
    this.panels.destroy();
  }

  private setPosition(position: number): void {
    this.position = ((position % this.positions) + this.positions) % this.positions;
    const { row, col } = windowAt(this.position, this.outWidth);
    this.panels.setPosition(this.position);
    this.controls.setPosition(this.position, { row: row + 1, first: col + 1, last: col + this.counts.kernel[1], n: this.position + 1, total: this.positions });
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
    this.controls.setPlaying(this.playing);
  }

  private submit(): void {
    const guess = this.check.read();
    if (!guess) return;
    const checked = checkCounts(guess.dense, guess.conv, this.counts);
    if (this.context.progress.get(GUESS_KEY) === undefined) {
      this.context.award((Number(checked.dense) + Number(checked.conv)) * WEIGHT_SHARING_POINTS.each);
    }
    this.context.progress.set(GUESS_KEY, this.check.guess);
    this.context.complete(WEIGHT_SHARING_POINTS.completion);
    this.check.show(checked);
  }
}

export function createDenseVsConvStep(): LessonStep {
  return new DenseVsConvStep();
}
