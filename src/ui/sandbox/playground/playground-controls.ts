// The playground's settings (DOM): which kernel (a classic one, the learner's own numbers, or a
// filter of their trained network's first layer), its height and width (1–7), the stride (1–3)
// and the padding, plus the output-size formula for both axes with the numbers filled in.
import type { Padding } from '../../../shared/spec';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { CLASSIC_KERNELS, MAX_KERNEL, outputFormula, STRIDES, type PlaygroundSettings } from './playground-model';

export const CUSTOM = 'custom';
const CLASSIC_NAMES: Record<(typeof CLASSIC_KERNELS)[number], MessageKey> = {
  edge: 'sandbox.playEdge',
  blur: 'sandbox.playBlur',
  sharpen: 'sandbox.playSharpen',
  emboss: 'sandbox.playEmboss',
};

export interface KernelChoice {
  id: string;
  /** Text of the option. */
  label(): string;
}

export class PlaygroundControls {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  readonly kernel = h('select', { id: 'sb-play-preset' });
  private readonly kh = h('select', { id: 'sb-play-kh' });
  private readonly kw = h('select', { id: 'sb-play-kw' });
  private readonly stride = h('select', { id: 'sb-play-stride' });
  private readonly padding = h('select', { id: 'sb-play-padding' });
  private readonly formulaH = h('p', { class: 'sb-formula', id: 'sb-play-formula-h' });
  private readonly formulaW = h('p', { class: 'sb-formula', id: 'sb-play-formula-w' });
  private trained: KernelChoice[] = [];

  constructor(imagePicker: HTMLElement, onChange: (patch: Partial<PlaygroundSettings> & { kernel?: string }) => void) {
    const sizes = Array.from({ length: MAX_KERNEL }, (_, i) => i + 1);
    for (const select of [this.kh, this.kw]) select.append(...sizes.map((n) => h('option', { value: n }, String(n))));
    this.stride.append(...STRIDES.map((s) => h('option', { value: s }, String(s))));
    this.padding.append(h('option', { value: 'valid' }, 'valid'), h('option', { value: 'same' }, 'same'));
    const field = (control: HTMLElement, key: MessageKey) => h('div', { class: 'lv-field' }, this.texts.set(h('label', { for: control.id }), key), control);
    this.element = h(
      'div',
      { class: 'sb-play-controls' },
      h('div', { class: 'sb-row' }, imagePicker, field(this.kernel, 'sandbox.playKernel')),
      h('div', { class: 'sb-row' }, field(this.kh, 'sandbox.fieldKernelH'), field(this.kw, 'sandbox.fieldKernelW'), field(this.stride, 'sandbox.playStride'), field(this.padding, 'sandbox.fieldPadding')),
      h('div', { class: 'sb-formulas', 'aria-live': 'polite' }, this.formulaH, this.formulaW),
    );
    this.kernel.addEventListener('change', () => onChange({ kernel: this.kernel.value }));
    this.kh.addEventListener('change', () => onChange({ kh: Number(this.kh.value) }));
    this.kw.addEventListener('change', () => onChange({ kw: Number(this.kw.value) }));
    this.stride.addEventListener('change', () => onChange({ stride: Number(this.stride.value) }));
    this.padding.addEventListener('change', () => onChange({ padding: this.padding.value as Padding }));
  }

  /** The trained network's first-layer filters offered as kernels (none without one). */
  setTrained(choices: KernelChoice[]): void {
    this.trained = choices;
    this.renderKernels();
  }

  show(settings: PlaygroundSettings, kernel: string): void {
    this.kh.value = String(settings.kh);
    this.kw.value = String(settings.kw);
    this.stride.value = String(settings.stride);
    this.padding.value = settings.padding;
    this.kernel.value = kernel;
    const down = outputFormula(28, settings.kh, settings.stride, settings.padding);
    const across = outputFormula(28, settings.kw, settings.stride, settings.padding);
    this.formulaH.textContent = t('sandbox.playFormulaH', { formula: down.text });
    this.formulaW.textContent = t('sandbox.playFormulaW', { formula: across.text });
    this.formulaH.dataset.value = String(down.value);
    this.formulaW.dataset.value = String(across.value);
  }

  translate(): void {
    this.texts.apply();
    const chosen = this.kernel.value;
    this.renderKernels();
    this.kernel.value = chosen;
  }

  private renderKernels(): void {
    const chosen = this.kernel.value;
    const option = (value: string, text: string) => h('option', { value }, text);
    this.kernel.replaceChildren(
      ...CLASSIC_KERNELS.map((k) => option(k, t(CLASSIC_NAMES[k]))),
      option(CUSTOM, t('sandbox.playCustom')),
      ...this.trained.map((c) => option(c.id, c.label())),
    );
    if ([...this.kernel.options].some((o) => o.value === chosen)) this.kernel.value = chosen;
  }
}
