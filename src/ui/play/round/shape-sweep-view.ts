// The picture of a "stride and shape" round: an n × n input (its zero padding shaded) with the
// window stepping across it by the stride, over and over; after the answer, the output grid it
// makes appears beside it. Positions come from the kernel slide's pure geometry (conv-slide.ts).
import { Container, Graphics } from 'pixi.js';
import { convLayout, slideDuration, windowFrame, type ConvLayout } from '../../views/kernel-slide/conv-slide';
import type { ShapeQuestion } from '../game/round-spec';

const COLOURS = { cell: 0xf1f5f9, line: 0x9ca3af, padding: 0xfff3bf, window: 0xe8590c, output: 0x1f3a5f };
/** Window positions per second, and the rest at the end of each pass. */
const SPEED = 6;
const HOLD_MS = 700;

export class ShapeSweepView {
  readonly view = new Container();
  private readonly grid = new Graphics();
  private readonly window = new Graphics();
  private readonly output = new Graphics();
  private readonly conv: ConvLayout;
  private box = { x: 0, y: 0, size: 200 };

  constructor(question: ShapeQuestion) {
    this.conv = convLayout({ inH: question.input, inW: question.input, kh: question.window, kw: question.window, stride: question.stride, padding: question.padding });
    this.view.addChild(this.grid, this.output, this.window);
  }

  /** Cells across the input with its padding. */
  private get span(): number {
    const c = this.conv;
    return Math.max(c.inW + c.padLeft + c.padRight, c.inH + c.padTop + c.padBottom);
  }

  private get cell(): number {
    return this.box.size / this.span;
  }

  setBox(box: { x: number; y: number; size: number }): void {
    this.box = box;
    const c = this.conv;
    const cell = this.cell;
    const left = box.x;
    const top = box.y;
    const g = this.grid.clear();
    g.rect(left, top, (c.inW + c.padLeft + c.padRight) * cell, (c.inH + c.padTop + c.padBottom) * cell).fill({ color: COLOURS.padding });
    g.rect(left + c.padLeft * cell, top + c.padTop * cell, c.inW * cell, c.inH * cell).fill({ color: COLOURS.cell });
    if (cell >= 4) {
      for (let i = 0; i <= c.inW; i++) g.moveTo(left + (c.padLeft + i) * cell, top + c.padTop * cell).lineTo(left + (c.padLeft + i) * cell, top + (c.padTop + c.inH) * cell);
      for (let j = 0; j <= c.inH; j++) g.moveTo(left + c.padLeft * cell, top + (c.padTop + j) * cell).lineTo(left + (c.padLeft + c.inW) * cell, top + (c.padTop + j) * cell);
      g.stroke({ width: 1, color: COLOURS.line, alpha: 0.6 });
    }
  }

  /** The window at `timeMs` (looping); with `revealed`, the output grid beside the input. */
  draw(timeMs: number, revealed: boolean): void {
    const c = this.conv;
    const cell = this.cell;
    const pass = slideDuration(c.positions, SPEED) + HOLD_MS;
    const frame = windowFrame(c, timeMs % pass, SPEED);
    const x = this.box.x + (frame.x + c.padLeft) * cell;
    const y = this.box.y + (frame.y + c.padTop) * cell;
    this.window.clear().rect(x, y, c.kw * cell, c.kh * cell).fill({ color: COLOURS.window, alpha: 0.2 }).stroke({ width: 2, color: COLOURS.window });
    const g = this.output.clear();
    if (!revealed) return;
    // The output: outW × outH cells at the input's cell size, right of the input.
    const left = this.box.x + this.span * cell + 24;
    g.rect(left, this.box.y, c.outW * cell, c.outH * cell).fill({ color: COLOURS.output, alpha: 0.15 }).stroke({ width: 2, color: COLOURS.output });
    g.rect(left + frame.col * cell, this.box.y + frame.row * cell, cell, cell).fill({ color: COLOURS.window, alpha: 0.6 });
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
