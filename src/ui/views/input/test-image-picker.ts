// A labelled <select> of a few test images ("Test image 35: T-shirt/top"), shared by the visual
// steps. Test image 35 comes first: the notebook looks inside the network with it.
import type { ImageSet } from '../../../data/dataset';
import { PIXELS_PER_IMAGE } from '../../../data/dataset';
import { h } from '../../framework/dom';
import { className, t } from '../../i18n/i18n';
import '../controls.css';

/** The notebook's image, then one each of a few other classes (ankle boot, pullover, trouser, dress, sandal). */
export const LESSON_TEST_IMAGES = [35, 0, 1, 2, 13, 8] as const;

export function testImage(set: ImageSet, index: number): Uint8Array {
  return set.images.subarray(index * PIXELS_PER_IMAGE, (index + 1) * PIXELS_PER_IMAGE);
}

export class TestImagePicker {
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;
  private readonly label: HTMLLabelElement;

  constructor(
    private readonly set: ImageSet,
    id: string,
    onChange: (index: number) => void,
    readonly indices: readonly number[] = LESSON_TEST_IMAGES,
  ) {
    this.select = h('select', { id });
    for (const index of indices) this.select.append(h('option', { value: index }));
    this.label = h('label', { for: id });
    this.element = h('div', { class: 'lv-field' }, this.label, this.select);
    this.select.addEventListener('change', () => onChange(this.value));
  }

  get value(): number {
    return Number(this.select.value);
  }

  set value(index: number) {
    this.select.value = String(index);
  }

  translate(): void {
    this.label.textContent = t('views.imageLabel');
    [...this.select.options].forEach((option) => {
      const index = Number(option.value);
      option.textContent = t('views.testImageOption', { index: String(index), label: className(this.set.labels[index]) });
    });
  }
}
