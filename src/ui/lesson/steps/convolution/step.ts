// "What a convolution does": a kernel (1×3, then 3×3) slides over a real test image, position by
// position; at each position the arithmetic panel shows the patch, the weights, their products,
// the sum, the bias and ReLU, and the feature map fills in on the canvas. Stride and padding change
// the path and the output size live; the learner predicts that size first.
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import { testImage, TestImagePicker } from '../../../views/input/test-image-picker';
import { arithmeticAt, type ConvArithmetic, type ConvLayout } from '../../../views/kernel-slide/conv-slide';
import { HAND_MADE, type KernelPreset, type KernelSize } from '../../../views/kernel-slide/kernel-presets';
import { KernelSlideView } from '../../../views/kernel-slide/kernel-slide-view';
import { SlideClock } from '../../../views/kernel-slide/slide-clock';
import { place } from '../../../views/place';
import { PlaybackControls } from '../../../views/playback/playback-controls';
import type { LessonContext, LessonStep } from '../../step';
import { ArithmeticPanel } from './arithmetic-panel';
import { engineFeatureMap } from './engine-check';
import { checkGuess, convolve, DEFAULT_SPEED, FIRST_IMAGE, kernelPresets, largestDifference, POINTS_PER_PREDICTION, PREDICTIONS_NEEDED, settingsKey, SPEEDS, STEP_POINTS, type ConvSettings } from './model';
import { PredictionForm, type Feedback } from './prediction-form';
import { SettingsForm } from './settings-form';
import '../shared.css';
import './step.css';

const CORRECT_KEY = 'convolution.correct';
const REVEALED_KEY = 'convolution.revealed';

class ConvolutionStep implements LessonStep {
  readonly id = 'convolution';
  readonly titleKey = 'stepConvolution.title';
  readonly element = h('section', { class: 'lesson-visual conv-step', id: 'step-convolution' });
  readonly canvasHost: HTMLElement;
  private readonly slide = new KernelSlideView();
  readonly view = this.slide.view;
  private readonly texts = new BoundTexts();
  private readonly inputCaption = h('span', { class: 'lv-caption', 'aria-hidden': 'true' });
  private readonly outputCaption = h('span', { class: 'lv-caption', id: 'conv-output-caption', 'aria-hidden': 'true' });
  private readonly prediction = new PredictionForm(this.texts, { check: (height, width) => this.checkPrediction(height, width), reveal: () => this.reveal(false) });
  private readonly arithmeticPanel = new ArithmeticPanel(this.texts, () => void this.checkWithEngine());
  private context!: LessonContext;
  private picker!: TestImagePicker;
  private controls!: PlaybackControls;
  private settingsForm!: SettingsForm;
  private presets!: Record<KernelSize, KernelPreset[]>;

  // Settings and animation state: the window's position is a function of the clock's time and speed.
  private readonly settings: ConvSettings = { size: '1x3', presetId: 'edge', stride: 1, padding: 'valid' };
  private imageIndex = FIRST_IMAGE;
  private readonly clock = new SlideClock(DEFAULT_SPEED);
  private playing = false;
  private shownPosition = -1;

  // Derived from the settings.
  private layout!: ConvLayout;
  private pixels!: Uint8Array;
  private input!: Float64Array;
  private output!: Float64Array;
  private outputMax = 0;
  private arithmetic?: ConvArithmetic;
  private correct = new Set<string>();
  private revealed = new Set<string>();
  private feedback: Feedback | null = null;
  /** Bumped on every rebuild: an engine answer for older settings is dropped. */
  private settingsVersion = 0;

