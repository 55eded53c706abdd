// The check of "Meet the data": the learner picks a class for each of a few test images, then sees
// per image whether it was right, and the score. The step decides what counts and saves it.
import { CLASS_COUNT } from '../../../../data/classes';
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import { className, t } from '../../../i18n/i18n';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { imageDataUrl } from '../../../views/image-url';

interface NamingItem {
  label: number;
  select: HTMLSelectElement;
  labelText: HTMLLabelElement;
  image: HTMLImageElement;
  feedback: HTMLElement;
}

export class NamingCheck {
  readonly element: HTMLFormElement;
  private readonly intro = h('p');
  private readonly list = h('ol', { class: 'data-naming-list' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button button-primary', id: 'data-check' });
  private readonly result = h('p', { class: 'lesson-result', id: 'data-result', role: 'status' });
  private items: NamingItem[] = [];
  private score: number | null = null;

  constructor(
    private readonly texts: BoundTexts,
    onCheck: () => void,
    onChange: () => void,
  ) {
    this.element = h(
      'form',
      { class: 'lesson-check data-naming', novalidate: true, 'aria-labelledby': 'data-naming-heading' },
      texts.set(h('h3', { id: 'data-naming-heading' }), 'stepData.namingHeading'),
      this.intro,
      this.list,
      h('div', { class: 'lesson-check-buttons' }, this.checkButton),
      this.result,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      onCheck();
    });
    this.list.addEventListener('change', onChange);
  }

  /** The images to name (`indices` into `images`, N×28×28 u8) and the answers saved earlier. */
  setImages(images: Uint8Array, labels: Uint8Array, indices: readonly number[], saved: readonly (number | null)[]): void {
    this.texts.set(this.intro, 'stepData.namingIntro', { count: indices.length });
    this.items = indices.map((index, i) => {
      const select = h('select', { id: `data-name-${i}`, name: `data-name-${i}`, 'aria-describedby': `data-feedback-${i}` });
      select.append(h('option', { value: '' }), ...Array.from({ length: CLASS_COUNT }, (_, label) => h('option', { value: label })));
      const answer = saved[i];
      select.value = typeof answer === 'number' ? String(answer) : '';
      const image = h('img', { class: 'lesson-digit', src: imageDataUrl(images, index), width: IMAGE_SIZE * 3, height: IMAGE_SIZE * 3 });
      const labelText = h('label', { for: select.id });
      const feedback = h('span', { class: 'lesson-feedback', id: `data-feedback-${i}` });
      this.list.append(h('li', { class: 'data-naming-item', 'data-label': labels[index] }, image, h('div', { class: 'data-naming-field' }, labelText, select, feedback)));
      return { label: labels[index], select, labelText, image, feedback };
    });
  }

  get labels(): number[] {
    return this.items.map((item) => item.label);
  }

  /** The class chosen for each image, or null. */
  answers(): (number | null)[] {
    return this.items.map((item) => (item.select.value === '' ? null : Number(item.select.value)));
  }

  /** Image `i` has no answer yet: says so and puts the focus on its choice. */
  showMissing(i: number): void {
    this.result.textContent = t('stepData.nameMissing', { n: i + 1 });
    this.items[i].select.focus();
  }

  /** The result of a check (null: not checked yet). */
  showScore(score: number | null): void {
    this.score = score;
    this.render();
  }

  translate(): void {
    this.checkButton.textContent = t('lesson.checkAnswers');
    this.items.forEach((item, i) => {
      item.labelText.textContent = t('stepData.nameLabel', { n: i + 1 });
      item.image.alt = t('stepData.nameImage', { n: i + 1 });
      const [empty, ...classes] = Array.from(item.select.options);
      empty.textContent = t('stepData.chooseClass');
      classes.forEach((option, label) => (option.textContent = className(label)));
    });
    this.render();
  }

  private render(): void {
    if (this.score === null) {
      this.result.textContent = '';
      for (const item of this.items) item.feedback.textContent = '';
      return;
    }
    const answers = this.answers();
    this.items.forEach((item, i) => {
      const right = answers[i] === item.label;
      item.feedback.textContent = right ? t('lesson.feedbackRight', { answer: className(item.label) }) : t('stepData.nameWrong', { answer: className(item.label) });
      item.feedback.dataset.correct = String(right);
    });
    this.result.textContent = t('stepData.nameScore', { correct: this.score, total: this.items.length });
    this.result.dataset.score = String(this.score);
  }
}
