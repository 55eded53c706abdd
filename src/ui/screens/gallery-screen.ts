// The first test images in a grid: Pixi draws the images (one atlas texture, nearest-neighbour
// scaling), the DOM carries their labels as a list positioned under each tile.
import { Container, Rectangle, Sprite, Texture, TextureSource } from 'pixi.js';
import type { ImageSet } from '../../data/dataset';
import { IMAGE_SIZE } from '../../data/idx';
import { className, t } from '../i18n/i18n';
import { h } from '../framework/dom';
import type { AppScreen, ScreenContext } from '../framework/screen';
import { galleryLayout } from '../views/gallery-layout';
import { buildImageAtlas } from '../views/image-atlas';

export class GalleryScreen implements AppScreen {
  readonly id = 'gallery';
  readonly element: HTMLElement;
  readonly view = new Container();
  readonly canvasHost: HTMLElement;
  private readonly heading = h('h2', { id: 'gallery-heading' });
  private readonly intro = h('p');
  private readonly list = h('ol', { class: 'gallery-labels' });
  private readonly items: { item: HTMLLIElement; prefix: HTMLElement; name: HTMLElement }[] = [];
  private readonly sprites: Sprite[] = [];
  private context?: ScreenContext;

  constructor(
    private readonly set: ImageSet,
    private readonly count: number,
  ) {
    this.count = Math.min(count, set.count);
    this.canvasHost = h('div', { class: 'gallery-stage' }, this.list);
    this.element = h(
      'section',
      { class: 'screen gallery-screen', 'aria-labelledby': 'gallery-heading' },
      this.heading,
      this.intro,
      this.canvasHost,
    );
  }

  prepare(context: ScreenContext): void {
    this.context = context;
    const indices = Array.from({ length: this.count }, (_, i) => i);
    const atlas = buildImageAtlas(this.set.images, indices);
    const source = TextureSource.from(atlas.canvas);
    source.scaleMode = 'nearest';
    for (const frame of atlas.frames) {
      const texture = new Texture({ source, frame: new Rectangle(frame.x, frame.y, IMAGE_SIZE, IMAGE_SIZE) });
      const sprite = new Sprite(texture);
      this.sprites.push(sprite);
      this.view.addChild(sprite);
    }
    for (let i = 0; i < this.count; i++) {
      const prefix = h('span', { class: 'visually-hidden' });
      const name = h('span', { class: 'gallery-label', 'data-label': this.set.labels[i] });
      const item = h('li', {}, prefix, name);
      this.items.push({ item, prefix, name });
      this.list.append(item);
    }
  }

  resize(width: number): number {
    const layout = galleryLayout(width, this.count);
    layout.cells.forEach(({ x, y }, i) => {
      const sprite = this.sprites[i];
      sprite.position.set(x, y);
      sprite.width = sprite.height = layout.tile;
      const { item } = this.items[i];
      item.style.left = `${x}px`;
      item.style.top = `${y + layout.tile}px`;
      item.style.width = `${layout.tile}px`;
    });
    this.context?.requestRender();
    return layout.height;
  }

  translate(): void {
    this.heading.textContent = t('gallery.heading');
    this.intro.textContent = t('gallery.intro', { count: this.count, total: this.set.count });
    this.list.setAttribute('aria-label', t('gallery.listLabel'));
    const canvas = this.canvasHost.querySelector('canvas');
    canvas?.setAttribute('role', 'img');
    canvas?.setAttribute('aria-label', t('gallery.canvasLabel', { count: this.count }));
    this.items.forEach(({ prefix, name }, i) => {
      prefix.textContent = `${t('gallery.itemPrefix', { index: i + 1 })} `;
      name.textContent = className(this.set.labels[i]);
    });
  }

  destroy(): void {
    this.view.destroy({ children: true, texture: true, textureSource: true });
  }
}
