// The architecture picture: Pixi draws one slab per layer (architecture-layout.ts), coloured by
// kind; the text is DOM, one button per block laid over it (kind and output shape written on the
// block), so a block is chosen by click, touch or keyboard (one tab stop: ← / → / Home / End move,
// Enter or Space chooses). A layer whose shape is not known yet is a dashed outline.
import { Container, Graphics } from 'pixi.js';
import type { LayerKind } from '../../../shared/spec';
import { h } from '../../framework/dom';
import { t } from '../../i18n/i18n';
import { KIND_SHORT_NAMES } from '../editor/presets';
import { formatShape } from '../format';
import { architectureLayout, type ArchitectureLayout, type Block } from './architecture-layout';

const KIND_COLOURS: Readonly<Record<LayerKind | 'input', number>> = {
  input: 0x6b7280,
  conv2d: 0x0072b2,
  maxPool2d: 0x009e73,
  avgPool2d: 0x2a9d8f,
  channelMaxPool: 0xcc79a7,
  dropout: 0xe69f00,
  flatten: 0x56b4e9,
  dense: 0xd55e00,
};
const SELECTED = 0xf4c542;

export interface ArchitectureBlock {
  kind: LayerKind;
  /** Null when the layers above it do not work out yet. */
  shape: readonly number[] | null;
}

/** A slab's three visible faces: front, top and right side (the side one shade darker). */
function drawSlab(g: Graphics, b: Block, colour: number): void {
  g.rect(b.x, b.y, b.w, b.h).fill({ color: colour, alpha: 0.85 }).stroke({ width: 1, color: 0x1b1f24, alpha: 0.6 });
  if (b.depth <= 0) return;
  const d = b.depth;
  g.poly([b.x, b.y, b.x + d, b.y - d, b.x + b.w + d, b.y - d, b.x + b.w, b.y]).fill({ color: colour, alpha: 0.55 }).stroke({ width: 1, color: 0x1b1f24, alpha: 0.5 });
  g.poly([b.x + b.w, b.y, b.x + b.w + d, b.y - d, b.x + b.w + d, b.y + b.h - d, b.x + b.w, b.y + b.h]).fill({ color: colour, alpha: 0.7 }).stroke({ width: 1, color: 0x1b1f24, alpha: 0.5 });
}

function drawPlaceholder(g: Graphics, b: Block): void {
  for (let x = b.x; x < b.x + b.w; x += 8) g.moveTo(x, b.y).lineTo(Math.min(x + 4, b.x + b.w), b.y).moveTo(x, b.y + b.h).lineTo(Math.min(x + 4, b.x + b.w), b.y + b.h);
  for (let y = b.y; y < b.y + b.h; y += 8) g.moveTo(b.x, y).lineTo(b.x, Math.min(y + 4, b.y + b.h)).moveTo(b.x + b.w, y).lineTo(b.x + b.w, Math.min(y + 4, b.y + b.h));
  g.stroke({ width: 1.5, color: 0x9ca3af });
}

export class ArchitectureView {
  readonly view = new Container({ label: 'architecture' });
  readonly overlay = h('div', { class: 'sb-blocks', role: 'group' });
  private readonly graphics = new Graphics();
  private buttons: HTMLButtonElement[] = [];
  private blocks: ArchitectureBlock[] = [];
  private input: readonly number[] = [28, 28, 1];
  private layout: ArchitectureLayout | null = null;
  private width = 0;
  private selected = -1;
  private focusIndex = 0;

  constructor(private readonly onChoose: (layer: number) => void) {
    this.view.addChild(this.graphics);
  }

  /** The network to draw: the input shape and each layer's kind and output shape. */
  set(input: readonly number[], blocks: readonly ArchitectureBlock[]): void {
    this.input = input;
    this.blocks = [...blocks];
    if (this.buttons.length !== blocks.length + 1) this.makeButtons(blocks.length + 1);
    if (this.selected >= blocks.length) this.selected = -1;
    this.focusIndex = Math.min(this.focusIndex, blocks.length);
    this.translate();
    if (this.width > 0) this.resize(this.width);
  }

  /** Marks the chosen layer (−1: none). */
  select(layer: number): void {
    this.selected = layer;
    this.buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(layer >= 0 && i - 1 === layer)));
    this.draw();
  }

  resize(width: number): number {
    this.width = width;
    this.layout = architectureLayout(this.input, this.blocks.map((b) => b.shape), width);
    this.layout.hitBoxes.forEach((box, i) => {
      const style = this.buttons[i].style;
      style.left = `${box.x}px`;
      style.top = `${box.y}px`;
      style.width = `${box.w}px`;
      style.height = `${box.h}px`;
    });
    this.draw();
    return this.layout.height;
  }

  translate(): void {
    this.overlay.setAttribute('aria-label', t('sandbox.pictureBlocks'));
    this.buttons.forEach((button, i) => {
      const block = this.blocks[i - 1];
      const kind = i === 0 ? t('sandbox.pictureInput') : t('sandbox.pictureLayer', { n: i, kind: t(KIND_SHORT_NAMES[block.kind]) });
      const shape = i === 0 ? formatShape(this.input) : block.shape ? formatShape(block.shape) : '?';
      button.replaceChildren(h('span', { class: 'sb-block-kind' }, kind), h('span', { class: 'sb-block-shape' }, shape));
      button.dataset.shape = shape;
    });
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }

  private makeButtons(count: number): void {
    this.buttons = Array.from({ length: count }, (_, i) => {
      const button = h('button', { type: 'button', class: 'sb-block', 'data-layer': i - 1, 'aria-pressed': 'false', tabindex: i === this.focusIndex ? 0 : -1 });
      button.addEventListener('click', () => {
        this.focusIndex = i;
        this.onChoose(i - 1);
      });
      button.addEventListener('keydown', (event) => this.onKey(event, i));
      return button;
    });
    this.overlay.replaceChildren(...this.buttons);
  }

  private onKey(event: KeyboardEvent, i: number): void {
    const last = this.buttons.length - 1;
    const target = { ArrowRight: Math.min(last, i + 1), ArrowDown: Math.min(last, i + 1), ArrowLeft: Math.max(0, i - 1), ArrowUp: Math.max(0, i - 1), Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.buttons[i].tabIndex = -1;
    this.focusIndex = target;
    this.buttons[target].tabIndex = 0;
    this.buttons[target].focus();
  }

  private draw(): void {
    const layout = this.layout;
    const g = this.graphics.clear();
    if (!layout) return;
    layout.blocks.forEach((b, i) => {
      const kind = i === 0 ? 'input' : this.blocks[i - 1].kind;
      const known = i === 0 || this.blocks[i - 1].shape !== null;
      if (known) drawSlab(g, b, KIND_COLOURS[kind]);
      else drawPlaceholder(g, b);
      if (b.index === this.selected && this.selected >= 0) {
        g.rect(b.x - 4, b.y - b.depth - 4, b.w + b.depth + 8, b.h + b.depth + 8).stroke({ width: 3, color: SELECTED });
      }
    });
  }
}