  constructor() {
    this.canvasHost = h(
      'div',
      { class: 'lv-stage', id: 'conv-stage' },
      this.inputCaption,
      this.outputCaption,
      this.texts.set(h('p', { class: 'visually-hidden' }), 'stepConvolution.canvasDescription'),
    );
    this.slide.scrubWith(this.canvasHost, (position) => this.seek(position));
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.presets = kernelPresets((name) => context.trained(name));
    this.correct = new Set(context.progress.get<string[]>(CORRECT_KEY) ?? []);
    this.revealed = new Set(context.progress.get<string[]>(REVEALED_KEY) ?? []);
    this.picker = new TestImagePicker(context.data.test, 'conv-image', (index) => {
      this.imageIndex = index;
      this.rebuild();
    });
    this.picker.value = this.imageIndex;
    this.controls = new PlaybackControls({
      id: 'conv',
      speeds: SPEEDS,
      speed: this.clock.speed,
      reducedMotion: context.reducedMotion,
      positionLabel: 'stepConvolution.positionLabel',
      speedOption: 'stepConvolution.speedOption',
      valueText: (p) => this.positionValueText(p),
      onSeek: (p) => this.seek(p),
      onPlay: (playing) => this.setPlaying(playing),
      onSpeed: (speed) => this.clock.setSpeed(speed),
    });
    this.settingsForm = new SettingsForm(this.texts, this.picker.element, (patch) => {
      Object.assign(this.settings, patch);
      if (patch.size) this.settings.presetId = this.presets[patch.size][0].id;
      this.rebuild();
    });
    this.element.append(
      this.texts.set(h('p', { class: 'lv-intro' }), 'stepConvolution.intro'),
      this.texts.set(h('p', { class: 'lv-goal' }), 'stepConvolution.goal'),
      this.settingsForm.element,
      this.prediction.element,
      this.canvasHost,
      this.controls.element,
      this.arithmeticPanel.element,
    );
    this.rebuild();
  }

  private get preset(): KernelPreset {
    const offered = this.presets[this.settings.size];
    return offered.find((p) => p.id === this.settings.presetId) ?? offered[0];
  }

  private get key(): string {
    return settingsKey(this.settings);
  }

  private get isRevealed(): boolean {
    return this.revealed.has(this.key);
  }

  /** Recomputes everything that follows from the settings and starts again at position 0, paused. */
  private rebuild(): void {
    this.pixels = testImage(this.context.data.test, this.imageIndex);
    ({ layout: this.layout, input: this.input, output: this.output, outputMax: this.outputMax } = convolve(this.pixels, this.settings, this.preset));
    this.slide.setImage(this.pixels);
    this.slide.setConv(this.layout);
    this.slide.showOutput(this.isRevealed);
    this.controls.setCount(this.layout.positions);
    this.clock.positions = this.layout.positions;
    this.settingsForm.set({ ...this.settings, presetId: this.preset.id }, this.presets[this.settings.size]);
    this.setPlaying(false);
    this.clock.timeMs = 0;
    this.shownPosition = -1;
    this.settingsVersion++;
    this.arithmeticPanel.setEngine(null);
    this.feedback = this.isRevealed ? ['stepConvolution.revealed', { height: this.layout.outH, width: this.layout.outW }] : null;
    this.prediction.clear();
    this.renderPrediction();
    this.renderFrame();
    this.renderCaptions();
  }

  // ---- the animation ---------------------------------------------------------------------------------

  private seek(position: number): void {
    this.setPlaying(false);
    this.clock.seek(position);
    this.renderFrame(true);
  }

  private setPlaying(playing: boolean): void {
    if (playing && this.context.reducedMotion) return;
    if (playing && this.clock.atEnd) this.clock.timeMs = 0; // replay from the start
    this.playing = playing;
    this.controls.setPlaying(playing);
    if (!playing && this.arithmetic) this.arithmeticPanel.announce();
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    const ended = this.clock.advance(deltaMs);
    this.renderFrame(false, true);
    if (ended) this.setPlaying(false);
  }

  // ---- the prediction ------------------------------------------------------------------------------

  private checkPrediction(height: number, width: number): void {
    const result = checkGuess(height, width, this.layout);
    if (result === 'invalid') {
      this.setFeedback(['stepConvolution.predictInvalid']);
      this.prediction.focusInvalid();
    } else if (result === 'wrong') {
      this.setFeedback(['stepConvolution.predictWrong']);
    } else {
      this.reveal(!this.correct.has(this.key) && !this.isRevealed);
    }
  }

