// Step 2 "What a convolution does": a kernel (1×3, then 3×3) slides over a real test image, position
// by position; at each position the DOM shows the patch, the weights, their products, the sum, the
// bias and ReLU (also announced for screen readers), and the Pixi feature map fills in. Stride and
// padding change the path and the output size live; the learner predicts that size first.
// The arithmetic element (#conv-arithmetic) carries the current numbers as data attributes for
// tests (see the report of this step: data-row, data-col, data-weights, data-sum, data-output …).
import '../visual.css';
import { planModel } from '../../../shared/plan';
import { preset as presetSpec } from '../../../shared/presets';
import type { Padding } from '../../../shared/spec';
import { h } from '../../framework/dom';
import { formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { LessonContext, LessonStep } from '../step';
import {
  arithmeticAt,
  convCheckSpec,
  convLayout,
  featureMap,
  GLIDE_SHARE,
  positionAtTime,
  scaleImage,
  slideDuration,
  timeAtPosition,
  windowFrame,
  type ConvArithmetic,
  type ConvLayout,
} from '../timeline/conv-slide';
import { HAND_MADE, KERNEL_SHAPES, trainedPresets, type KernelPreset, type KernelSize } from '../timeline/kernel-presets';
import { layerWeightsFromFlat } from '../timeline/weights';
import { KernelSlideView } from '../views/kernel-slide-view';
import { PlaybackControls } from '../views/playback-controls';
import { testImage, TestImagePicker } from '../views/test-image-picker';
import { BoundTexts } from '../../i18n/bound-texts';

const SPEEDS = [1, 2, 8, 32, 128] as const;
const DEFAULT_SPEED = 2;
const STRIDES = [1, 2, 3] as const;
/** Correct predictions (of different settings) that complete the step. */
export const PREDICTIONS_NEEDED = 2;
export const POINTS_PER_PREDICTION = 5;
export const STEP_POINTS = 10;
const CORRECT_KEY = 'convolution.correct';
const REVEALED_KEY = 'convolution.revealed';

/** "1x3-s1-valid": the settings a prediction is about. */
const settingsKey = (size: KernelSize, stride: number, padding: Padding) => `${size}-s${stride}-${padding}`;

/** `digits` decimals; a value that rounds to zero shows as 0, not −0. */
const fixed = (value: number, digits: number) =>
  formatNumber(Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value, undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function createConvolutionStep(): LessonStep {
  return new ConvolutionStep();
}

class ConvolutionStep implements LessonStep {
  readonly id = 'convolution';
  readonly titleKey = 'lessonVisual.convTitle' as const;
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  private readonly slide = new KernelSlideView();
  readonly view = this.slide.view;

  private context!: LessonContext;
  private readonly texts = new BoundTexts();
  private picker!: TestImagePicker;
  private controls!: PlaybackControls;
  private presets: Record<KernelSize, KernelPreset[]> = { '1x3': [...HAND_MADE['1x3']], '3x3': [...HAND_MADE['3x3']] };

  // Settings and animation state: the window's position is a function of (timeMs, speed).
  private size: KernelSize = '1x3';
  private presetId = 'edge';
  private stride = 1;
  private padding: Padding = 'valid';
  private imageIndex = 35;
  private timeMs = 0;
  private speed = DEFAULT_SPEED;
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
  private feedback: [MessageKey, MessageParams?] | null = null;

  // DOM.
  private readonly sizeInputs: Record<KernelSize, HTMLInputElement> = {
    '1x3': h('input', { type: 'radio', name: 'conv-kernel-size', id: 'conv-size-1x3', value: '1x3', checked: true }),
    '3x3': h('input', { type: 'radio', name: 'conv-kernel-size', id: 'conv-size-3x3', value: '3x3' }),
  };
  private readonly weightsSelect = h('select', { id: 'conv-weights' });
  private readonly strideSelect = h('select', { id: 'conv-stride' });
  private readonly paddingSelect = h('select', { id: 'conv-padding' });
  private readonly trainedHint = h('p', { class: 'lv-hint' });
  private readonly guessHeight = h('input', { type: 'number', id: 'conv-guess-height', min: 1, max: 100, step: 1, inputmode: 'numeric', autocomplete: 'off' });
  private readonly guessWidth = h('input', { type: 'number', id: 'conv-guess-width', min: 1, max: 100, step: 1, inputmode: 'numeric', autocomplete: 'off' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button', id: 'conv-check' });
  private readonly revealButton = h('button', { type: 'button', class: 'button button-quiet', id: 'conv-reveal' });
  private readonly feedbackLine = h('p', { id: 'conv-feedback', role: 'status', class: 'lv-feedback' });
  private readonly formula = h('p', { id: 'conv-formula', class: 'lv-formula' });
  private readonly progressLine = h('p', { id: 'conv-progress', class: 'lv-progress' });
  private readonly inputCaption = h('span', { class: 'lv-caption', 'aria-hidden': 'true' });
  private readonly outputCaption = h('span', { class: 'lv-caption', id: 'conv-output-caption', 'aria-hidden': 'true' });
  private readonly arithmeticBox = h('section', { class: 'lv-arithmetic', id: 'conv-arithmetic', 'data-kernel-arithmetic': '', 'aria-labelledby': 'conv-arithmetic-heading' });
  private readonly positionText = h('p', { class: 'lv-position', id: 'conv-position-text' });
  private readonly windowText = h('p', { class: 'lv-window-text' });
  private readonly patchTable = h('table', { class: 'lv-grid-table', id: 'conv-patch' });
  private readonly kernelTable = h('table', { class: 'lv-grid-table', id: 'conv-kernel' });
  private readonly productTable = h('table', { class: 'lv-grid-table', id: 'conv-products' });
  private readonly sumLine = h('p', { id: 'conv-sum' });
  private readonly biasLine = h('p', { id: 'conv-bias' });
  private readonly reluLine = h('p', { id: 'conv-relu', class: 'lv-result' });
  private readonly announcer = h('p', { class: 'visually-hidden', id: 'conv-announce', 'aria-live': 'polite' });
  private readonly engineButton = h('button', { type: 'button', class: 'button button-quiet', id: 'conv-engine-check' });
  private readonly engineLine = h('p', { id: 'conv-engine', role: 'status', class: 'lv-hint' });
  /** The engine's feature map for the current settings (after "check with the engine"). */
  private engineOutput: { key: string; values: Float32Array; maxDiff: number } | null = null;
  private engineMessage: [MessageKey, MessageParams?] | null = null;
  private settingsVersion = 0;

  constructor() {
    for (const stride of STRIDES) this.strideSelect.append(h('option', { value: stride }, String(stride)));
    this.paddingSelect.append(h('option', { value: 'valid' }), h('option', { value: 'same' }));
    this.canvasHost = h(
      'div',
      { class: 'lv-stage', id: 'conv-stage' },
      this.inputCaption,
      this.outputCaption,
      this.text(h('p', { class: 'visually-hidden' }), 'lessonVisual.convCanvasDescription'),
    );
    this.element = h('section', { class: 'lesson-visual conv-step', id: `step-${this.id}` });
  }

  private text<E extends HTMLElement>(element: E, key: MessageKey, params?: MessageParams): E {
    return this.texts.set(element, key, params);
  }

  prepare(context: LessonContext): void {
    this.context = context;
    this.loadTrainedPresets();
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
      speed: this.speed,
      reducedMotion: context.reducedMotion,
      positionLabel: 'lessonVisual.convPositionLabel',
      speedOption: 'lessonVisual.convSpeedOption',
      valueText: (p) => this.positionValueText(p),
      onSeek: (p) => this.seek(p),
      onPlay: (playing) => this.setPlaying(playing),
      onSpeed: (speed) => this.setSpeed(speed),
    });
    this.buildDom();
    this.rebuild();
  }

  /** The learner's own layer-0 filters, when the first network (1×3) or the notebook model (3×3) was trained. */
  private loadTrainedPresets(): void {
    const sources: [KernelSize, string, MessageKey][] = [
      ['1x3', 'seed-a', 'lessonVisual.presetTrainedFirst'],
      ['3x3', 'seed-notebook', 'lessonVisual.presetTrainedNotebook'],
    ];
    for (const [size, name, key] of sources) {
      const trained = this.context.trained(name);
      if (!trained) continue;
      try {
        const layer = layerWeightsFromFlat(planModel(presetSpec(name)!), trained.weights, 0);
        this.presets[size] = [...HAND_MADE[size], ...trainedPresets(layer, key)];
      } catch (error) {
        console.warn('FilterFit: saved weights do not fit', name, error);
      }
    }
  }

  private buildDom(): void {
    const field = (control: HTMLElement, key: MessageKey) =>
      h('div', { class: 'lv-field' }, this.text(h('label', { for: control.id }), key), control);
    const sizeChoices = (Object.keys(this.sizeInputs) as KernelSize[]).map((size) => {
      const input = this.sizeInputs[size];
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.size = size;
        this.presetId = this.presets[size][0].id;
        this.rebuild();
      });
      return h('div', { class: 'lv-radio' }, input, this.text(h('label', { for: input.id }), size === '1x3' ? 'lessonVisual.kernel1x3' : 'lessonVisual.kernel3x3'));
    });
    this.weightsSelect.addEventListener('change', () => {
      this.presetId = this.weightsSelect.value;
      this.rebuild();
    });
    this.strideSelect.addEventListener('change', () => {
      this.stride = Number(this.strideSelect.value);
      this.rebuild();
    });
    this.paddingSelect.addEventListener('change', () => {
      this.padding = this.paddingSelect.value as Padding;
      this.rebuild();
    });

    const predict = h(
      'form',
      { class: 'lv-predict', id: 'conv-predict', novalidate: true },
      h(
        'fieldset',
        {},
        this.text(h('legend'), 'lessonVisual.convPredictLegend'),
        h(
          'div',
          { class: 'lv-predict-inputs' },
          field(this.guessHeight, 'lessonVisual.convPredictHeight'),
          h('span', { class: 'lv-times', 'aria-hidden': 'true' }, '×'),
          field(this.guessWidth, 'lessonVisual.convPredictWidth'),
          h('div', { class: 'lv-buttons' }, this.checkButton, this.revealButton),
        ),
        this.feedbackLine,
        this.formula,
        this.progressLine,
      ),
    );
    predict.addEventListener('submit', (event) => {
      event.preventDefault();
      this.checkPrediction();
    });
    this.revealButton.addEventListener('click', () => this.reveal(false));

    const settings = h(
      'fieldset',
      { class: 'lv-settings' },
      this.text(h('legend'), 'lessonVisual.convSettings'),
      h('fieldset', { class: 'lv-choice' }, this.text(h('legend'), 'lessonVisual.convKernelSize'), ...sizeChoices),
      h(
        'div',
        { class: 'lv-settings-row' },
        field(this.weightsSelect, 'lessonVisual.convWeights'),
        this.picker.element,
        field(this.strideSelect, 'lessonVisual.convStride'),
        field(this.paddingSelect, 'lessonVisual.convPadding'),
      ),
      this.trainedHint,
    );

    const tables = h(
      'div',
      { class: 'lv-arith-grids' },
      this.patchTable,
      h('span', { class: 'lv-operator', 'aria-hidden': 'true' }, '×'),
      this.kernelTable,
      h('span', { class: 'lv-operator', 'aria-hidden': 'true' }, '→'),
      this.productTable,
    );
    this.arithmeticBox.append(
      this.text(h('h3', { id: 'conv-arithmetic-heading' }), 'lessonVisual.convArithmeticHeading'),
      this.positionText,
      this.windowText,
      tables,
      h('div', { class: 'lv-sum' }, this.sumLine, this.biasLine, this.reluLine),
      h('div', { class: 'lv-buttons' }, this.engineButton),
      this.engineLine,
      this.announcer,
    );
    this.engineButton.addEventListener('click', () => void this.checkWithEngine());

    this.element.append(
      this.text(h('p', { class: 'lv-intro' }), 'lessonVisual.convIntro'),
      this.text(h('p', { class: 'lv-goal' }), 'lessonVisual.convGoal'),
      settings,
      predict,
      this.canvasHost,
      this.controls.element,
      this.arithmeticBox,
    );
  }

  // ---- state changes ---------------------------------------------------------------------------

  private get preset(): KernelPreset {
    return this.presets[this.size].find((p) => p.id === this.presetId) ?? this.presets[this.size][0];
  }

  private get key(): string {
    return settingsKey(this.size, this.stride, this.padding);
  }

  private get isRevealed(): boolean {
    return this.revealed.has(this.key);
  }

  /** Recomputes everything that follows from the settings and starts again at position 0, paused. */
  private rebuild(): void {
    const [kh, kw] = KERNEL_SHAPES[this.size];
    this.layout = convLayout({ inH: 28, inW: 28, kh, kw, stride: this.stride, padding: this.padding });
    this.pixels = testImage(this.context.data.test, this.imageIndex);
    this.input = scaleImage(this.pixels);
    const { weights, bias } = this.preset;
    this.output = featureMap(this.input, this.layout, weights, bias);
    this.outputMax = this.output.reduce((a, b) => Math.max(a, b), 0);
    this.slide.setImage(this.pixels);
    this.slide.setConv(this.layout);
    this.slide.showOutput(this.isRevealed);
    this.controls.setCount(this.layout.positions);
    this.syncSettingsDom();
    this.setPlaying(false);
    this.timeMs = 0;
    this.shownPosition = -1;
    this.settingsVersion++;
    this.engineOutput = null;
    this.engineMessage = null;
    this.feedback = this.isRevealed ? ['lessonVisual.convRevealed', { height: this.layout.outH, width: this.layout.outW }] : null;
    this.guessHeight.value = this.guessWidth.value = '';
    this.guessHeight.removeAttribute('aria-invalid');
    this.guessWidth.removeAttribute('aria-invalid');
    this.renderPrediction();
    this.renderFrame();
    this.renderCaptions();
  }

  private syncSettingsDom(): void {
    this.sizeInputs[this.size].checked = true;
    this.weightsSelect.replaceChildren(...this.presets[this.size].map((p) => h('option', { value: p.id }, t(p.nameKey, { filter: p.filter ?? '' }))));
    this.weightsSelect.value = this.preset.id;
    this.strideSelect.value = String(this.stride);
    this.paddingSelect.value = this.padding;
  }

  private seek(position: number): void {
    this.setPlaying(false);
    const p = Math.min(Math.max(0, Math.round(position)), this.layout.positions - 1);
    // Past the glide, so the window sits on the position.
    this.timeMs = timeAtPosition(p, this.speed) + timeAtPosition(1, this.speed) * GLIDE_SHARE;
    this.renderFrame(true);
  }

  private setPlaying(playing: boolean): void {
    if (playing && this.context.reducedMotion) return;
    if (playing && this.currentPosition() >= this.layout.positions - 1) this.timeMs = 0; // replay from the start
    this.playing = playing;
    this.controls.setPlaying(playing);
    if (!playing && this.arithmetic) this.announce();
  }

  private setSpeed(speed: number): void {
    const position = this.currentPosition();
    this.speed = speed;
    this.timeMs = timeAtPosition(position, speed) + timeAtPosition(1, speed) * GLIDE_SHARE;
  }

  private currentPosition(): number {
    return positionAtTime(this.timeMs, this.speed, this.layout.positions);
  }

  update(deltaMs: number): void {
    if (!this.playing) return;
    this.timeMs += deltaMs;
    const end = slideDuration(this.layout.positions, this.speed) + timeAtPosition(1, this.speed) * GLIDE_SHARE;
    if (this.timeMs >= end) {
      this.timeMs = end;
      this.renderFrame(false, true);
      this.setPlaying(false);
      return;
    }
    this.renderFrame(false, true);
  }

  // ---- prediction ------------------------------------------------------------------------------

  private checkPrediction(): void {
    const height = this.guessHeight.valueAsNumber;
    const width = this.guessWidth.valueAsNumber;
    const valid = (v: number) => Number.isInteger(v) && v >= 1 && v <= 100;
    this.guessHeight.setAttribute('aria-invalid', String(!valid(height)));
    this.guessWidth.setAttribute('aria-invalid', String(!valid(width)));
    if (!valid(height) || !valid(width)) {
      this.setFeedback(['lessonVisual.convPredictInvalid']);
      (valid(height) ? this.guessWidth : this.guessHeight).focus();
      return;
    }
    if (height !== this.layout.outH || width !== this.layout.outW) {
      this.setFeedback(['lessonVisual.convPredictWrong']);
      return;
    }
    const first = !this.correct.has(this.key) && !this.isRevealed;
    this.reveal(first);
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
    this.setFeedback([earned ? 'lessonVisual.convPredictRight' : 'lessonVisual.convRevealed', size]);
    this.slide.showOutput(true);
    this.renderCaptions();
    this.renderFrame(true);
    this.context.requestRender();
  }

  private setFeedback(feedback: [MessageKey, MessageParams?] | null): void {
    this.feedback = feedback;
    this.renderPrediction();
  }

  private renderPrediction(): void {
    this.feedbackLine.textContent = this.feedback ? t(...this.feedback) : '';
    this.feedbackLine.dataset.result = this.feedback?.[0] === 'lessonVisual.convPredictWrong' || this.feedback?.[0] === 'lessonVisual.convPredictInvalid' ? 'wrong' : this.isRevealed ? 'revealed' : '';
    this.formula.textContent = this.isRevealed ? this.formulaText() : '';
    this.formula.hidden = !this.isRevealed;
    const done = this.correct.size >= PREDICTIONS_NEEDED;
    this.progressLine.textContent = done
      ? t('lessonVisual.convDone')
      : t('lessonVisual.convProgress', { count: this.correct.size, needed: PREDICTIONS_NEEDED });
    this.element.dataset.correct = String(this.correct.size);
  }

  private formulaText(): string {
    const l = this.layout;
    const axis = (axisKey: MessageKey, n: number, k: number, out: number) =>
      l.padding === 'valid'
        ? t('lessonVisual.convFormulaValid', { axis: t(axisKey), n, k, s: l.stride, out })
        : t('lessonVisual.convFormulaSame', { axis: t(axisKey), n, s: l.stride, out });
    return `${axis('lessonVisual.axisHeight', l.inH, l.kh, l.outH)}; ${axis('lessonVisual.axisWidth', l.inW, l.kw, l.outW)}`;
  }

  // ---- the engine's own convolution -----------------------------------------------------------

  /**
   * Builds a one-filter network whose layer 0 is this convolution (convCheckSpec), gives it the
   * kernel and bias shown, and reads the engine's feature map for the image: the arithmetic of
   * every cell can then be compared with what the network's Conv2D really computes.
   */
  private async checkWithEngine(): Promise<void> {
    const version = this.settingsVersion;
    const l = this.layout;
    const { weights, bias } = this.preset;
    const image = this.pixels.slice();
    this.engineMessage = ['lessonVisual.convEngineRunning'];
    this.renderEngine();
    try {
      const values = await this.context.trainer.call(async (r) => {
        await r.build(convCheckSpec(l), { seed: 1 });
        await r.setWeights(0, [
          { shape: [l.kh, l.kw, 1, 1], values: Float32Array.from(weights) },
          { shape: [1], values: Float32Array.of(bias) },
        ]);
        const [conv] = await r.activations(image);
        return conv.values;
      });
      if (version !== this.settingsVersion) return;
      let maxDiff = 0;
      values.forEach((v, p) => (maxDiff = Math.max(maxDiff, Math.abs(v - this.output[p]))));
      this.engineOutput = { key: this.key, values, maxDiff };
      this.engineMessage = null;
    } catch (error) {
      this.engineMessage = ['lessonVisual.workerBusy', { detail: String((error as Error)?.message ?? error) }];
    }
    this.renderEngine();
  }

  private renderEngine(): void {
    this.engineButton.textContent = t('lessonVisual.convEngineButton');
    const a = this.arithmetic;
    const engine = this.engineOutput;
    if (engine && a) {
      const value = engine.values[a.position];
      this.arithmeticBox.dataset.engineOutput = String(value);
      this.arithmeticBox.dataset.engineMaxDiff = String(engine.maxDiff);
      this.engineLine.textContent = t('lessonVisual.convEngineResult', {
        engine: formatNumber(value, undefined, { maximumFractionDigits: 6 }),
        mine: formatNumber(a.output, undefined, { maximumFractionDigits: 6 }),
        diff: engine.maxDiff.toExponential(1),
      });
    } else {
      delete this.arithmeticBox.dataset.engineOutput;
      delete this.arithmeticBox.dataset.engineMaxDiff;
      this.engineLine.textContent = this.engineMessage ? t(...this.engineMessage) : '';
    }
  }

  // ---- drawing ---------------------------------------------------------------------------------

  /**
   * Draws the window for the current time; rewrites the numbers when the position changed. From
   * update() the ticker renders the canvas anyway; otherwise ask for one render.
   */
  private renderFrame(force = false, fromTicker = false): void {
    const frame = windowFrame(this.layout, this.timeMs, this.speed);
    this.slide.setFrame(frame);
    if (force || frame.position !== this.shownPosition) {
      this.shownPosition = frame.position;
      this.arithmetic = arithmeticAt(this.input, this.layout, this.preset.weights, this.preset.bias, frame.position);
      this.slide.setOutput(this.output, frame.position + 1, this.outputMax);
      this.controls.setPosition(frame.position);
      this.renderArithmetic();
      if (!this.playing) this.announce();
    }
    if (!fromTicker) this.context.requestRender();
  }

  private positionValueText(position: number): string {
    const w = { row: Math.floor(position / Math.max(1, this.layout.outW)) + 1, col: (position % Math.max(1, this.layout.outW)) + 1 };
    return this.isRevealed
      ? t('lessonVisual.convPositionValue', { position: position + 1, count: this.layout.positions, ...w })
      : t('lessonVisual.convPositionHidden', { position: position + 1, ...w });
  }

  private renderArithmetic(): void {
    const a = this.arithmetic;
    if (!a) return;
    const l = this.layout;
    const box = this.arithmeticBox;
    Object.assign(box.dataset, {
      image: String(this.imageIndex),
      kh: String(l.kh),
      kw: String(l.kw),
      stride: String(l.stride),
      padding: l.padding,
      outH: String(l.outH),
      outW: String(l.outW),
      position: String(a.position),
      row: String(a.row),
      col: String(a.col),
      top: String(a.top),
      left: String(a.left),
      pixels: JSON.stringify(a.patch.map((v, i) => (a.inside[i] ? Math.round(v * 255) : 0))),
      patch: JSON.stringify(a.patch),
      weights: JSON.stringify(a.weights),
      bias: String(a.bias),
      sum: String(a.sum),
      z: String(a.z),
      output: String(a.output),
    });
    this.positionText.textContent = this.positionValueText(a.position);
    this.windowText.textContent = t('lessonVisual.convWindowAt', {
      top: a.top + 1,
      bottom: a.top + l.kh,
      left: a.left + 1,
      right: a.left + l.kw,
    });
    if (a.inside.includes(false)) this.windowText.textContent += ` ${t('lessonVisual.convWindowPadding')}`;
    fillGrid(this.patchTable, 'lessonVisual.convPatchCaption', l.kh, l.kw, (i) => fixed(a.patch[i], 2), a.inside);
    fillGrid(this.kernelTable, 'lessonVisual.convKernelCaption', l.kh, l.kw, (i) => fixed(a.weights[i], 3));
    fillGrid(this.productTable, 'lessonVisual.convProductsCaption', l.kh, l.kw, (i) => fixed(a.products[i], 3));
    this.sumLine.textContent = t('lessonVisual.convSumLine', { sum: fixed(a.sum, 3) });
    this.biasLine.textContent = t('lessonVisual.convBiasLine', { bias: fixed(a.bias, 3), z: fixed(a.z, 3) });
    this.reluLine.textContent = t('lessonVisual.convReluLine', { z: fixed(a.z, 3), output: fixed(a.output, 3), row: a.row + 1, col: a.col + 1 });
    this.renderEngine();
  }

  private announce(): void {
    const a = this.arithmetic;
    if (!a) return;
    this.announcer.textContent = t('lessonVisual.convAnnounce', {
      row: a.row + 1,
      col: a.col + 1,
      patch: a.patch.map((v) => fixed(v, 2)).join(', '),
      weights: a.weights.map((v) => fixed(v, 2)).join(', '),
      sum: fixed(a.sum, 3),
      bias: fixed(a.bias, 3),
      z: fixed(a.z, 3),
      output: fixed(a.output, 3),
    });
  }

  private renderCaptions(): void {
    const l = this.layout;
    const padded = l.padTop + l.padBottom + l.padLeft + l.padRight > 0;
    this.inputCaption.textContent = t(padded ? 'lessonVisual.convInputCaptionPadded' : 'lessonVisual.convInputCaption', { height: l.inH, width: l.inW });
    this.outputCaption.textContent = this.isRevealed
      ? t('lessonVisual.convOutputCaption', { height: l.outH, width: l.outW })
      : t('lessonVisual.convOutputHidden');
  }

  resize(width: number): number {
    const height = this.slide.resize(width);
    const { captions } = this.slide.layout;
    placeAt(this.inputCaption, captions.input);
    placeAt(this.outputCaption, captions.output);
    return height;
  }

  translate(): void {
    this.texts.apply();
    this.picker.translate();
    this.controls.translate();
    [...this.paddingSelect.options].forEach((o) => (o.textContent = t(o.value === 'same' ? 'lessonVisual.paddingSame' : 'lessonVisual.paddingValid')));
    [...this.weightsSelect.options].forEach((o, i) => {
      const p = this.presets[this.size][i];
      o.textContent = t(p.nameKey, { filter: p.filter ?? '' });
    });
    this.trainedHint.textContent = this.presets['1x3'].length > HAND_MADE['1x3'].length ? '' : t('lessonVisual.convTrainedHint');
    this.trainedHint.hidden = this.trainedHint.textContent === '';
    this.checkButton.textContent = t('lessonVisual.check');
    this.revealButton.textContent = t('lessonVisual.showAnswer');
    this.renderPrediction();
    this.renderCaptions();
    this.renderArithmetic();
    if (!this.playing) this.announce();
  }

  hide(): void {
    this.setPlaying(false);
  }

  destroy(): void {
    this.playing = false;
    this.slide.destroy();
  }
}

function placeAt(element: HTMLElement, { x, y }: { x: number; y: number }): void {
  element.style.left = `${x}px`;
  element.style.top = `${y}px`;
}

/** A kh × kw table of numbers with a caption; cells on the padding are marked. */
function fillGrid(table: HTMLTableElement, captionKey: MessageKey, rows: number, cols: number, cell: (i: number) => string, inside?: boolean[]): void {
  const body = h('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = h('tr');
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const padding = inside && !inside[i];
      const td = h('td', { class: padding ? 'lv-padding-cell' : undefined }, cell(i));
      if (padding) td.append(h('span', { class: 'visually-hidden' }, ` (${t('lessonVisual.convPaddingCell')})`));
      tr.append(td);
    }
    body.append(tr);
  }
  table.replaceChildren(h('caption', {}, t(captionKey)), body);
}
