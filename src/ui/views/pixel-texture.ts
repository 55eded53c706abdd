// A small bitmap (one texel per image pixel or feature-map cell) as a Pixi texture, drawn with
// nearest-neighbour scaling so every cell stays a crisp square. Rewrite its pixels and call
// `commit()`; `destroy()` frees the texture and its source.
import { Texture, TextureSource } from 'pixi.js';

export type Rgba = readonly [number, number, number, number];

export class PixelTexture {
  readonly texture: Texture;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly image: ImageData;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.width = Math.max(1, width);
    this.canvas.height = Math.max(1, height);
    this.context = this.canvas.getContext('2d')!;
    this.image = this.context.createImageData(this.canvas.width, this.canvas.height);
    const source = TextureSource.from(this.canvas);
    source.scaleMode = 'nearest';
    this.texture = new Texture({ source });
  }

  /** RGBA bytes, row-major; write then commit(). */
  get data(): Uint8ClampedArray {
    return this.image.data;
  }

  set(index: number, [r, g, b, a]: Rgba): void {
    const d = this.image.data;
    d[index * 4] = r;
    d[index * 4 + 1] = g;
    d[index * 4 + 2] = b;
    d[index * 4 + 3] = a;
  }

  /** Gray levels 0..255 (opaque). */
  setGray(gray: ArrayLike<number>): this {
    const d = this.image.data;
    for (let p = 0; p < this.width * this.height; p++) {
      const v = gray[p];
      d[p * 4] = d[p * 4 + 1] = d[p * 4 + 2] = v;
      d[p * 4 + 3] = 255;
    }
    return this;
  }

  /** Uploads the pixels. */
  commit(): void {
    this.context.putImageData(this.image, 0, 0);
    this.texture.source.update();
  }

  destroy(): void {
    this.texture.destroy(true);
  }
}

/** The gray of an activation `value` on a map whose largest value is `max` (0 and below black). */
export function activationGray(value: number, max: number): number {
  return max > 1e-12 ? Math.round(Math.min(1, Math.max(0, value / max)) * 255) : 0;
}