  /** Shows the output size; `earned` when the learner predicted it right first. */
  private reveal(earned: boolean): void {
    const size = { height: this.layout.outH, width: this.layout.outW };
    this.revealed.add(this.key);
    this.context.progress.set(REVEALED_KEY, [...this.revealed]);
    if (earned) {
      this.correct.add(this.key);
      this.context.progress.set(CORRECT_KEY, [...this.correct]);
      this.context.award(POINTS_PER_PREDICTION);
      if (this.correct.size >= PREDICTIONS_NEEDED) this.context.complete(STEP_POINTS);
    }
    this.setFeedback([earned ? 'stepConvolution.predictRight' : 'stepConvolution.revealed', size]);
    this.slide.showOutput(true);
    this.renderCaptions();
    this.renderFrame(true);
    this.context.requestRender();
  }

  private setFeedback(feedback: Feedback | null): void {
    this.feedback = feedback;
    this.renderPrediction();
  }

  private renderPrediction(): void {
    this.prediction.render(this.feedback, this.isRevealed ? this.layout : null, this.correct.size);
    this.element.dataset.correct = String(this.correct.size);
  }

  /** Asks the engine's own Conv2D for this feature map and compares it with the arithmetic. */
  private async checkWithEngine(): Promise<void> {
    const version = this.settingsVersion;
    this.arithmeticPanel.setEngine(null, ['stepConvolution.engineRunning']);
    try {
      const values = await engineFeatureMap(this.context.trainer, this.layout, this.preset, this.pixels.slice());
      if (version !== this.settingsVersion) return;
      this.arithmeticPanel.setEngine({ values, maxDiff: largestDifference(values, this.output) });
    } catch (error) {
      this.arithmeticPanel.setEngine(null, ['lesson.workerBusy', { detail: String((error as Error)?.message ?? error) }]);
    }
  }

  // ---- drawing -------------------------------------------------------------------------------------

  /**
   * Draws the window for the current time; rewrites the numbers when the position changed. From
   * update() the ticker renders the canvas anyway; otherwise ask for one render.
   */
  private renderFrame(force = false, fromTicker = false): void {
    const frame = this.clock.frame(this.layout);
    this.slide.setFrame(frame);
    if (force || frame.position !== this.shownPosition) {
      this.shownPosition = frame.position;
      this.arithmetic = arithmeticAt(this.input, this.layout, this.preset.weights, this.preset.bias, frame.position);
      this.slide.setOutput(this.output, frame.position + 1, this.outputMax);
      this.controls.setPosition(frame.position);
      this.renderArithmetic();
      if (!this.playing) this.arithmeticPanel.announce();
    }
    if (!fromTicker) this.context.requestRender();
  }

  private renderArithmetic(): void {
    const a = this.arithmetic;
    if (a) this.arithmeticPanel.render(a, this.layout, this.imageIndex, this.positionValueText(a.position));
  }

  private positionValueText(position: number): string {
    const w = { row: Math.floor(position / Math.max(1, this.layout.outW)) + 1, col: (position % Math.max(1, this.layout.outW)) + 1 };
    return this.isRevealed
      ? t('stepConvolution.positionValue', { position: position + 1, count: this.layout.positions, ...w })
      : t('stepConvolution.positionHidden', { position: position + 1, ...w });
  }

  private renderCaptions(): void {
    const l = this.layout;
    const padded = l.padTop + l.padBottom + l.padLeft + l.padRight > 0;
    this.inputCaption.textContent = t(padded ? 'stepConvolution.inputCaptionPadded' : 'stepConvolution.inputCaption', { height: l.inH, width: l.inW });
    this.outputCaption.textContent = this.isRevealed ? t('stepConvolution.outputCaption', { height: l.outH, width: l.outW }) : t('stepConvolution.outputHidden');
  }

  resize(width: number): number {
    const height = this.slide.resize(width);
    const { captions } = this.slide.layout;
    place(this.inputCaption, captions.input);
    place(this.outputCaption, captions.output);
    return height;
  }

  translate(): void {
    this.texts.apply();
    this.picker.translate();
    this.controls.translate();
    this.settingsForm.translate(this.presets['1x3'].length > HAND_MADE['1x3'].length);
    this.prediction.translate();
    this.renderPrediction();
    this.renderCaptions();
    this.renderArithmetic();
    if (!this.playing) this.arithmeticPanel.announce();
  }

  hide(): void {
    this.setPlaying(false);
  }

  destroy(): void {
    this.playing = false;
    this.slide.destroy();
  }
}

export function createConvolutionStep(): LessonStep {
  return new ConvolutionStep();
}
