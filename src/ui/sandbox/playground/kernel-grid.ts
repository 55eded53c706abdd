// The kernel as a grid of numbers the learner can edit (kh × kw labelled inputs, a table by rows).
// Each number is read as typed (decimal point or comma, |w| ≤ 100); one that is not a number is
// marked at its input with the reason, and the kernel keeps its last good weights meanwhile.
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { parseWeight, shortNumber, WEIGHT_LIMIT } from '../../views/weights/weights';

const REASONS: Record<'empty' | 'notNumber' | 'outOfRange', MessageKey> = {
  empty: 'sandbox.playWeightEmpty',
  notNumber: 'sandbox.playWeightNotNumber',
  outOfRange: 'sandbox.playWeightOutOfRange',
};

export class KernelGrid {
  readonly element: HTMLElement;
  private readonly table = h('table', { class: 'sb-kernel-grid', id: 'sb-play-kernel' });
  private readonly caption = h('caption');
  private readonly problem = h('p', { class: 'sb-problem', id: 'sb-play-kernel-problem', hidden: true });
  private inputs: HTMLInputElement[] = [];
  private kh = 0;
  private kw = 0;
  private weights: number[] = [];

  constructor(private readonly onEdit: (weights: number[]) => void) {
    this.element = h('div', { class: 'sb-kernel-editor' }, this.table, this.problem);
  }

  /** Shows `weights` (kh × kw, row-major) in fresh inputs when the size changed, else in place. */
  set(kh: number, kw: number, weights: readonly number[]): void {
    this.weights = [...weights];
    if (kh !== this.kh || kw !== this.kw) this.build(kh, kw);
    this.inputs.forEach((input, p) => {
      input.value = shortNumber(weights[p], 3);
      input.setAttribute('aria-invalid', 'false');
      input.removeAttribute('aria-describedby');
    });
    this.problem.hidden = true;
  }

  translate(): void {
    this.caption.textContent = t('sandbox.playKernelCaption', { kh: this.kh, kw: this.kw });
    this.inputs.forEach((input, p) => input.setAttribute('aria-label', t('sandbox.playWeightLabel', { row: Math.floor(p / this.kw) + 1, col: (p % this.kw) + 1 })));
  }

  private build(kh: number, kw: number): void {
    this.kh = kh;
    this.kw = kw;
    this.inputs = Array.from({ length: kh * kw }, (_, p) => {
      const input = h('input', { type: 'text', inputmode: 'decimal', class: 'sb-weight', id: `sb-play-w-${Math.floor(p / kw)}-${p % kw}`, autocomplete: 'off', spellcheck: 'false' });
      input.addEventListener('input', () => this.edited(p));
      return input;
    });
    const rows = Array.from({ length: kh }, (_, i) => h('tr', {}, ...this.inputs.slice(i * kw, (i + 1) * kw).map((input) => h('td', {}, input))));
    this.table.replaceChildren(this.caption, h('tbody', {}, ...rows));
    this.translate();
  }

  private edited(p: number): void {
    const input = this.inputs[p];
    const parsed = parseWeight(input.value);
    input.setAttribute('aria-invalid', String(!parsed.ok));
    if (!parsed.ok) {
      this.problem.hidden = false;
      this.problem.textContent = t(REASONS[parsed.reason], { limit: WEIGHT_LIMIT });
      input.setAttribute('aria-describedby', this.problem.id);
      return;
    }
    input.removeAttribute('aria-describedby');
    this.problem.hidden = this.inputs.every((i) => i.getAttribute('aria-invalid') !== 'true');
    this.weights[p] = parsed.value;
    this.onEdit([...this.weights]);
  }
}
