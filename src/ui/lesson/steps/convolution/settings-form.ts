// The settings of "What a convolution does": kernel size (1×3 or 3×3), kernel weights (hand-made
// presets and the learner's trained filters), the test image, stride and padding.
import type { Padding } from '../../../../shared/spec';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { KernelPreset, KernelSize } from '../../../views/kernel-slide/kernel-presets';
import { STRIDES, type ConvSettings } from './model';


/** A labelled control: `<div class="lv-field"><label>…</label>control</div>`. */
export const field = (texts: BoundTexts, control: HTMLElement, key: MessageKey) =>
  h('div', { class: 'lv-field' }, texts.set(h('label', { for: control.id }), key), control);

export class SettingsForm {
  readonly element: HTMLFieldSetElement;
  private readonly sizeInputs: Record<KernelSize, HTMLInputElement> = {
    '1x3': h('input', { type: 'radio', name: 'conv-kernel-size', id: 'conv-size-1x3', value: '1x3', checked: true }),
    '3x3': h('input', { type: 'radio', name: 'conv-kernel-size', id: 'conv-size-3x3', value: '3x3' }),
  };
  private readonly weightsSelect = h('select', { id: 'conv-weights' });
  private readonly strideSelect = h('select', { id: 'conv-stride' });
  private readonly paddingSelect = h('select', { id: 'conv-padding' });
  private readonly trainedHint = h('p', { class: 'lv-hint' });
  private presets: readonly KernelPreset[] = [];

  /** `picker`: the test image choice, placed among the settings. */
  constructor(texts: BoundTexts, picker: HTMLElement, change: (patch: Partial<ConvSettings>) => void) {
    for (const stride of STRIDES) this.strideSelect.append(h('option', { value: stride }, String(stride)));
    this.paddingSelect.append(h('option', { value: 'valid' }), h('option', { value: 'same' }));
    const sizeChoices = (Object.keys(this.sizeInputs) as KernelSize[]).map((size) => {
      const input = this.sizeInputs[size];
      input.addEventListener('change', () => input.checked && change({ size }));
      return h('div', { class: 'lv-radio' }, input, texts.set(h('label', { for: input.id }), size === '1x3' ? 'stepConvolution.kernel1x3' : 'stepConvolution.kernel3x3'));
    });
    this.weightsSelect.addEventListener('change', () => change({ presetId: this.weightsSelect.value }));
    this.strideSelect.addEventListener('change', () => change({ stride: Number(this.strideSelect.value) }));
    this.paddingSelect.addEventListener('change', () => change({ padding: this.paddingSelect.value as Padding }));
    this.element = h(
      'fieldset',
      { class: 'lv-settings' },
      texts.set(h('legend'), 'stepConvolution.settings'),
      h('fieldset', { class: 'lv-choice' }, texts.set(h('legend'), 'stepConvolution.kernelSize'), ...sizeChoices),
      h(
        'div',
        { class: 'lv-settings-row' },
        field(texts, this.weightsSelect, 'stepConvolution.weights'),
        picker,
        field(texts, this.strideSelect, 'stepConvolution.stride'),
        field(texts, this.paddingSelect, 'stepConvolution.padding'),
      ),
      this.trainedHint,
    );
  }

  /** Shows `settings`; `presets`: the kernels offered for its size. */
  set(settings: ConvSettings, presets: readonly KernelPreset[]): void {
    this.presets = presets;
    this.sizeInputs[settings.size].checked = true;
    this.weightsSelect.replaceChildren(...presets.map((p) => h('option', { value: p.id }, presetName(p))));
    this.weightsSelect.value = settings.presetId;
    this.strideSelect.value = String(settings.stride);
    this.paddingSelect.value = settings.padding;
  }

  /** `trainedFilters`: whether the learner's own filters are among the presets (else a hint says how). */
  translate(trainedFilters: boolean): void {
    [...this.paddingSelect.options].forEach((o) => (o.textContent = t(o.value === 'same' ? 'stepConvolution.paddingSame' : 'stepConvolution.paddingValid')));
    [...this.weightsSelect.options].forEach((o, i) => (o.textContent = presetName(this.presets[i])));
    this.trainedHint.textContent = trainedFilters ? '' : t('stepConvolution.trainedHint');
    this.trainedHint.hidden = this.trainedHint.textContent === '';
  }
}

const presetName = (p: KernelPreset) => t(p.nameKey, { filter: p.filter ?? '' });
