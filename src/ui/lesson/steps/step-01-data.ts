// Step 1 "Meet the data": a gallery of real training images, one row per class (Pixi draws the
// images from one atlas texture; the class names are DOM labels beside the rows), the
// 60,000/10,000 split and Keras' 10 % validation split with counts from the real data, and a
// check: the learner names five test images.
import { Container, Rectangle, Sprite, Texture, TextureSource } from 'pixi.js';
import { CLASS_COUNT } from '../../../data/classes';
import { validationSplit, type FashionMnist } from '../../../data/dataset';
import { IMAGE_SIZE } from '../../../data/idx';
import { h } from '../../framework/dom';
import { className, formatNumber, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { buildImageAtlas } from '../../views/image-atlas';
import { imageDataUrl } from '../image-url';
import type { LessonContext, LessonStep } from '../step';
import {
  classCounts,
  CLASSES_TO_NAME,
  classRowsLayout,
  DATA_STEP_POINTS,
  firstOfEachClass,
  NAME_POINTS_EACH,
  namingScore,
  pickImagesToName,
} from './step-01-data-model';

const MAX_COLUMNS = 10;
const ANSWERS_KEY = 'data.naming';
const CHECKED_KEY = 'data.namingChecked';

interface NamingItem {
  index: number;
  label: number;
  select: HTMLSelectElement;
  labelText: HTMLLabelElement;
  image: HTMLImageElement;
  feedback: HTMLElement;
}

class DataStep implements LessonStep {
  readonly id = 'data';
  readonly titleKey: MessageKey = 'lessonCore.titleData';
  readonly element: HTMLElement;
  readonly view = new Container({ label: 'data-gallery' });
  readonly canvasHost: HTMLElement;
  private readonly texts: [HTMLElement, MessageKey, () => MessageParams | undefined][] = [];
  private readonly classLabels = h('ol', { class: 'data-class-labels' });
  private readonly labelItems: { item: HTMLLIElement; name: HTMLElement; count: HTMLElement }[] = [];
  private readonly splitBody = h('tbody');
  private readonly splitBar = h('div', { class: 'data-split-bar', 'aria-hidden': 'true' });
  private readonly namingList = h('ol', { class: 'data-naming-list' });
  private readonly checkButton = h('button', { type: 'submit', class: 'button button-primary', id: 'data-check' });
  private readonly result = h('p', { class: 'lesson-result', id: 'data-result', role: 'status' });
  private readonly rows: Sprite[][] = [];
  private items: NamingItem[] = [];
  private context!: LessonContext;
  private counts: number[] = [];
  private split = { train: 0, validation: 0, test: 0 };
  private score: number | null = null;
  /** Images per class row at the current width (the canvas description says how many). */
  private visibleColumns = MAX_COLUMNS;

  constructor() {
    const text = <E extends HTMLElement>(element: E, key: MessageKey, params?: () => MessageParams): E => {
      this.texts.push([element, key, params ?? (() => undefined)]);
      return element;
    };
    const th = (key: MessageKey) => text(h('th', { scope: 'col' }), key);
    this.canvasHost = h('div', { class: 'data-gallery' }, this.classLabels);
    const form = h(
      'form',
      { class: 'lesson-check data-naming', novalidate: true, 'aria-labelledby': 'data-naming-heading' },
      text(h('h3', { id: 'data-naming-heading' }), 'lessonCore.dataNamingHeading'),
      text(h('p'), 'lessonCore.dataNamingIntro', () => ({ count: this.items.length })),
      this.namingList,
      h('div', { class: 'lesson-check-buttons' }, this.checkButton),
      this.result,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    this.element = h(
      'div',
      { class: 'lesson-data' },
      text(h('p', { class: 'lesson-lead' }), 'lessonCore.dataIntro'),
      text(h('h3', { id: 'data-classes-heading' }), 'lessonCore.dataClassesHeading'),
      text(h('p'), 'lessonCore.dataClassesIntro', () => ({ perClass: MAX_COLUMNS })),
      this.canvasHost,
      text(h('h3', { id: 'data-split-heading' }), 'lessonCore.dataSplitHeading'),
      text(h('p'), 'lessonCore.dataSplitIntro'),
      h(
        'table',
        { class: 'lesson-table data-split', id: 'data-split' },
        text(h('caption'), 'lessonCore.dataSplitCaption'),
        h('thead', {}, h('tr', {}, th('lessonCore.dataColumnSet'), th('lessonCore.dataColumnImages'), th('lessonCore.dataColumnShare'), th('lessonCore.dataColumnUse'))),
        this.splitBody,
      ),
      this.splitBar,
      form,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    const data: FashionMnist = context.data;
    this.counts = classCounts(data.train.labels);
    const { train, validation } = validationSplit(data.train);
    this.split = { train: train.count, validation: validation.count, test: data.test.count };

    // Gallery: the first images of each class, one atlas texture for all of them.
    const rows = firstOfEachClass(data.train.labels, MAX_COLUMNS);
    const atlas = buildImageAtlas(data.train.images, rows.flat(), MAX_COLUMNS);
    const source = TextureSource.from(atlas.canvas);
    source.scaleMode = 'nearest';
    let frame = 0;
    for (const row of rows) {
      this.rows.push(
        row.map(() => {
          const { x, y } = atlas.frames[frame++];
          const sprite = new Sprite(new Texture({ source, frame: new Rectangle(x, y, IMAGE_SIZE, IMAGE_SIZE) }));
          this.view.addChild(sprite);
          return sprite;
        }),
      );
    }
    for (let label = 0; label < CLASS_COUNT; label++) {
      const name = h('span', { class: 'data-class-name' });
      const count = h('span', { class: 'data-class-count' });
      const item = h('li', { 'data-label': label }, name, count);
      this.labelItems.push({ item, name, count });
      this.classLabels.append(item);
    }

    // The naming check: five test images, a class for each.
    const saved = context.progress.get<(number | null)[]>(ANSWERS_KEY) ?? [];
    this.items = pickImagesToName(data.test.labels, CLASSES_TO_NAME).map((index, i) => {
      const select = h('select', { id: `data-name-${i}`, name: `data-name-${i}`, 'aria-describedby': `data-feedback-${i}` });
      select.append(h('option', { value: '' }), ...Array.from({ length: CLASS_COUNT }, (_, label) => h('option', { value: label })));
      const answer = saved[i];
      select.value = typeof answer === 'number' ? String(answer) : '';
      select.addEventListener('change', () => this.saveAnswers());
      const image = h('img', { class: 'lesson-digit', src: imageDataUrl(data.test.images, index), width: IMAGE_SIZE * 3, height: IMAGE_SIZE * 3 });
      const labelText = h('label', { for: select.id });
      const feedback = h('span', { class: 'lesson-feedback', id: `data-feedback-${i}` });
      this.namingList.append(h('li', { class: 'data-naming-item', 'data-label': data.test.labels[index] }, image, h('div', { class: 'data-naming-field' }, labelText, select, feedback)));
      return { index, label: data.test.labels[index], select, labelText, image, feedback };
    });
    if (context.progress.get<boolean>(CHECKED_KEY)) this.score = namingScore(this.answers(), this.items.map((item) => item.label));
  }

  resize(width: number): number {
    const layout = classRowsLayout(width, MAX_COLUMNS);
    this.rows.forEach((row, label) => {
      const y = label * layout.rowHeight;
      row.forEach((sprite, column) => {
        sprite.visible = column < layout.columns;
        sprite.position.set(layout.labelWidth + column * (layout.tile + layout.gap), y);
        sprite.width = sprite.height = layout.tile;
      });
      const { item } = this.labelItems[label];
      item.style.top = `${y}px`;
      item.style.height = `${layout.tile}px`;
      item.style.width = `${layout.labelWidth - 8}px`;
    });
    this.visibleColumns = layout.columns;
    this.translateCanvas();
    this.context.requestRender();
    return layout.height;
  }

  translate(): void {
    for (const [element, key, params] of this.texts) element.textContent = t(key, params());
    this.checkButton.textContent = t('lessonCore.checkAnswers');
    this.classLabels.setAttribute('aria-label', t('lessonCore.dataClassesListLabel'));
    this.labelItems.forEach(({ name, count }, label) => {
      name.textContent = className(label);
      count.textContent = t('lessonCore.dataClassCount', { count: this.counts[label] });
    });
    this.translateCanvas();
    this.renderSplit();
    this.items.forEach((item, i) => {
      item.labelText.textContent = t('lessonCore.dataNameLabel', { n: i + 1 });
      item.image.alt = t('lessonCore.dataNameImage', { n: i + 1 });
      const [empty, ...classes] = Array.from(item.select.options);
      empty.textContent = t('lessonCore.chooseClass');
      classes.forEach((option, label) => (option.textContent = className(label)));
    });
    this.renderResult();
  }

  destroy(): void {
    this.view.destroy({ children: true, texture: true, textureSource: true });
  }

  private translateCanvas(): void {
    const canvas = this.canvasHost.querySelector('canvas');
    canvas?.setAttribute('role', 'img');
    canvas?.setAttribute('aria-label', t('lessonCore.dataGalleryCanvas', { perClass: this.visibleColumns }));
  }

  private renderSplit(): void {
    const { train, validation, test } = this.split;
    const total = train + validation + test;
    const share = (n: number) => formatNumber(n / total, undefined, { style: 'percent', maximumFractionDigits: 1 });
    const rows: [string, MessageKey, number, MessageKey, MessageParams][] = [
      ['train', 'lessonCore.dataSetTrain', train, 'lessonCore.dataUseTrain', { first: 1, last: train }],
      ['validation', 'lessonCore.dataSetValidation', validation, 'lessonCore.dataUseValidation', { first: train + 1, last: train + validation }],
      ['test', 'lessonCore.dataSetTest', test, 'lessonCore.dataUseTest', {}],
    ];
    this.splitBody.replaceChildren(
      ...rows.map(([id, name, count, use, params]) =>
        h('tr', { 'data-set': id }, h('th', { scope: 'row' }, t(name)), h('td', { 'data-count': count }, formatNumber(count)), h('td', {}, share(count)), h('td', {}, t(use, params))),
      ),
    );
    this.splitBar.replaceChildren(
      ...rows.map(([id, name, count]) => {
        const segment = h('span', { class: `data-split-${id}` }, `${t(name)} ${formatNumber(count)}`);
        segment.style.flexGrow = String(count);
        return segment;
      }),
    );
  }

  private answers(): (number | null)[] {
    return this.items.map((item) => (item.select.value === '' ? null : Number(item.select.value)));
  }

  private saveAnswers(): void {
    this.context.progress.set(ANSWERS_KEY, this.answers());
  }

  private check(): void {
    const answers = this.answers();
    const missing = answers.findIndex((a) => a === null);
    if (missing >= 0) {
      this.result.textContent = t('lessonCore.dataNameMissing', { n: missing + 1 });
      this.items[missing].select.focus();
      return;
    }
    this.saveAnswers();
    this.score = namingScore(answers, this.items.map((item) => item.label));
    if (!this.context.progress.get<boolean>(CHECKED_KEY)) {
      this.context.progress.set(CHECKED_KEY, true);
      this.context.award(this.score * NAME_POINTS_EACH);
      this.context.complete(DATA_STEP_POINTS);
    }
    this.renderResult();
  }

  private renderResult(): void {
    if (this.score === null) {
      this.result.textContent = '';
      for (const item of this.items) item.feedback.textContent = '';
      return;
    }
    const answers = this.answers();
    this.items.forEach((item, i) => {
      const right = answers[i] === item.label;
      item.feedback.textContent = right ? t('lessonCore.feedbackRight', { answer: className(item.label) }) : t('lessonCore.dataNameWrong', { answer: className(item.label) });
      item.feedback.dataset.correct = String(right);
    });
    this.result.textContent = t('lessonCore.dataNameScore', { correct: this.score, total: this.items.length });
    this.result.dataset.score = String(this.score);
  }
}

export function createDataStep(): LessonStep {
  return new DataStep();
}
