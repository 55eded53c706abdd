// The numbers at the animation's pixel, in DOM text: the 20 channel values and the largest, which
// becomes the output pixel (announced for screen readers while paused). The panel (#cmax-pixel)
// carries them as data attributes for tests.
import { h } from '../../../framework/dom';
import { formatNumber, t } from '../../../i18n/i18n';
import type { ChannelStack } from '../../../views/channel-max/channel-max';

/** Two decimals; a value that rounds to zero shows as 0, not −0. */
const fmt = (x: number) => formatNumber(Math.abs(x) < 0.005 ? 0 : x, undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export class PixelPanel {
  private readonly heading = h('h3', { id: 'cmax-pixel-heading' });
  private readonly valuesLine = h('p', { id: 'cmax-values' });
  private readonly maxLine = h('p', { id: 'cmax-max', class: 'lv-result' });
  private readonly announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', id: 'cmax-announce' });
  readonly element = h('section', { class: 'lv-arithmetic', id: 'cmax-pixel', 'aria-labelledby': 'cmax-pixel-heading' }, this.heading, this.valuesLine, this.maxLine, this.announcer);

  /** The channel `stack` at pixel `pixel` and the output there; `announce` when the animation is not playing. */
  render(pixel: number, stack: ChannelStack, output: number, announce: boolean): void {
    const at = { row: stack.y + 1, col: stack.x + 1 };
    Object.assign(this.element.dataset, {
      pixel: String(pixel),
      row: String(stack.y),
      col: String(stack.x),
      values: JSON.stringify(stack.values),
      argmax: String(stack.argmax),
      max: String(stack.max),
      output: String(output),
    });
    this.heading.textContent = t('stepChannelMax.pixelValue', { position: pixel + 1, ...at });
    this.valuesLine.textContent = t('stepChannelMax.pixelLine', { ...at, values: stack.values.map(fmt).join(t('views.listSeparator')) });
    this.maxLine.textContent = t('stepChannelMax.maxLine', { ...at, max: fmt(stack.max), channel: stack.argmax + 1 });
    if (announce) this.announcer.textContent = `${this.valuesLine.textContent} ${this.maxLine.textContent}`;
  }
}
