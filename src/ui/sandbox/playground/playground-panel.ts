// The "Filters & strides" section: one test image, a kernel (classic, typed, or one of the kept
// network's first-layer filters), its size, stride and padding; the lesson's kernel slide walks
// the window over the image (time → position, steppable, paused for reduced motion), the output
// map fills in, and the arithmetic at the window is written out. Every change updates it live.
import type { FashionMnist } from '../../../data/dataset';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { formatNumber, t } from '../../i18n/i18n';
import { testImage, TestImagePicker } from '../../views/input/test-image-picker';
import { arithmeticAt, convLayout, featureMap, scaleImage, type ConvLayout } from '../../views/kernel-slide/conv-slide';
import { trainedPresets, type KernelPreset } from '../../views/kernel-slide/kernel-presets';
import { KernelSlideView } from '../../views/kernel-slide/kernel-slide-view';
import { SlideClock } from '../../views/kernel-slide/slide-clock';
import { place } from '../../views/place';
import { PlaybackControls } from '../../views/playback/playback-controls';
import type { SandboxPanel } from '../panel';
import type { SandboxState } from '../sandbox-state';
import { WorkerModel } from '../worker-model';
import { KernelGrid } from './kernel-grid';
import { CUSTOM, PlaygroundControls } from './playground-controls';
import { classicKernel, CLASSIC_KERNELS, DEFAULT_PLAYGROUND, MAX_PAD, resizeKernel, type ClassicKernel, type PlaygroundSettings } from './playground-model';

