// A convolution's filters as pictures: one tile per filter (its KH × KW weights on one input
// channel, scaled to its own range, light = large), drawn with the feature-map grid view, with
// a DOM caption and labels, and a choice of input channel when the layer has more than one.
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import { FeatureGridView, TileLabels } from '../../views/feature-maps/feature-grid-view';
import { gridLayout } from '../../views/feature-maps/grid-layout';
import { filterPlanes } from './filter-planes';

const CAPTION = 24;

export class FilterTiles {
  readonly element: HTMLElement;
  readonly view;
  readonly overlay = h('div');
  private readonly grid = new FeatureGridView();
  private readonly labels = new TileLabels();
  private readonly caption = h('span', { class: 'lv-caption' });
  private readonly select: HTMLSelectElement;
  private readonly label: HTMLLabelElement;
  private shape: number[] | null = null;
  private values: Float32Array | null = null;

  constructor(
    id: string,
    private readonly requestRender: () => void,
  ) {
    this.view = this.grid.view;
    this.select = h('select', { id });
    this.label = h('label', { for: id });
    this.element = h('div', { class: 'lv-field sb-filter-channel', hidden: true }, this.label, this.select);
    this.overlay.append(this.caption, this.labels.element);
    this.select.addEventListener('change', () => this.draw());
    this.clear();
  }

  /** A conv kernel (KH, KW, C, K) to show. */
  set(shape: number[], values: Float32Array): void {
    this.shape = shape;
    this.values = values;
    const channels = shape[2];
    this.select.replaceChildren(...Array.from({ length: channels }, (_, c) => h('option', { value: c }, String(c + 1))));
    this.element.hidden = channels <= 1;
    this.overlay.hidden = false;
    this.view.visible = true;
    this.draw();
  }

  clear(): void {
    this.shape = this.values = null;
    this.element.hidden = true;
    this.overlay.hidden = true;
    this.view.visible = false;
  }

  /** Lays the tiles out from `top` (CSS px within the inspector); returns the height used. */
  resize(top: number, width: number): number {
    if (!this.shape) return 0;
    const [kh, kw, , filters] = this.shape;
    const layout = gridLayout(0, top + CAPTION, width, filters, kh, kw, { columns: 8, gap: 8, labelHeight: 18, maxTileWidth: 64 });
    this.grid.place(layout.tiles);
    this.labels.place(layout.tiles);
    this.caption.style.left = '0px';
    this.caption.style.top = `${top}px`;
    return CAPTION + layout.height + 8;
  }

  translate(): void {
    this.label.textContent = t('sandbox.inspectorFilterChannel');
    if (!this.shape) return;
    const [kh, kw, channels, filters] = this.shape;
    this.caption.textContent = t('sandbox.inspectorFilters', { count: filters, kh, kw, channel: Number(this.select.value) + 1, channels });
    this.labels.set(Array.from({ length: filters }, (_, k) => t('sandbox.inspectorChannel', { k: k + 1 })));
  }

  destroy(): void {
    this.grid.destroy();
  }

  private draw(): void {
    if (!this.shape || !this.values) return;
    const [kh, kw, , filters] = this.shape;
    this.grid.setActivation(filterPlanes(this.values, this.shape, Number(this.select.value) || 0), [kh, kw, filters]);
    this.translate();
    this.requestRender();
  }
}
