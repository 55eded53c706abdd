// The images behind a selection (every mistake, or one confusion-matrix cell), most confident
// first, a page at a time: Pixi draws the thumbnails from one atlas texture per page; beside each,
// a DOM card says the true label, the network's answer and its two highest probabilities. The
// stage keeps room for a full page; it shows only the rows in use.
import { Container, Rectangle, Sprite, Texture, TextureSource } from 'pixi.js';
import { IMAGE_SIZE } from '../../../data/idx';
import { h } from '../../framework/dom';
import { BoundTexts } from '../../i18n/bound-texts';
import { className, t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { formatPercent } from '../format';
import { buildImageAtlas } from '../image-atlas';
import { cardLayout, type CardLayout } from './card-layout';
import type { Prediction, ResultSelection } from './predictions';
import './results.css';

export interface MistakesGalleryOptions {
  /** Prefix of the ids (`<id>-gallery-heading`, `<id>-prev`, `<id>-cards`, …). */
  id: string;
  /** Class of the section (the page's panel style). */
  panelClass: string;
  /** Thumbnails per page: the canvas keeps room for this many. */
  pageSize: number;
  /** "Show all mistakes" was pressed. */
  onShowAll(): void;
  /** The canvas changed: draw it once. */
  requestRender(): void;
}

export class MistakesGalleryView {
  readonly element: HTMLElement;
  readonly view = new Container();
  /** Where the canvas goes: the stage with the cards laid over the thumbnails. */
  readonly canvasHost: HTMLElement;
  private readonly texts = new BoundTexts();
  private readonly heading: HTMLHeadingElement;
  private readonly pageLabel: HTMLParagraphElement;
  private readonly prevButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private readonly allButton: HTMLButtonElement;
  private readonly cards: HTMLOListElement;
  private readonly emptyNote = h('p', { class: 'lt-hint', hidden: true });
  private images: Uint8Array = new Uint8Array(0);
  private items: readonly Prediction[] = [];
  private selection: ResultSelection = { kind: 'errors' };
  private page = 0;
  private layout: CardLayout | null = null;
  private pageTextures: { source: TextureSource; textures: Texture[] } | null = null;
  private sprites: Sprite[] = [];

  constructor(private readonly options: MistakesGalleryOptions) {
    const { id, panelClass } = options;
    this.heading = h('h3', { id: `${id}-gallery-heading`, 'aria-live': 'polite' });
    this.pageLabel = h('p', { class: 'lt-page-label', id: `${id}-page-label` });
    this.prevButton = h('button', { type: 'button', class: 'button', id: `${id}-prev` });
    this.nextButton = h('button', { type: 'button', class: 'button', id: `${id}-next-page` });
    this.allButton = h('button', { type: 'button', class: 'button', id: `${id}-all`, hidden: true });
    this.cards = h('ol', { class: 'lt-cards', id: `${id}-cards` });
    this.canvasHost = h('div', { class: 'lt-card-stage' }, this.cards);
    this.element = h(
      'section',
      { class: panelClass, 'aria-labelledby': this.heading.id },
      this.heading,
      this.texts.set(h('p', { class: 'lt-hint' }), 'views.galleryIntro'),
      h('div', { class: 'lt-pager' }, this.prevButton, this.pageLabel, this.nextButton, this.allButton),
      this.emptyNote,
      this.canvasHost,
    );
    this.prevButton.addEventListener('click', () => this.showPage(this.page - 1));
    this.nextButton.addEventListener('click', () => this.showPage(this.page + 1));
    this.allButton.addEventListener('click', () => options.onShowAll());
  }

  /** Lists `items` of `images` (N×28×28 u8), most confident first, as `selection` chose them; from page 1. */
  show(images: Uint8Array, items: readonly Prediction[], selection: ResultSelection): void {
    this.images = images;
    this.items = items;
    this.selection = selection;
    this.allButton.hidden = selection.kind === 'errors';
    this.showPage(0);
  }

  resize(width: number): number {
    this.layout = cardLayout(width, this.options.pageSize);
    this.place();
    return this.layout.height;
  }

  translate(): void {
    this.texts.apply();
    this.texts.set(this.prevButton, 'views.previousPage');
    this.texts.set(this.nextButton, 'views.nextPage');
    this.texts.set(this.allButton, 'views.showAllErrors');
  }

  /** Rewrites the cards and headings in the current language. */
  renderCards(): void {
    const { pageSize } = this.options;
    const items = this.items;
    const shown = items.slice(this.page * pageSize, (this.page + 1) * pageSize);
    const s = this.selection;
    const [headingKey, headingParams]: [MessageKey, MessageParams] =
      s.kind === 'errors'
        ? ['views.galleryAllErrors', { count: items.length }]
        : [s.label === s.predicted ? 'views.galleryCellCorrect' : 'views.galleryCell', { label: className(s.label), predicted: className(s.predicted), count: items.length }];
    this.texts.set(this.heading, headingKey, headingParams);
    const pages = Math.max(1, Math.ceil(items.length / pageSize));
    this.texts.set(this.pageLabel, items.length === 0 ? null : 'views.pageLabel', { from: this.page * pageSize + 1, to: this.page * pageSize + shown.length, count: items.length });
    this.prevButton.disabled = this.page === 0;
    this.nextButton.disabled = this.page >= pages - 1;
    this.texts.set(this.emptyNote, items.length === 0 ? 'views.galleryEmpty' : null);
    this.emptyNote.hidden = items.length > 0;
    const cards = shown.map((p) =>
      h(
        'li',
        { class: 'lt-card', 'data-index': p.index, 'data-label': p.label, 'data-predicted': p.predicted },
        h('span', { class: 'lt-card-line lt-card-truth' }, t('views.cardTrue', { label: className(p.label) })),
        h('span', { class: `lt-card-line lt-card-predicted${p.predicted === p.label ? '' : ' lt-wrong'}` }, t('views.cardPredicted', { predicted: className(p.predicted), p: formatPercent(p.confidence) })),
        h('span', { class: 'lt-card-line' }, t('views.cardSecond', { second: className(p.second), p2: formatPercent(p.secondProbability) })),
        h('span', { class: 'lt-card-line lt-card-index' }, t('views.cardIndex', { index: p.index + 1 })),
      ),
    );
    this.cards.replaceChildren(...cards);
    this.cards.setAttribute('aria-label', t(headingKey, headingParams));
    this.place();
  }

  destroy(): void {
    this.releasePage();
    this.view.destroy({ children: true });
  }

  private showPage(page: number): void {
    const { pageSize } = this.options;
    const pages = Math.max(1, Math.ceil(this.items.length / pageSize));
    this.page = Math.max(0, Math.min(pages - 1, page));
    this.releasePage();
    const shown = this.items.slice(this.page * pageSize, (this.page + 1) * pageSize);
    if (shown.length > 0) {
      const atlas = buildImageAtlas(this.images, shown.map((p) => p.index), 4);
      const source = TextureSource.from(atlas.canvas);
      source.scaleMode = 'nearest';
      const textures = atlas.frames.map((frame) => new Texture({ source, frame: new Rectangle(frame.x, frame.y, IMAGE_SIZE, IMAGE_SIZE) }));
      this.pageTextures = { source, textures };
      this.sprites = textures.map((texture) => this.view.addChild(new Sprite(texture)));
    }
    this.renderCards();
  }

  private releasePage(): void {
    for (const sprite of this.sprites) sprite.destroy();
    this.sprites = [];
    if (this.pageTextures) {
      for (const texture of this.pageTextures.textures) texture.destroy();
      this.pageTextures.source.destroy();
      this.pageTextures = null;
    }
  }

  private place(): void {
    const layout = this.layout;
    if (!layout) return;
    this.sprites.forEach((sprite, i) => {
      const cell = layout.cells[i];
      sprite.position.set(cell.x, cell.y);
      sprite.width = sprite.height = layout.tile;
    });
    [...this.cards.children].forEach((item, i) => {
      const cell = layout.cells[i];
      const style = (item as HTMLElement).style;
      style.left = `${cell.x + layout.textX}px`;
      style.top = `${cell.y}px`;
      style.width = `${layout.textWidth}px`;
      style.height = `${layout.tile}px`;
    });
    // The canvas keeps room for a full page (resize alone sets its height); the stage shows only
    // the rows in use, so a cell with 2 images leaves no blank band.
    const rows = Math.ceil(this.cards.children.length / layout.columns);
    this.canvasHost.style.height = rows === 0 ? '0px' : `${layout.cells[(rows - 1) * layout.columns].y + layout.tile}px`;
    this.options.requestRender();
  }
}
