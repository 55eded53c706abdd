// Which image goes through the network: a test image (a picker) or the learner's own picture (the
// drawing pad, which also loads files). Switching to the pad starts it from the current test image.
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import type { MessageKey } from '../../../i18n/messages';
import type { DrawPad } from '../../../views/input/draw-pad';
import type { TestImagePicker } from '../../../views/input/test-image-picker';

export type Source = 'test' | 'draw';

const LABELS: Record<Source, MessageKey> = { test: 'stepInside.sourceTest', draw: 'stepInside.sourceDraw' };

export class ImageSource {
  readonly element: HTMLFieldSetElement;
  private readonly inputs: Record<Source, HTMLInputElement> = {
    test: h('input', { type: 'radio', name: 'inside-source', id: 'inside-source-test', value: 'test', checked: true }),
    draw: h('input', { type: 'radio', name: 'inside-source', id: 'inside-source-draw', value: 'draw' }),
  };

  constructor(
    texts: BoundTexts,
    private readonly picker: TestImagePicker,
    private readonly pad: DrawPad,
    onChange: (source: Source) => void,
  ) {
    const choices = (['test', 'draw'] as Source[]).map((source) => {
      const input = this.inputs[source];
      input.addEventListener('change', () => input.checked && onChange(source));
      return h('div', { class: 'lv-radio' }, input, texts.set(h('label', { for: input.id }), LABELS[source]));
    });
    this.element = h('fieldset', { class: 'lv-settings' }, texts.set(h('legend'), 'stepInside.source'), h('div', { class: 'lv-choice-row' }, ...choices), picker.element, pad.element);
  }

  /** Shows `source` as chosen, with its control (the picker or the pad). */
  set(source: Source): void {
    this.inputs[source].checked = true;
    this.picker.element.hidden = source === 'draw';
    this.pad.element.hidden = source !== 'draw';
  }
}
