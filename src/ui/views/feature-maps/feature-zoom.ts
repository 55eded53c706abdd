// Zoom for feature-map grids: − / + buttons (DOM, labelled, bilingual) and a two-finger pinch on
// the canvas host. Zooming changes how many maps share a row, so a zoomed-in map grows while the
// grid still fits the screen's width (nothing scrolls sideways on a phone). A change asks the
// navigation for a new layout with a bubbling RELAYOUT_EVENT.
import { h } from '../../framework/dom';
import { RELAYOUT_EVENT } from '../../framework/screen';
import { subscribeLanguage, t } from '../../i18n/i18n';
import { DEFAULT_GRID, type GridLayoutOptions } from './grid-layout';

/** Maps per row, from zoomed out to zoomed in; the default is the tutorial's 5. */
export const ZOOM_COLUMNS = [8, 6, 5, 4, 3, 2, 1] as const;
const DEFAULT_LEVEL = ZOOM_COLUMNS.indexOf(5);
/** A pinch that spreads (or closes) the fingers by this factor is one zoom step. */
const PINCH_STEP = 1.3;

/** The grid options at a zoom level: fewer columns, and a tile cap that grows with them. */
export function zoomedGrid(level: number, base: GridLayoutOptions = DEFAULT_GRID): GridLayoutOptions {
  const columns = ZOOM_COLUMNS[Math.min(ZOOM_COLUMNS.length - 1, Math.max(0, level))];
  return { ...base, columns, maxTileWidth: Math.round((base.maxTileWidth * base.columns) / columns) };
}

export class FeatureZoom {
  readonly element: HTMLElement;
  private readonly zoomOut = h('button', { type: 'button', class: 'button button-quiet lv-zoom-button' }, '−');
  private readonly zoomIn = h('button', { type: 'button', class: 'button button-quiet lv-zoom-button' }, '+');
  private readonly readout = h('output', { class: 'lv-zoom-readout', 'aria-live': 'polite' });
  private readonly unsubscribe: () => void;
  private level = DEFAULT_LEVEL;

  constructor() {
    this.element = h('div', { class: 'lv-zoom', role: 'group' }, this.zoomOut, this.readout, this.zoomIn);
    this.zoomOut.addEventListener('click', () => this.setLevel(this.level - 1));
    this.zoomIn.addEventListener('click', () => this.setLevel(this.level + 1));
    this.unsubscribe = subscribeLanguage(() => this.render());
    this.render();
  }

  get grid(): GridLayoutOptions {
    return zoomedGrid(this.level);
  }

  get columns(): number {
    return ZOOM_COLUMNS[this.level];
  }

  setLevel(level: number): void {
    const next = Math.min(ZOOM_COLUMNS.length - 1, Math.max(0, level));
    if (next === this.level) return;
    this.level = next;
    this.render();
    this.element.dispatchEvent(new Event(RELAYOUT_EVENT, { bubbles: true }));
  }

  /** Two fingers on `host` pinch to zoom (one finger still scrolls: touch-action pan-x pan-y). */
  pinchOn(host: HTMLElement): void {
    host.dataset.touch = 'zoom';
    const touches = new Map<number, { x: number; y: number }>();
    let base = 0;
    const spread = () => {
      const [a, b] = [...touches.values()];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    host.addEventListener('pointerdown', (event) => {
      if (event.pointerType !== 'touch') return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (touches.size === 2) base = spread();
    });
    host.addEventListener('pointermove', (event) => {
      if (!touches.has(event.pointerId)) return;
      touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (touches.size !== 2 || base <= 0) return;
      const ratio = spread() / base;
      if (ratio >= PINCH_STEP || ratio <= 1 / PINCH_STEP) {
        this.setLevel(this.level + (ratio > 1 ? 1 : -1));
        base = spread();
      }
    });
    const lift = (event: PointerEvent) => {
      touches.delete(event.pointerId);
      base = 0;
    };
    host.addEventListener('pointerup', lift);
    host.addEventListener('pointercancel', lift);
  }

  private render(): void {
    this.element.setAttribute('aria-label', t('views.zoomLabel'));
    this.zoomOut.setAttribute('aria-label', t('views.zoomOut'));
    this.zoomIn.setAttribute('aria-label', t('views.zoomIn'));
    this.zoomOut.disabled = this.level === 0;
    this.zoomIn.disabled = this.level === ZOOM_COLUMNS.length - 1;
    this.readout.textContent = t('views.zoomReadout', { columns: this.columns });
  }

  destroy(): void {
    this.unsubscribe();
  }
}
