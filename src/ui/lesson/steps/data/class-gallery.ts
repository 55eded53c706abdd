// The class gallery: one row per class of its first training images (Pixi draws them from one
// atlas texture) with the class name and image count as DOM labels beside each row, placed from
// the same layout (classRowsLayout).
import { Container, Rectangle, Sprite, Texture, TextureSource } from 'pixi.js';
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import { className, t } from '../../../i18n/i18n';
import { buildImageAtlas } from '../../../views/image-atlas';
import { classRowsLayout } from './model';

interface RowLabel {
  item: HTMLLIElement;
  name: HTMLElement;
  count: HTMLElement;
}

export class ClassGalleryView {
  readonly view = new Container({ label: 'data-gallery' });
  /** The class names beside the rows (goes into the canvas host). */
  readonly labels = h('ol', { class: 'data-class-labels' });
  private readonly rows: Sprite[][] = [];
  private readonly rowLabels: RowLabel[] = [];
  private counts: number[] = [];
  /** Images per class row at the current width (the canvas description says how many). */
  columns: number;

  constructor(private readonly maxColumns: number) {
    this.columns = maxColumns;
  }

  /** `rows[label]`: image indices of that class in `images` (N×28×28 u8); `counts[label]`: its size. */
  setImages(images: Uint8Array, rows: readonly number[][], counts: readonly number[]): void {
    this.counts = [...counts];
    const atlas = buildImageAtlas(images, rows.flat(), this.maxColumns);
    const source = TextureSource.from(atlas.canvas);
    source.scaleMode = 'nearest';
    let frame = 0;
    for (const row of rows) {
      this.rows.push(
        row.map(() => {
          const { x, y } = atlas.frames[frame++];
          const sprite = new Sprite(new Texture({ source, frame: new Rectangle(x, y, IMAGE_SIZE, IMAGE_SIZE) }));
          this.view.addChild(sprite);
          return sprite;
        }),
      );
    }
    for (let label = 0; label < counts.length; label++) {
      const name = h('span', { class: 'data-class-name' });
      const count = h('span', { class: 'data-class-count' });
      const item = h('li', { 'data-label': label }, name, count);
      this.rowLabels.push({ item, name, count });
      this.labels.append(item);
    }
  }

  /** Lays the rows out for `width` CSS px; returns the height. */
  resize(width: number): number {
    const layout = classRowsLayout(width, this.maxColumns);
    this.rows.forEach((row, label) => {
      const y = label * layout.rowHeight;
      row.forEach((sprite, column) => {
        sprite.visible = column < layout.columns;
        sprite.position.set(layout.labelWidth + column * (layout.tile + layout.gap), y);
        sprite.width = sprite.height = layout.tile;
      });
      const { item } = this.rowLabels[label];
      item.style.top = `${y}px`;
      item.style.height = `${layout.tile}px`;
      item.style.width = `${layout.labelWidth - 8}px`;
    });
    this.columns = layout.columns;
    return layout.height;
  }

  translate(): void {
    this.labels.setAttribute('aria-label', t('stepData.classesListLabel'));
    this.rowLabels.forEach(({ name, count }, label) => {
      name.textContent = className(label);
      count.textContent = t('stepData.classCount', { count: this.counts[label] });
    });
  }

  destroy(): void {
    this.view.destroy({ children: true, texture: true, textureSource: true });
  }
}
