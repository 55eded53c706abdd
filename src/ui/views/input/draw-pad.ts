// A 28×28 drawing pad (DOM canvas, shown 8× with pixelated scaling): draw with the pointer, or with
// the keyboard (arrows move the pen, Space lifts/lowers it, Enter paints a dot, Delete erases), or
// load a picture, which is scaled to 28×28 gray and inverted when it has a light background.
import { h } from '../../framework/dom';
import { t, type MessageParams } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { fitRect, invert, looksLightBackground, paint, PIXELS, rgbaToGray, strokePoints } from './image-input';
import '../controls.css';
import './input.css';

const SIZE = 28;

export class DrawPad {
  readonly element: HTMLElement;
  readonly pixels = new Uint8Array(PIXELS);
  private readonly canvas = h('canvas', { width: SIZE, height: SIZE, tabindex: 0, id: 'draw-pad', role: 'img', 'aria-describedby': 'draw-pad-help draw-pad-status' });
  private readonly context = this.canvas.getContext('2d')!;
  private readonly image = new ImageData(SIZE, SIZE);
  private readonly help = h('p', { class: 'lv-draw-help', id: 'draw-pad-help' });
  private readonly status = h('p', { class: 'visually-hidden', id: 'draw-pad-status', 'aria-live': 'polite' });
  private readonly clearButton = h('button', { type: 'button', class: 'button button-quiet', id: 'draw-clear' });
  private readonly fileInput = h('input', { type: 'file', id: 'draw-upload', accept: 'image/*' });
  private readonly fileLabel = h('label', { for: 'draw-upload' });
  private readonly uploadNote = h('p', { class: 'lv-hint', id: 'draw-upload-note' });
  private cursor = { x: 14, y: 14 };
  private penDown = false;
  private focused = false;
  private last: { x: number; y: number } | null = null;
  private uploadMessage: [MessageKey, MessageParams?] | null = null;

  constructor(private readonly onChange: (pixels: Uint8Array) => void) {
    this.element = h(
      'div',
      { class: 'lv-draw' },
      this.canvas,
      h(
        'div',
        { class: 'lv-draw-side' },
        this.help,
        h('div', { class: 'lv-buttons' }, this.clearButton),
        h('div', { class: 'lv-field' }, this.fileLabel, this.fileInput),
        this.uploadNote,
        this.status,
      ),
    );
    this.canvas.addEventListener('pointerdown', (event) => {
      this.canvas.setPointerCapture(event.pointerId);
      this.last = this.toPixel(event);
      this.stroke(this.last, this.last, event.button === 2 || event.shiftKey);
    });
    this.canvas.addEventListener('pointermove', (event) => {
      if (!this.last) return;
      const point = this.toPixel(event);
      this.stroke(this.last, point, event.shiftKey);
      this.last = point;
    });
    const end = () => {
      if (!this.last) return;
      this.last = null;
      this.onChange(this.pixels);
    };
    this.canvas.addEventListener('pointerup', end);
    this.canvas.addEventListener('pointercancel', end);
    this.canvas.addEventListener('contextmenu', (event) => event.preventDefault());
    this.canvas.addEventListener('keydown', (event) => this.onKey(event));
    this.canvas.addEventListener('focus', () => {
      this.focused = true;
      this.render();
    });
    this.canvas.addEventListener('blur', () => {
      this.focused = false;
      this.render();
    });
    this.clearButton.addEventListener('click', () => {
      this.pixels.fill(0);
      this.render();
      this.onChange(this.pixels);
    });
    this.fileInput.addEventListener('change', () => {
      const file = this.fileInput.files?.[0];
      if (file) void this.load(file);
    });
    this.render();
  }

  private toPixel(event: PointerEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return { x: ((event.clientX - rect.left) / rect.width) * SIZE, y: ((event.clientY - rect.top) / rect.height) * SIZE };
  }

