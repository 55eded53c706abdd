// The channel max-pool drawn: the 20 channel maps with the current pixel marked, the stack of the
// 20 values at that pixel as bars (the maximum lit up), and the 28×28×1 channel-max output filling
// in. The frame (pixel, phase, progress) comes from the pure timeline; this only draws it.
import { Container, Graphics, Sprite } from 'pixi.js';
import type { ChannelMaxFrame } from './channel-max';
import { channelStackAt } from './channel-max';
import { FeatureGridView } from '../feature-maps/feature-grid-view';
import { gridLayout, type GridTile } from '../feature-maps/grid-layout';
import { gridLines } from '../grid-lines';
import { activationGray, PixelTexture } from '../pixel-texture';

const CAPTION = 24;
const GAP = 20;
const COLORS = { marker: 0xe8590c, bar: 0x64748b, max: 0xe8590c, outputBackground: 0xe5e7eb, axis: 0x9ca3af };

export interface ChannelMaxPlacement {
  height: number;
  captions: { grid: Box; stack: Box; output: Box };
  tiles: GridTile[];
}

interface Box {
  x: number;
  y: number;
  width: number;
}

const easeOut = (u: number) => 1 - (1 - u) * (1 - u);

export class ChannelMaxView {
  readonly view = new Container();
  private readonly grid = new FeatureGridView();
  private readonly markers = new Graphics();
  private readonly bars = new Graphics();
  private readonly outputFrame = new Graphics();
  private readonly outputTexture = new PixelTexture(28, 28);
  private readonly outputSprite = new Sprite(this.outputTexture.texture);
  private readonly outputMarker = new Graphics();
  private readonly drop = new Graphics();
  private values: ArrayLike<number> = new Float32Array(28 * 28 * 20);
  private shape: readonly number[] = [28, 28, 20];
  private output: ArrayLike<number> = new Float32Array(784);
  private max = 0;
  private frame?: ChannelMaxFrame;
  private filledShown = -1;
  private tiles: GridTile[] = [];
  private stackBox = { x: 0, y: 0, w: 100, h: 100 };
  private outputBox = { x: 0, y: 0, cell: 4 };

  constructor() {
    this.view.addChild(this.grid.view, this.markers, this.bars, this.outputFrame, this.outputSprite, this.outputMarker, this.drop);
  }

  /** An (h, w, c) activation and its channel max (h·w values). */
  setData(values: ArrayLike<number>, shape: readonly number[], output: ArrayLike<number>): void {
    this.values = values;
    this.shape = shape;
    this.output = output;
    this.max = 0;
    for (let i = 0; i < values.length; i++) this.max = Math.max(this.max, values[i]);
    this.grid.setActivation(values, shape);
    this.filledShown = -1;
    if (this.frame) this.setFrame(this.frame);
  }

