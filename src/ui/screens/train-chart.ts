// The training lab's picture (Pixi): the loss after each epoch (training dark, validation yellow)
// and the first layer's filters as small gray tiles, redrawn after every epoch. The curves reuse
// one Graphics; the filter tiles keep their textures for the whole run and only rewrite their
// pixels, so a long run adds no GPU textures (the soak test checks it). The numbers themselves
// are in the lab's history table (DOM).
import { Container, Graphics, Sprite } from 'pixi.js';
import type { EpochLogs, WeightTensor } from '../../shared/training-types';
import { PixelTexture } from '../views/pixel-texture';

const CHART_HEIGHT = 160;
const PAD = 8;
const TILE = 36;
const TILE_GAP = 6;
const FILTERS_TOP = CHART_HEIGHT + 12;
const INK = 0x1f3a5f;
const VALIDATION = 0xd9a514;
const GRID = 0xd5d7db;

interface Tile {
  texture: PixelTexture;
  sprite: Sprite;
}

export class TrainChart {
  readonly view = new Container({ label: 'train-chart' });
  private readonly frame = new Graphics();
  private readonly curves = new Graphics();
  private readonly tiles = new Container({ label: 'filters' });
  private filters: Tile[] = [];
  private loss: number[] = [];
  private valLoss: number[] = [];
  private epochs = 1;
  private width = 0;

  constructor() {
    this.view.addChild(this.frame, this.curves, this.tiles);
  }

  /** A new run of `epochs` epochs; `prior` are the epochs a resumed run already has. */
  start(epochs: number, prior: readonly EpochLogs[] = []): void {
    this.epochs = Math.max(1, epochs);
    this.loss = prior.map((logs) => logs.loss);
    this.valLoss = prior.flatMap((logs) => (logs.val_loss === undefined ? [] : [logs.val_loss]));
    this.draw();
  }

  addEpoch(logs: EpochLogs): void {
    this.loss.push(logs.loss);
    if (logs.val_loss !== undefined) this.valLoss.push(logs.val_loss);
    this.draw();
  }

  /**
   * The first layer's kernel (kh, kw, in, out): one tile per output filter, input channel 0,
   * gray around 128 with the largest |weight| at black or white. Other layer kinds show nothing.
   * True when the number of tiles changed (the picture's height with it).
   */
  showFilters(kernel: WeightTensor | undefined): boolean {
    if (!kernel || kernel.shape.length !== 4) return this.setFilterCount(0, 1, 1);
    const [kh, kw, channels, count] = kernel.shape;
    const changed = this.setFilterCount(count, kw, kh);
    let max = 1e-12;
    for (const value of kernel.values) max = Math.max(max, Math.abs(value));
    this.filters.forEach(({ texture }, f) => {
      const gray = new Uint8Array(kh * kw);
      for (let y = 0; y < kh; y++) {
        for (let x = 0; x < kw; x++) gray[y * kw + x] = Math.round(128 + (127 * kernel.values[((y * kw + x) * channels) * count + f]) / max);
      }
      texture.setGray(gray).commit();
    });
    return changed;
  }

  /** Lays out for a canvas `width` px wide; returns the height it needs. */
  layout(width: number): number {
    this.width = width;
    const perRow = Math.max(1, Math.floor((width + TILE_GAP) / (TILE + TILE_GAP)));
    this.filters.forEach(({ sprite }, i) => {
      sprite.position.set((i % perRow) * (TILE + TILE_GAP), FILTERS_TOP + Math.floor(i / perRow) * (TILE + TILE_GAP));
      sprite.width = sprite.height = TILE;
    });
    this.draw();
    const rows = Math.ceil(this.filters.length / perRow);
    return rows ? FILTERS_TOP + rows * (TILE + TILE_GAP) : CHART_HEIGHT;
  }

  /** Textures made by showFilters (the soak test counts the renderer's). */
  get textureCount(): number {
    return this.filters.length;
  }

  destroy(): void {
    this.setFilterCount(0, 1, 1);
    this.view.destroy({ children: true });
  }

  /** Keeps `count` tiles of kw × kh texels, making or freeing textures only when that changes (→ true). */
  private setFilterCount(count: number, kw: number, kh: number): boolean {
    const fits = this.filters.length === count && this.filters.every(({ texture }) => texture.width === kw && texture.height === kh);
    if (fits) return false;
    for (const { texture, sprite } of this.filters) {
      sprite.destroy();
      texture.destroy();
    }
    this.filters = Array.from({ length: count }, () => {
      const texture = new PixelTexture(kw, kh);
      const sprite = new Sprite(texture.texture);
      this.tiles.addChild(sprite);
      return { texture, sprite };
    });
    if (this.width > 0) this.layout(this.width);
    return true;
  }

  private draw(): void {
    const w = Math.max(1, this.width);
    const h = CHART_HEIGHT;
    this.frame.clear().rect(0.5, 0.5, w - 1, h - 1).stroke({ width: 1, color: GRID });
    const top = Math.max(1e-6, ...this.loss, ...this.valLoss) * 1.1;
    const x = (epoch: number) => PAD + ((w - 2 * PAD) * (epoch + 1)) / this.epochs;
    const y = (loss: number) => h - PAD - ((h - 2 * PAD) * loss) / top;
    this.curves.clear();
    const line = (values: number[], color: number) => {
      if (!values.length) return;
      this.curves.moveTo(x(0), y(values[0]));
      values.forEach((value, epoch) => this.curves.lineTo(x(epoch), y(value)));
      this.curves.stroke({ width: 2, color });
      values.forEach((value, epoch) => this.curves.circle(x(epoch), y(value), 3).fill(color));
    };
    line(this.valLoss, VALIDATION);
    line(this.loss, INK);
  }
}
