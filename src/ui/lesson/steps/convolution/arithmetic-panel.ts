// The arithmetic at the window's position, in DOM text: the pixels under the window, the kernel
// weights and their products as small tables, the sum, the bias and ReLU (announced for screen
// readers when the window stops), and the engine's own value for the cell after "check with the
// network engine". The panel (#conv-arithmetic) carries the current numbers as data attributes
// for tests: data-row, data-col, data-weights, data-sum, data-output …
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { formatNumber, t, type MessageParams } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages';
import type { ConvArithmetic, ConvLayout } from '../../../views/kernel-slide/conv-slide';

/** The engine's feature map for the current settings, and its largest gap to the arithmetic. */
export interface EngineResult {
  values: Float32Array;
  maxDiff: number;
}

/** `digits` decimals; a value that rounds to zero shows as 0, not −0. */
const fixed = (value: number, digits: number) =>
  formatNumber(Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value, undefined, { minimumFractionDigits: digits, maximumFractionDigits: digits });

export class ArithmeticPanel {
  readonly element = h('section', { class: 'lv-arithmetic', id: 'conv-arithmetic', 'data-kernel-arithmetic': '', 'aria-labelledby': 'conv-arithmetic-heading' });
  private readonly positionText = h('p', { class: 'lv-position', id: 'conv-position-text' });
  private readonly windowText = h('p', { class: 'lv-window-text' });
  private readonly patchTable = h('table', { class: 'lv-grid-table', id: 'conv-patch' });
  private readonly kernelTable = h('table', { class: 'lv-grid-table', id: 'conv-kernel' });
  private readonly productTable = h('table', { class: 'lv-grid-table', id: 'conv-products' });
  private readonly sumLine = h('p', { id: 'conv-sum' });
  private readonly biasLine = h('p', { id: 'conv-bias' });
  private readonly reluLine = h('p', { id: 'conv-relu', class: 'lv-result' });
  private readonly announcer = h('p', { class: 'visually-hidden', id: 'conv-announce', 'aria-live': 'polite' });
  private readonly engineButton = h('button', { type: 'button', class: 'button button-quiet', id: 'conv-engine-check' });
  private readonly engineLine = h('p', { id: 'conv-engine', role: 'status', class: 'lv-hint' });
  private arithmetic?: ConvArithmetic;
  private engine: EngineResult | null = null;
  private engineMessage: readonly [MessageKey, MessageParams?] | null = null;

  constructor(texts: BoundTexts, onEngineCheck: () => void) {
    const operator = (text: string) => h('span', { class: 'lv-operator', 'aria-hidden': 'true' }, text);
    this.element.append(
      texts.set(h('h3', { id: 'conv-arithmetic-heading' }), 'stepConvolution.arithmeticHeading'),
      this.positionText,
      this.windowText,
      h('div', { class: 'lv-arith-grids' }, this.patchTable, operator('×'), this.kernelTable, operator('→'), this.productTable),
      h('div', { class: 'lv-sum' }, this.sumLine, this.biasLine, this.reluLine),
      h('div', { class: 'lv-buttons' }, this.engineButton),
      this.engineLine,
      this.announcer,
    );
    this.engineButton.addEventListener('click', onEngineCheck);
  }

  /** The engine's answer for the current settings (or a message: running, busy; null clears both). */
  setEngine(result: EngineResult | null, message: readonly [MessageKey, MessageParams?] | null = null): void {
    this.engine = result;
    this.engineMessage = message;
    this.renderEngine();
  }

