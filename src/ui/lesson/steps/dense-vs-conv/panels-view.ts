// The two pictures of "Why not dense?": the same 28×28 image twice, each with the 1×3 window on
// it. Left, a dense layer: every pixel has its own weight (a colour wash), so the window meets
// three weights of its own wherever it goes. Right, the convolution: the same three weights (w1,
// w2, w3, one colour each) follow the window everywhere. Drawn in image pixels, scaled by `cell`.
import { Container, Graphics, Sprite, Texture, TextureSource } from 'pixi.js';
import { IMAGE_SIZE } from '../../../../data/idx';
import { h } from '../../../framework/dom';
import type { BoundTexts } from '../../../i18n/bound-texts';
import { grayToRgba } from '../../../views/image-atlas';
import { pixelWeightHue, windowAt } from './model';

/** The shared weights' colours (ColorBrewer Dark2: distinct for colour-blind viewers too). */
const SHARED_COLORS = [0xd95f02, 0x1b9e77, 0x7570b3] as const;
const SHARED_CSS = ['#d95f02', '#1b9e77', '#7570b3'] as const;

interface Panel {
  root: Container;
  window: Graphics;
}

/** The legend of the shared weights: a swatch and "w1", "w2", "w3". */
export function sharedWeightsLegend(texts: BoundTexts): HTMLUListElement {
  const legend = h('ul', { class: 'dvc-legend' });
  for (let i = 0; i < SHARED_CSS.length; i++) {
    const swatch = h('span', { class: 'dvc-swatch', 'aria-hidden': 'true' });
    swatch.style.background = SHARED_CSS[i];
    legend.append(h('li', {}, swatch, texts.set(h('span'), 'stepDenseVsConv.weightName', { n: i + 1 })));
  }
  return legend;
}

export class DenseVsConvPanels {
  readonly view = new Container({ label: 'dense-vs-conv' });
  private dense?: Panel;
  private conv?: Panel;
  private cell = 8;
  private position = 0;

  constructor(
    private readonly kernel: readonly [number, number],
    private readonly outWidth: number,
  ) {}

  /** Image `index` of `images` (N×28×28 u8) in both panels. */
  setImage(images: Uint8Array, index: number): void {
    this.dense = this.buildPanel(images, index, true);
    this.conv = this.buildPanel(images, index, false);
  }

  setPosition(position: number): void {
    this.position = position;
    this.drawWindows();
  }

  /** The panels side by side, each at a whole number of px per image pixel; returns the height. */
  resize(width: number): number {
    this.cell = Math.max(4, Math.min(12, Math.floor((width / 2 - 16) / IMAGE_SIZE)));
    const size = this.cell * IMAGE_SIZE;
    const half = width / 2;
    [this.dense!, this.conv!].forEach((panel, i) => {
      panel.root.position.set(Math.round(i * half + (half - size) / 2), 0);
      panel.root.scale.set(this.cell);
    });
    this.drawWindows();
    return size;
  }

  destroy(): void {
    this.view.destroy({ children: true, texture: true, textureSource: true });
  }

  /** The image (1 unit = 1 pixel; the panel is scaled by the cell size), grid lines, the window. */
  private buildPanel(images: Uint8Array, index: number, dense: boolean): Panel {
    const root = new Container({ label: dense ? 'dense-panel' : 'conv-panel' });
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = IMAGE_SIZE;
    const context2d = canvas.getContext('2d')!;
    const pixels = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
    grayToRgba(images, index, pixels.data);
    context2d.putImageData(pixels, 0, 0);
    if (dense) {
      // Every pixel's own weight, as a faint colour wash over the image.
      context2d.globalAlpha = 0.3;
      for (let p = 0; p < IMAGE_SIZE * IMAGE_SIZE; p++) {
        context2d.fillStyle = `hsl(${pixelWeightHue(p)} 80% 55%)`;
        context2d.fillRect(p % IMAGE_SIZE, Math.floor(p / IMAGE_SIZE), 1, 1);
      }
    }
    const source = TextureSource.from(canvas);
    source.scaleMode = 'nearest';
    root.addChild(new Sprite(new Texture({ source })));
    const grid = new Graphics();
    for (let i = 0; i <= IMAGE_SIZE; i++) {
      grid.moveTo(i, 0).lineTo(i, IMAGE_SIZE);
      grid.moveTo(0, i).lineTo(IMAGE_SIZE, i);
    }
    grid.stroke({ width: 0.04, color: 0x808080, alpha: 0.6 });
    root.addChild(grid);
    const window = new Graphics();
    root.addChild(window);
    this.view.addChild(root);
    return { root, window };
  }

  private drawWindows(): void {
    const { row, col } = windowAt(this.position, this.outWidth);
    const [kh, kw] = this.kernel;
    for (const [panel, dense] of [[this.dense, true], [this.conv, false]] as const) {
      if (!panel) continue;
      const g = panel.window.clear();
      for (let dy = 0; dy < kh; dy++) {
        for (let dx = 0; dx < kw; dx++) {
          const pixel = (row + dy) * IMAGE_SIZE + col + dx;
          const color = dense ? `hsl(${pixelWeightHue(pixel)} 80% 50%)` : SHARED_COLORS[(dy * kw + dx) % SHARED_COLORS.length];
          g.rect(col + dx, row + dy, 1, 1).fill({ color, alpha: 0.85 });
        }
      }
      g.rect(col, row, kw, kh).stroke({ width: 4 / this.cell, color: 0xf4c542, alignment: 0 });
    }
  }
}
