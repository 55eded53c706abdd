// "Meet the data": a gallery of real training images, one row per class, the 60,000 / 10,000 split
// and Keras' 10 % validation split with counts from the real data, and a check: the learner names
// five test images.
import { validationSplit } from '../../../../data/dataset';
import { h } from '../../../framework/dom';
import { BoundTexts } from '../../../i18n/bound-texts';
import { t } from '../../../i18n/i18n';
import type { LessonContext, LessonStep } from '../../step';
import { ClassGalleryView } from './class-gallery';
import { classCounts, CLASSES_TO_NAME, DATA_STEP_POINTS, firstOfEachClass, NAME_POINTS_EACH, namingScore, pickImagesToName } from './model';
import { NamingCheck } from './naming-check';
import { SplitTable } from './split-table';
import './step.css';

const MAX_COLUMNS = 10;
const ANSWERS_KEY = 'data.naming';
const CHECKED_KEY = 'data.namingChecked';

class DataStep implements LessonStep {
  readonly id = 'data';
  readonly titleKey = 'stepData.title';
  readonly element: HTMLElement;
  readonly canvasHost: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly gallery = new ClassGalleryView(MAX_COLUMNS);
  readonly view = this.gallery.view;
  private readonly split = new SplitTable(this.texts);
  private readonly naming = new NamingCheck(
    this.texts,
    () => this.check(),
    () => this.saveAnswers(),
  );
  private context!: LessonContext;

  constructor() {
    const texts = this.texts;
    this.canvasHost = h('div', { class: 'data-gallery' }, this.gallery.labels);
    this.element = h(
      'div',
      { class: 'lesson-data' },
      texts.set(h('p', { class: 'lesson-lead' }), 'stepData.intro'),
      texts.set(h('h3', { id: 'data-classes-heading' }), 'stepData.classesHeading'),
      texts.set(h('p'), 'stepData.classesIntro', { perClass: MAX_COLUMNS }),
      this.canvasHost,
      texts.set(h('h3', { id: 'data-split-heading' }), 'stepData.splitHeading'),
      texts.set(h('p'), 'stepData.splitIntro'),
      this.split.table,
      this.split.bar,
      this.naming.element,
    );
  }

  prepare(context: LessonContext): void {
    this.context = context;
    const { train: trainSet, test: testSet } = context.data;
    const { train, validation } = validationSplit(trainSet);
    this.split.set({ train: train.count, validation: validation.count, test: testSet.count });
    this.gallery.setImages(trainSet.images, firstOfEachClass(trainSet.labels, MAX_COLUMNS), classCounts(trainSet.labels));
    const saved = context.progress.get<(number | null)[]>(ANSWERS_KEY) ?? [];
    this.naming.setImages(testSet.images, testSet.labels, pickImagesToName(testSet.labels, CLASSES_TO_NAME), saved);
    if (context.progress.get<boolean>(CHECKED_KEY)) this.naming.showScore(namingScore(this.naming.answers(), this.naming.labels));
  }

  resize(width: number): number {
    const height = this.gallery.resize(width);
    this.translateCanvas();
    this.context.requestRender();
    return height;
  }

  translate(): void {
    this.texts.apply();
    this.gallery.translate();
    this.translateCanvas();
    this.split.render();
    this.naming.translate();
  }

  destroy(): void {
    this.gallery.destroy();
  }

  private translateCanvas(): void {
    const canvas = this.canvasHost.querySelector('canvas');
    canvas?.setAttribute('role', 'img');
    canvas?.setAttribute('aria-label', t('stepData.galleryCanvas', { perClass: this.gallery.columns }));
  }

  private saveAnswers(): void {
    this.context.progress.set(ANSWERS_KEY, this.naming.answers());
  }

  private check(): void {
    const answers = this.naming.answers();
    const missing = answers.findIndex((a) => a === null);
    if (missing >= 0) {
      this.naming.showMissing(missing);
      return;
    }
    this.saveAnswers();
    const score = namingScore(answers, this.naming.labels);
    if (!this.context.progress.get<boolean>(CHECKED_KEY)) {
      this.context.progress.set(CHECKED_KEY, true);
      this.context.award(score * NAME_POINTS_EACH);
      this.context.complete(DATA_STEP_POINTS);
    }
    this.naming.showScore(score);
  }
}

export function createDataStep(): LessonStep {
  return new DataStep();
}