  /** The numbers at `a` on `layout` over test image `image`; `position`: the position's description. */
  render(a: ConvArithmetic, l: ConvLayout, image: number, position: string): void {
    this.arithmetic = a;
    Object.assign(this.element.dataset, {
      image: String(image),
      kh: String(l.kh),
      kw: String(l.kw),
      stride: String(l.stride),
      padding: l.padding,
      outH: String(l.outH),
      outW: String(l.outW),
      position: String(a.position),
      row: String(a.row),
      col: String(a.col),
      top: String(a.top),
      left: String(a.left),
      pixels: JSON.stringify(a.patch.map((v, i) => (a.inside[i] ? Math.round(v * 255) : 0))),
      patch: JSON.stringify(a.patch),
      weights: JSON.stringify(a.weights),
      bias: String(a.bias),
      sum: String(a.sum),
      z: String(a.z),
      output: String(a.output),
    });
    this.positionText.textContent = position;
    this.windowText.textContent = t('stepConvolution.windowAt', { top: a.top + 1, bottom: a.top + l.kh, left: a.left + 1, right: a.left + l.kw });
    if (a.inside.includes(false)) this.windowText.textContent += ` ${t('stepConvolution.windowPadding')}`;
    fillGrid(this.patchTable, 'stepConvolution.patchCaption', l.kh, l.kw, (i) => fixed(a.patch[i], 2), a.inside);
    fillGrid(this.kernelTable, 'stepConvolution.kernelCaption', l.kh, l.kw, (i) => fixed(a.weights[i], 3));
    fillGrid(this.productTable, 'stepConvolution.productsCaption', l.kh, l.kw, (i) => fixed(a.products[i], 3));
    this.sumLine.textContent = t('stepConvolution.sumLine', { sum: fixed(a.sum, 3) });
    this.biasLine.textContent = t('stepConvolution.biasLine', { bias: fixed(a.bias, 3), z: fixed(a.z, 3) });
    this.reluLine.textContent = t('stepConvolution.reluLine', { z: fixed(a.z, 3), output: fixed(a.output, 3), row: a.row + 1, col: a.col + 1 });
    this.renderEngine();
  }

  /** Says the current arithmetic in one sentence (for screen readers, when the window stops). */
  announce(): void {
    const a = this.arithmetic;
    if (!a) return;
    this.announcer.textContent = t('stepConvolution.announce', {
      row: a.row + 1,
      col: a.col + 1,
      patch: a.patch.map((v) => fixed(v, 2)).join(', '),
      weights: a.weights.map((v) => fixed(v, 2)).join(', '),
      sum: fixed(a.sum, 3),
      bias: fixed(a.bias, 3),
      z: fixed(a.z, 3),
      output: fixed(a.output, 3),
    });
  }

  private renderEngine(): void {
    this.engineButton.textContent = t('stepConvolution.engineButton');
    const a = this.arithmetic;
    const engine = this.engine;
    if (engine && a) {
      const value = engine.values[a.position];
      this.element.dataset.engineOutput = String(value);
      this.element.dataset.engineMaxDiff = String(engine.maxDiff);
      this.engineLine.textContent = t('stepConvolution.engineResult', {
        engine: formatNumber(value, undefined, { maximumFractionDigits: 6 }),
        mine: formatNumber(a.output, undefined, { maximumFractionDigits: 6 }),
        diff: engine.maxDiff.toExponential(1),
      });
    } else {
      delete this.element.dataset.engineOutput;
      delete this.element.dataset.engineMaxDiff;
      this.engineLine.textContent = this.engineMessage ? t(...this.engineMessage) : '';
    }
  }
}

/** A kh × kw table of numbers with a caption; cells on the padding are marked. */
function fillGrid(table: HTMLTableElement, captionKey: MessageKey, rows: number, cols: number, cell: (i: number) => string, inside?: boolean[]): void {
  const body = h('tbody');
  for (let r = 0; r < rows; r++) {
    const tr = h('tr');
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const padding = inside && !inside[i];
      const td = h('td', { class: padding ? 'lv-padding-cell' : undefined }, cell(i));
      if (padding) td.append(h('span', { class: 'visually-hidden' }, ` (${t('stepConvolution.paddingCell')})`));
      tr.append(td);
    }
    body.append(tr);
  }
  table.replaceChildren(h('caption', {}, t(captionKey)), body);
}
