// After a run: the confusion matrix and the misclassified test images (the lesson's views), from
// the kept network's predictions on the 10,000 test images. The gallery's thumbnails are drawn on
// the shared canvas (this view's canvasHost).
import type { ImageSet } from '../../../data/dataset';
import { h } from '../../framework/dom';
import { ConfusionMatrixView } from '../../views/results/confusion-matrix-view';
import { MistakesGalleryView } from '../../views/results/mistakes-gallery-view';
import { analysePredictions, confusionMatrix, imagesInCell, misclassified, type Prediction, type ResultSelection } from '../../views/results/predictions';

const PAGE_SIZE = 12;

export class ResultsView {
  readonly element: HTMLElement;
  private readonly matrix: ConfusionMatrixView;
  private readonly gallery: MistakesGalleryView;
  private predictions: Prediction[] = [];
  private errors: Prediction[] = [];

  constructor(
    private readonly test: ImageSet,
    requestRender: () => void,
  ) {
    this.matrix = new ConfusionMatrixView({ id: 'sb', panelClass: 'sb-panel', onSelect: (label, predicted) => this.select({ kind: 'cell', label, predicted }) });
    this.gallery = new MistakesGalleryView({ id: 'sb', panelClass: 'sb-panel', pageSize: PAGE_SIZE, onShowAll: () => this.select({ kind: 'errors' }), requestRender });
    this.element = h('div', { class: 'sb-results', hidden: true }, this.matrix.element, this.gallery.element);
  }

  get view() {
    return this.gallery.view;
  }

  get canvasHost(): HTMLElement {
    return this.gallery.canvasHost;
  }

  /** Probabilities (N × 10) of the first N test images. */
  show(probabilities: Float32Array): void {
    const count = probabilities.length / 10;
    this.predictions = analysePredictions(probabilities, this.test.labels.subarray(0, count));
    this.errors = misclassified(this.predictions);
    this.matrix.set(confusionMatrix(this.predictions));
    this.element.hidden = false;
    this.select({ kind: 'errors' });
  }

  clear(): void {
    this.element.hidden = true;
    this.predictions = this.errors = [];
    this.gallery.show(this.test.images, [], { kind: 'errors' });
  }

  resize(width: number): number {
    return this.element.hidden ? 1 : this.gallery.resize(width);
  }

  translate(): void {
    this.matrix.translate();
    this.gallery.translate();
    if (this.predictions.length) this.gallery.renderCards();
  }

  destroy(): void {
    this.gallery.destroy();
  }

  private select(selection: ResultSelection): void {
    this.matrix.select(selection);
    const items = selection.kind === 'errors' ? this.errors : imagesInCell(this.predictions, selection.label, selection.predicted);
    this.gallery.show(this.test.images, items, selection);
  }
}