  private stroke(from: { x: number; y: number }, to: { x: number; y: number }, erase: boolean): void {
    paint(this.pixels, from.x, from.y, 1.2, erase);
    for (const [x, y] of strokePoints(from.x, from.y, to.x, to.y)) paint(this.pixels, x, y, 1.2, erase);
    this.render();
  }

  private onKey(event: KeyboardEvent): void {
    const step = event.shiftKey ? 3 : 1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    let changed = false;
    if (move) {
      const from = { x: this.cursor.x + 0.5, y: this.cursor.y + 0.5 };
      this.cursor = { x: clamp(this.cursor.x + move[0]), y: clamp(this.cursor.y + move[1]) };
      if (this.penDown) {
        this.stroke(from, { x: this.cursor.x + 0.5, y: this.cursor.y + 0.5 }, false);
        changed = true;
      }
    } else if (event.key === ' ') {
      this.penDown = !this.penDown;
      if (this.penDown) {
        paint(this.pixels, this.cursor.x + 0.5, this.cursor.y + 0.5);
        changed = true;
      }
    } else if (event.key === 'Enter') {
      paint(this.pixels, this.cursor.x + 0.5, this.cursor.y + 0.5);
      changed = true;
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      paint(this.pixels, this.cursor.x + 0.5, this.cursor.y + 0.5, 1.2, true);
      changed = true;
    } else {
      return;
    }
    event.preventDefault();
    this.render();
    this.announce();
    if (changed) this.onChange(this.pixels);
  }

  private announce(): void {
    this.status.textContent = t(this.penDown ? 'views.drawStatusDown' : 'views.drawStatusUp', { col: this.cursor.x + 1, row: this.cursor.y + 1 });
  }

  /** Scales a picture file into the pad (fit, centred; inverted when its background is light). */
  async load(file: Blob): Promise<void> {
    try {
      const bitmap = await createImageBitmap(file);
      const scratch = document.createElement('canvas');
      scratch.width = scratch.height = SIZE;
      const context = scratch.getContext('2d')!;
      const box = fitRect(bitmap.width, bitmap.height);
      context.imageSmoothingQuality = 'high';
      // Around the picture: the colour of its corner, so the margin matches its background.
      context.drawImage(bitmap, 0, 0, 1, 1, 0, 0, SIZE, SIZE);
      context.drawImage(bitmap, box.x, box.y, box.w, box.h);
      bitmap.close();
      let gray = rgbaToGray(context.getImageData(0, 0, SIZE, SIZE).data);
      const inverted = looksLightBackground(gray);
      if (inverted) gray = invert(gray);
      this.pixels.set(gray);
      this.uploadMessage = [inverted ? 'views.uploadInverted' : 'views.uploadLoaded'];
    } catch (error) {
      this.uploadMessage = ['views.uploadFailed', { detail: String((error as Error)?.message ?? error) }];
    }
    this.uploadNote.textContent = t(...this.uploadMessage);
    this.render();
    this.onChange(this.pixels);
  }

  /** Puts an image (28×28 u8) into the pad, e.g. a test image to edit. */
  set(pixels: ArrayLike<number>): void {
    this.pixels.set(pixels);
    this.render();
  }

  private render(): void {
    const d = this.image.data;
    for (let p = 0; p < PIXELS; p++) {
      d[p * 4] = d[p * 4 + 1] = d[p * 4 + 2] = this.pixels[p];
      d[p * 4 + 3] = 255;
    }
    this.context.putImageData(this.image, 0, 0);
    if (this.focused) {
      this.context.fillStyle = this.penDown ? '#e8590c' : '#f4c542';
      this.context.fillRect(this.cursor.x, this.cursor.y, 1, 1);
    }
  }

  translate(): void {
    this.canvas.setAttribute('aria-label', t('views.drawLabel'));
    this.help.textContent = t('views.drawHelp');
    this.clearButton.textContent = t('views.drawClear');
    this.fileLabel.textContent = t('views.uploadLabel');
    this.uploadNote.textContent = this.uploadMessage ? t(...this.uploadMessage) : '';
  }
}

const clamp = (v: number) => Math.min(SIZE - 1, Math.max(0, v));