const SPEEDS = [2, 8, 32, 128] as const;
const fixed = (x: number) => formatNumber(Math.abs(x) < 5e-4 ? 0 : x, undefined, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

export class PlaygroundPanel implements SandboxPanel {
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  private readonly slide = new KernelSlideView(MAX_PAD);
  readonly view = this.slide.view;
  private readonly texts = new BoundTexts();
  private readonly picker: TestImagePicker;
  private readonly controls: PlaygroundControls;
  private readonly grid = new KernelGrid((weights) => this.edited(weights));
  private readonly playback: PlaybackControls;
  private readonly inputCaption = h('span', { class: 'lv-caption', 'aria-hidden': 'true' });
  private readonly outputCaption = h('span', { class: 'lv-caption', 'aria-hidden': 'true' });
  private readonly arithmetic = h('p', { class: 'sb-arithmetic', id: 'sb-play-arithmetic', 'aria-live': 'polite' });
  private readonly clock = new SlideClock(SPEEDS[1]);
  private settings: PlaygroundSettings = { ...DEFAULT_PLAYGROUND };
  private kernelId = 'edge';
  private weights: number[] = classicKernel('edge', 3, 3);
  private bias = 0;
  private trained: KernelPreset[] = [];
  private imageIndex = 35;
  private layout!: ConvLayout;
  private input!: Float64Array;
  private output!: Float64Array;
  private outputMax = 0;
  private playing = false;
  private shownPosition = -1;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly state: SandboxState,
    private readonly data: FashionMnist,
    private readonly reducedMotion: boolean,
    private readonly requestRender: () => void,
  ) {
    this.picker = new TestImagePicker(data.test, 'sb-play-image', (index) => {
      this.imageIndex = index;
      this.rebuild();
    });
    this.picker.value = this.imageIndex;
    this.controls = new PlaygroundControls(this.picker.element, (patch) => this.change(patch));
    this.playback = new PlaybackControls({
      id: 'sb-play',
      speeds: SPEEDS,
      speed: this.clock.speed,
      reducedMotion,
      positionLabel: 'sandbox.playPosition',
      speedOption: 'sandbox.playSpeed',
      valueText: (p) => t('sandbox.playPositionValue', { position: p + 1, count: this.layout.positions }),
      onSeek: (p) => this.seek(p),
      onPlay: (playing) => this.setPlaying(playing),
      onSpeed: (speed) => this.clock.setSpeed(speed),
    });
    this.canvasHost = h('div', { class: 'sb-stage lv-stage', id: 'sb-play-stage' }, this.inputCaption, this.outputCaption);
    this.slide.scrubWith(this.canvasHost, (position) => this.seek(position));
    this.element = h(
      'section',
      { class: 'sb-panel sb-playground', 'aria-labelledby': 'sb-play-heading' },
      this.texts.set(h('h3', { id: 'sb-play-heading' }), 'sandbox.playHeading'),
      this.texts.set(h('p', { class: 'lv-hint' }), 'sandbox.playIntro'),
      this.controls.element,
      this.grid.element,
      this.canvasHost,
      this.playback.element,
      this.arithmetic,
    );
    this.unsubscribe = state.on((change) => change === 'model' && this.offerTrained());
    this.offerTrained();
    this.rebuild();
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    const ended = this.clock.advance(deltaMs);
    this.renderFrame(false);
    if (ended) this.setPlaying(false);
  }

  resize(width: number): number {
    const height = this.slide.resize(width);
    place(this.inputCaption, this.slide.layout.captions.input);
    place(this.outputCaption, this.slide.layout.captions.output);
    return height;
  }

  hidden(): void {
    this.setPlaying(false);
  }

  translate(): void {
    this.texts.apply();
    this.picker.translate();
    this.controls.translate();
    this.controls.show(this.settings, this.kernelId);
    this.grid.translate();
    this.playback.translate();
    this.renderText();
  }

  destroy(): void {
    this.unsubscribe();
    this.playing = false;
    this.slide.destroy();
  }

  /** The kept network's first-layer filters, when its first layer is a convolution on the gray image. */
  private offerTrained(): void {
    const model = this.state.model;
    const first = model?.spec.layers[0];
    this.trained = model && first?.kind === 'conv2d' ? trainedPresets(WorkerModel.layerWeights(model, 0), 'sandbox.playTrainedFilter') : [];
    this.controls.setTrained(this.trained.map((p) => ({ id: p.id, label: () => t(p.nameKey, { filter: p.filter ?? 0 }) })));
    if (this.kernelId.startsWith('trained-') && !this.trained.some((p) => p.id === this.kernelId)) this.change({ kernel: 'edge' });
  }

  private change(patch: Partial<PlaygroundSettings> & { kernel?: string }): void {
    const { kernel, ...geometry } = patch;
    const before = this.settings;
    this.settings = { ...this.settings, ...geometry };
    if (kernel) this.kernelId = kernel;
    const trained = this.trained.find((p) => p.id === this.kernelId);
    if (trained && kernel) {
      const [kh, kw] = (this.state.model!.spec.layers[0] as { kernelSize: [number, number] }).kernelSize;
      this.settings = { ...this.settings, kh, kw };
      this.weights = [...trained.weights];
      this.bias = trained.bias;
    } else if (CLASSIC_KERNELS.includes(this.kernelId as ClassicKernel)) {
      this.weights = classicKernel(this.kernelId as ClassicKernel, this.settings.kh, this.settings.kw);
      this.bias = 0;
    } else if (before.kh !== this.settings.kh || before.kw !== this.settings.kw) {
      this.kernelId = CUSTOM; // a resized trained or typed kernel is the learner's own now
      this.weights = resizeKernel(this.weights, before.kh, before.kw, this.settings.kh, this.settings.kw);
    }
    this.rebuild();
  }

  private edited(weights: number[]): void {
    this.weights = weights;
    this.kernelId = CUSTOM;
    this.rebuild(false);
  }

  /** Recomputes the slide for the settings and starts again at position 0, paused. */
  private rebuild(refillGrid = true): void {
    const { kh, kw, stride, padding } = this.settings;
    this.layout = convLayout({ inH: 28, inW: 28, kh, kw, stride, padding });
    const pixels = testImage(this.data.test, this.imageIndex);
    this.input = scaleImage(pixels);
    this.output = featureMap(this.input, this.layout, this.weights, this.bias);
    this.outputMax = Math.max(0, ...this.output);
    this.slide.setImage(pixels);
    this.slide.setConv(this.layout);
    this.controls.show(this.settings, this.kernelId);
    if (refillGrid) this.grid.set(kh, kw, this.weights);
    this.playback.setCount(this.layout.positions);
    this.clock.positions = this.layout.positions;
    this.setPlaying(false);
    this.clock.timeMs = 0;
    this.shownPosition = -1;
    this.element.dataset.outH = String(this.layout.outH);
    this.element.dataset.outW = String(this.layout.outW);
    this.renderFrame(true);
    this.renderText();
  }

  private seek(position: number): void {
    this.setPlaying(false);
    this.clock.seek(position);
    this.renderFrame(true);
  }

  private setPlaying(playing: boolean): void {
    if (playing && this.reducedMotion) return;
    if (playing && this.clock.atEnd) this.clock.timeMs = 0;
    this.playing = playing;
    this.playback.setPlaying(playing);
    if (!playing && this.layout) this.renderArithmetic();
  }

  private renderFrame(force: boolean): void {
    const frame = this.clock.frame(this.layout);
    this.slide.setFrame(frame);
    if (force || frame.position !== this.shownPosition) {
      this.shownPosition = frame.position;
      this.slide.setOutput(this.output, frame.position + 1, this.outputMax);
      this.playback.setPosition(frame.position);
      if (!this.playing) this.renderArithmetic();
    }
    if (!this.playing) this.requestRender();
  }

  private renderArithmetic(): void {
    const a = arithmeticAt(this.input, this.layout, this.weights, this.bias, Math.max(0, this.shownPosition));
    const terms = a.patch.map((v, i) => `${fixed(v)}×${fixed(a.weights[i])}`);
    const shown = terms.length > 9 ? `${terms.slice(0, 4).join(' + ')} + … + ${terms.at(-1)}` : terms.join(' + ');
    this.arithmetic.textContent = t('sandbox.playArithmetic', { row: a.row + 1, col: a.col + 1, terms: shown, count: terms.length, sum: fixed(a.sum), bias: fixed(a.bias), output: fixed(a.output) });
    Object.assign(this.arithmetic.dataset, { row: String(a.row), col: String(a.col), sum: String(a.sum), output: String(a.output) });
  }

  private renderText(): void {
    const l = this.layout;
    this.inputCaption.textContent = t('sandbox.playInputCaption', { pad: l.padTop + l.padLeft + l.padBottom + l.padRight > 0 ? t('sandbox.playPadded') : '' });
    this.outputCaption.textContent = t('sandbox.playOutputCaption', { height: l.outH, width: l.outW });
    this.renderArithmetic();
  }
}
