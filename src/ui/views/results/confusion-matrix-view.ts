// The confusion matrix as a table of buttons: rows are the true class, columns the predicted one;
// the diagonal (blue) counts right answers, every other cell (orange) a kind of mistake, shaded by
// count. One tab stop for the whole matrix: the arrow keys move between cells, Home/End along the
// row; choosing a cell reports it (the images behind it are another view's job).
import { CLASS_COUNT } from '../../../data/classes';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { className, t } from '../../i18n/i18n';
import { cellShade } from '../heat';
import { isSelected, type ResultSelection } from './predictions';
import './results.css';

export interface ConfusionMatrixOptions {
  /** Prefix of the ids (`<id>-matrix`, `<id>-matrix-heading`, `<id>-matrix-help`). */
  id: string;
  /** Class of the section (the page's panel style). */
  panelClass: string;
  onSelect(label: number, predicted: number): void;
}

const formatCount = (count: number) => (count === 0 ? '·' : String(count));

export class ConfusionMatrixView {
  readonly element: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly head = h('thead');
  private readonly body = h('tbody');
  private readonly buttons: HTMLButtonElement[] = [];
  /** The cell that has the tab stop (label × classes + predicted). */
  private focused = 0;
  private matrix: Uint32Array | null = null;
  private selection: ResultSelection = { kind: 'errors' };

  constructor(private readonly options: ConfusionMatrixOptions) {
    const { id, panelClass } = options;
    this.element = h(
      'section',
      { class: panelClass, 'aria-labelledby': `${id}-matrix-heading` },
      this.texts.set(h('h3', { id: `${id}-matrix-heading` }), 'views.matrixHeading'),
      this.texts.set(h('p', { class: 'lt-hint', id: `${id}-matrix-help` }), 'views.matrixIntro'),
      h(
        'div',
        { class: 'lt-matrix-scroll' },
        h('table', { class: 'lt-matrix', id: `${id}-matrix`, 'aria-describedby': `${id}-matrix-help` }, this.texts.set(h('caption'), 'views.matrixCaption'), this.head, this.body),
      ),
    );
    this.body.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** counts[true × classes + predicted] (confusionMatrix). */
  set(matrix: Uint32Array): void {
    this.matrix = matrix;
    this.render();
  }

  /** Marks the chosen cell (none for every mistake). */
  select(selection: ResultSelection): void {
    this.selection = selection;
    for (const button of this.buttons) button.setAttribute('aria-pressed', String(isSelected(selection, Number(button.dataset.label), Number(button.dataset.predicted))));
  }

  translate(): void {
    this.texts.apply();
    if (this.matrix) this.render();
  }

  private render(): void {
    const matrix = this.matrix!;
    const classes = Array.from({ length: CLASS_COUNT }, (_, c) => c);
    const corner = h('td', { class: 'lt-matrix-corner' }, t('views.matrixCorner'));
    this.head.replaceChildren(
      h('tr', {}, h('td'), h('th', { scope: 'colgroup', colspan: CLASS_COUNT, class: 'lt-matrix-axis' }, t('views.matrixPredicted'))),
      h('tr', {}, corner, ...classes.map((c) => h('th', { scope: 'col' }, className(c)))),
    );
    let maxRight = 0;
    let maxWrong = 0;
    for (const label of classes) {
      for (const predicted of classes) {
        const n = matrix[label * CLASS_COUNT + predicted];
        if (label === predicted) maxRight = Math.max(maxRight, n);
        else maxWrong = Math.max(maxWrong, n);
      }
    }
    this.buttons.length = 0;
    const rows = classes.map((label) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, className(label)),
        ...classes.map((predicted) => {
          const count = matrix[label * CLASS_COUNT + predicted];
          const correct = label === predicted;
          const shade = cellShade(count, correct ? maxRight : maxWrong, correct);
          const button = h(
            'button',
            {
              type: 'button',
              class: `lt-cell${correct ? ' lt-cell-correct' : ''}`,
              style: `background:${shade.background};color:${shade.ink}`,
              'aria-label': t('views.cellLabel', { label: className(label), predicted: className(predicted), count }),
              'aria-pressed': String(isSelected(this.selection, label, predicted)),
              tabindex: label * CLASS_COUNT + predicted === this.focused ? 0 : -1,
              'data-label': label,
              'data-predicted': predicted,
              'data-count': count,
            },
            formatCount(count),
          );
          button.addEventListener('click', () => {
            this.focused = label * CLASS_COUNT + predicted;
            this.options.onSelect(label, predicted);
          });
          this.buttons.push(button);
          return h('td', {}, button);
        }),
      ),
    );
    this.body.replaceChildren(...rows);
  }

  /** Arrow keys move between cells (one tab stop for the whole matrix); Home/End go along the row. */
  private onKey(event: KeyboardEvent): void {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let row = Math.floor(this.focused / CLASS_COUNT);
    let column = this.focused % CLASS_COUNT;
    if (event.key in moves) {
      row = Math.min(CLASS_COUNT - 1, Math.max(0, row + moves[event.key][0]));
      column = Math.min(CLASS_COUNT - 1, Math.max(0, column + moves[event.key][1]));
    } else if (event.key === 'Home') column = 0;
    else if (event.key === 'End') column = CLASS_COUNT - 1;
    else return;
    event.preventDefault();
    this.buttons[this.focused].tabIndex = -1;
    this.focused = row * CLASS_COUNT + column;
    const target = this.buttons[this.focused];
    target.tabIndex = 0;
    target.focus();
  }
}