  setFrame(frame: ChannelMaxFrame): void {
    this.frame = frame;
    const [h, w] = this.shape;
    if (frame.filled !== this.filledShown) {
      this.filledShown = frame.filled;
      for (let p = 0; p < h * w; p++) {
        const g = activationGray(this.output[p], this.max);
        this.outputTexture.set(p, p < frame.filled ? [g, g, g, 255] : [0, 0, 0, 0]);
      }
      this.outputTexture.commit();
    }
    const stack = channelStackAt(this.values, this.shape, frame.pixel);
    // The current pixel on every channel map and on the output.
    const m = this.markers.clear();
    for (const tile of this.tiles) {
      const cw = tile.w / w;
      const ch = tile.h / h;
      m.rect(tile.x + stack.x * cw - 1, tile.y + stack.y * ch - 1, cw + 2, ch + 2).stroke({ width: 2, color: COLORS.marker });
    }
    const { x: ox, y: oy, cell } = this.outputBox;
    this.outputMarker.clear().rect(ox + stack.x * cell, oy + stack.y * cell, cell, cell).stroke({ width: 2, color: COLORS.marker, alignment: 0.5 });
    // The stack: one bar per channel, growing in, then the maximum lit up.
    const grow = frame.phase === 'stack' ? easeOut(frame.progress) : 1;
    const lit = frame.phase !== 'stack';
    const { x, y, w: bw, h: bh } = this.stackBox;
    const c = stack.values.length;
    const rowH = bh / c;
    const b = this.bars.clear();
    b.moveTo(x, y).lineTo(x, y + bh).stroke({ width: 1, color: COLORS.axis });
    stack.values.forEach((v, k) => {
      const length = this.max > 0 ? (Math.max(0, v) / this.max) * bw * grow : 0;
      const isMax = lit && k === stack.argmax;
      if (length > 0.5) b.rect(x + 1, y + k * rowH + 1, length, Math.max(1, rowH - 2)).fill({ color: isMax ? COLORS.max : COLORS.bar });
      if (isMax) b.rect(x, y + k * rowH, bw, rowH).stroke({ width: 1.5, color: COLORS.max });
    });
    // The maximum travels from its bar to the output pixel.
    const d = this.drop.clear();
    if (frame.phase === 'drop' && frame.progress < 1) {
      const u = easeOut(frame.progress);
      const fromX = x + (this.max > 0 ? (Math.max(0, stack.max) / this.max) * bw : 0);
      const fromY = y + stack.argmax * rowH + rowH / 2;
      const toX = ox + stack.x * cell + cell / 2;
      const toY = oy + stack.y * cell + cell / 2;
      const size = Math.max(6, cell);
      d.rect(fromX + (toX - fromX) * u - size / 2, fromY + (toY - fromY) * u - size / 2, size, size).fill({ color: COLORS.max, alpha: 0.85 });
    }
  }

  /** Three columns when wide (maps | stack | output), else the maps above the other two. */
  resize(width: number): ChannelMaxPlacement {
    const wide = width >= 640;
    const gridWidth = wide ? Math.floor(width * 0.4) : Math.min(width, 420);
    const [h, w, c] = this.shape;
    const layout = gridLayout(0, CAPTION, gridWidth, c, h, w, { columns: 5, gap: 4, labelHeight: 0, maxTileWidth: 84 });
    this.tiles = layout.tiles;
    this.grid.place(layout.tiles);
    const top = wide ? CAPTION : CAPTION + layout.height + GAP + CAPTION;
    const rest = wide ? width - gridWidth - GAP : width;
    const restX = wide ? gridWidth + GAP : 0;
    const stackWidth = Math.floor((rest - GAP) * 0.45);
    const cell = Math.max(3, Math.min(10, Math.floor((rest - GAP - stackWidth) / 28)));
    const outputX = restX + stackWidth + GAP;
    this.outputBox = { x: outputX, y: top, cell };
    this.stackBox = { x: restX, y: top, w: stackWidth - 8, h: 28 * cell };
    this.outputSprite.position.set(outputX, top);
    this.outputSprite.width = this.outputSprite.height = 28 * cell;
    const f = this.outputFrame.clear().rect(outputX, top, 28 * cell, 28 * cell).fill({ color: COLORS.outputBackground });
    gridLines(f, outputX, top, 28, 28, cell);
    if (this.frame) this.setFrame(this.frame);
    const bottom = Math.max(top + 28 * cell, wide ? CAPTION + layout.height : 0);
    return {
      height: bottom + 4,
      captions: {
        grid: { x: 0, y: 0, width: gridWidth },
        stack: { x: restX, y: top - CAPTION, width: stackWidth + GAP - 4 },
        output: { x: outputX, y: top - CAPTION, width: width - outputX },
      },
      tiles: layout.tiles,
    };
  }

  destroy(): void {
    this.outputTexture.destroy();
    this.grid.destroy();
    this.view.destroy({ children: true });
  }
}
