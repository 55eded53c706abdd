// What a network makes of one image, layer by layer: the input, every image-shaped layer as a grid
// of channel maps (FeatureGridView), and a flat layer as one long strip of values, wrapped to the
// canvas width. Captions and tile labels are DOM, placed from `placement`.
import { Container, Sprite } from 'pixi.js';
import type { ChannelState } from './activations';
import { FeatureGridView } from './feature-grid-view';
import { FeatureZoom } from './feature-zoom';
import { gridLayout, type GridTile } from './grid-layout';
import { activationGray, PixelTexture } from '../pixel-texture';

export interface StackLayer {
  index: number;
  /** [h, w, c] → a grid; [n] → a strip. */
  shape: readonly number[];
}

export interface StackPlacement {
  height: number;
  input: GridTile;
  /** Where each layer's caption goes (above its picture), by layer index. */
  captions: Map<number, { x: number; y: number; width: number }>;
  inputCaption: { x: number; y: number; width: number };
  tiles: Map<number, GridTile[]>;
}

const CAPTION = 24;
const SECTION_GAP = 16;
/** A flat layer: each value a STRIP_W × STRIP_H px bar. */
const STRIP_W = 2;
const STRIP_H = 6;

interface Strip {
  texture: PixelTexture;
  sprite: Sprite;
}

export class LayerStackView {
  readonly view = new Container();
  /** − / + and pinch: maps per row (the owner places zoom.element and calls zoom.pinchOn). */
  readonly zoom = new FeatureZoom();
  private readonly inputTexture = new PixelTexture(28, 28);
  private readonly inputSprite = new Sprite(this.inputTexture.texture);
  private readonly grids = new Map<number, FeatureGridView>();
  private readonly strips = new Map<number, Strip>();
  private stripWidth = 0;
  private lastStripValues = new Map<number, ArrayLike<number>>();

  constructor(private readonly layers: readonly StackLayer[]) {
    this.view.addChild(this.inputSprite);
    for (const layer of layers) {
      if (layer.shape.length === 3) {
        const grid = new FeatureGridView();
        this.grids.set(layer.index, grid);
        this.view.addChild(grid.view);
      }
    }
  }

  setInput(pixels: ArrayLike<number>): void {
    this.inputTexture.setGray(pixels).commit();
  }

  /** Draws each shown layer's activation; returns the channel states of the grid layers. */
  setActivations(activations: readonly { layer: number; shape: readonly number[]; values: ArrayLike<number> }[]): Map<number, ChannelState[]> {
    const states = new Map<number, ChannelState[]>();
    for (const a of activations) {
      const grid = this.grids.get(a.layer);
      if (grid) states.set(a.layer, grid.setActivation(a.values, a.shape));
      if (this.layers.some((l) => l.index === a.layer && l.shape.length === 1)) {
        this.lastStripValues.set(a.layer, a.values);
        this.drawStrip(a.layer);
      }
    }
    return states;
  }

  grid(layer: number): FeatureGridView | undefined {
    return this.grids.get(layer);
  }

  markInactive(marked: boolean): void {
    for (const grid of this.grids.values()) grid.markInactive(marked);
  }

  /** Lays the input beside the first grid (below it when narrow), the rest underneath. */
  resize(width: number): StackPlacement {
    const wide = width >= 620;
    const inputSize = wide ? 140 : 112;
    const input = { x: 0, y: CAPTION, w: inputSize, h: inputSize };
    this.inputSprite.position.set(input.x, input.y);
    this.inputSprite.width = this.inputSprite.height = inputSize;
    const captions = new Map<number, { x: number; y: number; width: number }>();
    const tiles = new Map<number, GridTile[]>();
    let y = wide ? 0 : CAPTION + inputSize + SECTION_GAP;
    let bottom = CAPTION + inputSize;
    this.stripWidth = Math.max(1, Math.floor(width / STRIP_W));
    this.layers.forEach((layer, i) => {
      const besideInput = wide && i === 0;
      const x = besideInput ? inputSize + 24 : 0;
      const available = width - x;
      captions.set(layer.index, { x, y, width: available });
      if (layer.shape.length === 3) {
        const [h, w, c] = layer.shape;
        const layout = gridLayout(x, y + CAPTION, available, c, h, w, this.zoom.grid);
        this.grids.get(layer.index)!.place(layout.tiles);
        tiles.set(layer.index, layout.tiles);
        y += CAPTION + layout.height;
      } else {
        const rows = Math.ceil(layer.shape[0] / this.stripWidth);
        this.drawStrip(layer.index);
        const strip = this.strips.get(layer.index);
        strip?.sprite.position.set(x, y + CAPTION);
        y += CAPTION + rows * STRIP_H;
      }
      bottom = Math.max(bottom, y);
      y = Math.max(y, besideInput ? CAPTION + inputSize : y) + SECTION_GAP;
    });
    return { height: bottom + 4, input, inputCaption: { x: 0, y: 0, width: inputSize }, captions, tiles };
  }

  /** The flat values wrapped into rows of `stripWidth`, scaled by the largest one. */
  private drawStrip(layer: number): void {
    const values = this.lastStripValues.get(layer);
    const n = this.layers.find((l) => l.index === layer)!.shape[0];
    const perRow = this.stripWidth || 1;
    const rows = Math.ceil(n / perRow);
    let strip = this.strips.get(layer);
    if (!strip || strip.texture.width !== perRow || strip.texture.height !== rows) {
      const texture = new PixelTexture(perRow, rows);
      if (strip) {
        strip.sprite.texture = texture.texture;
        strip.texture.destroy();
        strip.texture = texture;
      } else {
        strip = { texture, sprite: new Sprite(texture.texture) };
        this.strips.set(layer, strip);
        this.view.addChild(strip.sprite);
      }
      strip.sprite.width = perRow * STRIP_W;
      strip.sprite.height = rows * STRIP_H;
    }
    let max = 0;
    if (values) for (let i = 0; i < n; i++) max = Math.max(max, values[i]);
    for (let i = 0; i < perRow * rows; i++) {
      const g = values && i < n ? activationGray(values[i], max) : 0;
      strip.texture.set(i, i < n ? [g, g, g, 255] : [0, 0, 0, 0]);
    }
    strip.texture.commit();
  }

  destroy(): void {
    this.zoom.destroy();
    this.inputTexture.destroy();
    for (const grid of this.grids.values()) grid.destroy();
    for (const strip of this.strips.values()) strip.texture.destroy();
    this.view.destroy({ children: true });
  }
}
