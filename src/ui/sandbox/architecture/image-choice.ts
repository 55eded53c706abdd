// Which image goes into the network for the inspector: a test image (a picker) or the learner's
// drawing (the drawing pad, which also loads a picture file).
import { h } from '../../framework/dom';
import type { BoundTexts } from '../../i18n/bound-texts';
import type { DrawPad } from '../../views/input/draw-pad';
import type { TestImagePicker } from '../../views/input/test-image-picker';

export type ImageSourceKind = 'test' | 'draw';

export class ImageChoice {
  readonly element: HTMLFieldSetElement;
  private readonly radios: Record<ImageSourceKind, HTMLInputElement> = {
    test: h('input', { type: 'radio', name: 'sb-inspect-source', id: 'sb-inspect-test', value: 'test', checked: true }),
    draw: h('input', { type: 'radio', name: 'sb-inspect-source', id: 'sb-inspect-draw', value: 'draw' }),
  };

  constructor(texts: BoundTexts, picker: TestImagePicker, pad: DrawPad, onChange: (source: ImageSourceKind) => void) {
    const option = (source: ImageSourceKind) => {
      const radio = this.radios[source];
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        picker.element.hidden = source === 'draw';
        pad.element.hidden = source !== 'draw';
        onChange(source);
      });
      return h('div', { class: 'lv-radio' }, radio, texts.set(h('label', { for: radio.id }), source === 'test' ? 'sandbox.inspectorSourceTest' : 'sandbox.inspectorSourceDraw'));
    };
    pad.element.hidden = true;
    this.element = h('fieldset', { class: 'lv-choice sb-image-choice' }, texts.set(h('legend'), 'sandbox.inspectorSource'), option('test'), option('draw'), picker.element, pad.element);
  }
}
