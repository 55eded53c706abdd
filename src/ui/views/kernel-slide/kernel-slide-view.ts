// The kernel slide: the input image with its zero padding, the kernel window on it, and the
// output feature map filling in cell by cell, both drawn at the same cell size so the stride is
// visible. All state comes from outside (the timeline); this only draws.
import { Container, Graphics, Sprite } from 'pixi.js';
import type { ConvLayout, WindowFrame } from './conv-slide';
import { kernelSlideLayout, positionAt, type KernelSlideLayout } from './layout';
import { gridLines } from '../grid-lines';
import { activationGray, PixelTexture } from '../pixel-texture';

const COLORS = {
  padding: 0xfff3bf,
  outputBackground: 0xe5e7eb,
  window: 0xe8590c,
};

export class KernelSlideView {
  readonly view = new Container();
  private readonly inputFrame = new Graphics();
  private readonly inputTexture = new PixelTexture(28, 28);
  private readonly inputSprite = new Sprite(this.inputTexture.texture);
  private readonly inputGrid = new Graphics();
  private readonly outputFrame = new Graphics();
  private outputTexture = new PixelTexture(1, 1);
  private readonly outputSprite = new Sprite(this.outputTexture.texture);
  private readonly windowBox = new Graphics();
  private readonly link = new Graphics();
  private readonly outputMarker = new Graphics();
  private conv?: ConvLayout;
  private frame?: WindowFrame;
  private box: KernelSlideLayout = kernelSlideLayout(800);
  private outputShown = true;

  /** `reservedPad`: padding cells kept around the image (the largest 'same' padding the owner offers). */
  constructor(private readonly reservedPad?: number) {
    this.view.addChild(this.inputFrame, this.inputSprite, this.inputGrid, this.outputFrame, this.outputSprite, this.link, this.windowBox, this.outputMarker);
  }

  get layout(): KernelSlideLayout {
    return this.box;
  }

  /** The 28×28 u8 input image. */
  setImage(pixels: ArrayLike<number>): void {
    this.inputTexture.setGray(pixels).commit();
  }

  setConv(conv: ConvLayout): void {
    this.conv = conv;
    if (this.outputTexture.width !== conv.outW || this.outputTexture.height !== conv.outH) {
      const old = this.outputTexture;
      this.outputTexture = new PixelTexture(conv.outW, conv.outH);
      this.outputSprite.texture = this.outputTexture.texture;
      old.destroy();
    }
    this.drawFrames();
  }

  /**
   * The first `filled` output cells, gray scaled by `max` (the map's largest value, so a cell's
   * shade does not change as the rest fills in); the others show the empty background.
   */
  setOutput(values: ArrayLike<number>, filled: number, max: number): void {
    const texture = this.outputTexture;
    for (let p = 0; p < texture.width * texture.height; p++) {
      const g = activationGray(values[p], max);
      texture.set(p, p < filled ? [g, g, g, 255] : [0, 0, 0, 0]);
    }
    texture.commit();
  }

  /** Hides the output map (until the learner has predicted its size). */
  showOutput(shown: boolean): void {
    this.outputShown = shown;
    this.outputFrame.visible = this.outputSprite.visible = this.outputMarker.visible = this.link.visible = shown;
  }

  setFrame(frame: WindowFrame): void {
    this.frame = frame;
    this.drawWindow();
  }

  resize(width: number): number {
    this.box = kernelSlideLayout(width, this.reservedPad);
    const { cell, image, output } = this.box;
    this.inputSprite.position.set(image.x, image.y);
    this.inputSprite.width = this.inputSprite.height = 28 * cell;
    this.outputSprite.position.set(output.x, output.y);
    this.drawFrames();
    this.drawWindow();
    return this.box.height;
  }

  private drawFrames(): void {
    const conv = this.conv;
    if (!conv) return;
    const { cell, image, output } = this.box;
    const left = image.x - conv.padLeft * cell;
    const top = image.y - conv.padTop * cell;
    const cols = conv.inW + conv.padLeft + conv.padRight;
    const rows = conv.inH + conv.padTop + conv.padBottom;
    const g = this.inputFrame.clear();
    if (cols > conv.inW || rows > conv.inH) g.rect(left, top, cols * cell, rows * cell).fill({ color: COLORS.padding });
    gridLines(this.inputGrid.clear(), left, top, cols, rows, cell);
    this.outputSprite.width = conv.outW * cell;
    this.outputSprite.height = conv.outH * cell;
    const o = this.outputFrame.clear();
    o.rect(output.x, output.y, conv.outW * cell, conv.outH * cell).fill({ color: COLORS.outputBackground });
    gridLines(o, output.x, output.y, conv.outW, conv.outH, cell);
    this.showOutput(this.outputShown);
  }

  private drawWindow(): void {
    const conv = this.conv;
    const frame = this.frame;
    if (!conv || !frame) return;
    const { cell, image, output } = this.box;
    const x = image.x + frame.x * cell;
    const y = image.y + frame.y * cell;
    const w = conv.kw * cell;
    const h = conv.kh * cell;
    this.windowBox.clear().rect(x, y, w, h).fill({ color: COLORS.window, alpha: 0.18 }).stroke({ width: 3, color: COLORS.window, alignment: 0.5 });
    const ox = output.x + frame.col * cell;
    const oy = output.y + frame.row * cell;
    this.outputMarker.clear().rect(ox, oy, cell, cell).stroke({ width: 3, color: COLORS.window, alignment: 0.5 });
    this.link.clear().moveTo(x + w, y + h / 2).lineTo(ox, oy + cell / 2).stroke({ width: 1.5, color: COLORS.window, alpha: 0.7 });
  }

  /**
   * Scrubbing by finger, pen or mouse: a press or drag on `host` (the canvas host) over the input
   * or the output seeks to the window there. Horizontal drags are the view's (touch-action: pan-y,
   * responsive.css), vertical ones still scroll the page. Returns the detach function.
   */
  scrubWith(host: HTMLElement, onSeek: (position: number) => void): () => void {
    host.dataset.touch = 'scrub';
    let dragging: number | null = null;
    const seekTo = (event: PointerEvent) => {
      const canvas = host.querySelector('canvas');
      if (!this.conv || !canvas) return;
      const rect = canvas.getBoundingClientRect();
      const position = positionAt(this.box, this.conv, event.clientX - rect.left, event.clientY - rect.top);
      if (position !== null) onSeek(position);
    };
    const down = (event: PointerEvent) => {
      if (!event.isPrimary || event.button !== 0 || !(event.target instanceof HTMLCanvasElement)) return;
      dragging = event.pointerId;
      host.setPointerCapture?.(event.pointerId);
      seekTo(event);
    };
    const move = (event: PointerEvent) => {
      if (event.pointerId === dragging) seekTo(event);
    };
    const up = (event: PointerEvent) => {
      if (event.pointerId === dragging) dragging = null;
    };
    host.addEventListener('pointerdown', down);
    host.addEventListener('pointermove', move);
    host.addEventListener('pointerup', up);
    host.addEventListener('pointercancel', up);
    return () => {
      host.removeEventListener('pointerdown', down);
      host.removeEventListener('pointermove', move);
      host.removeEventListener('pointerup', up);
      host.removeEventListener('pointercancel', up);
      delete host.dataset.touch;
    };
  }

  destroy(): void {
    this.inputTexture.destroy();
    this.outputTexture.destroy();
    this.view.destroy({ children: true });
  }
}
