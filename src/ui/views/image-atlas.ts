// One canvas holding many 28×28 grayscale images side by side (a texture atlas): uploaded once,
// then each image is a frame of the same texture. Pixels are shown as stored (0 = black).
import { IMAGE_SIZE } from '../../data/idx';

const PIXELS = IMAGE_SIZE * IMAGE_SIZE;

/** RGBA bytes of image `index` of `images` ((N,28,28) u8): gray → (v, v, v, 255). */
export function grayToRgba(images: Uint8Array, index: number, out = new Uint8ClampedArray(PIXELS * 4)): Uint8ClampedArray {
  const src = images.subarray(index * PIXELS, (index + 1) * PIXELS);
  for (let p = 0; p < PIXELS; p++) {
    const v = src[p];
    out[p * 4] = v;
    out[p * 4 + 1] = v;
    out[p * 4 + 2] = v;
    out[p * 4 + 3] = 255;
  }
  return out;
}

export interface ImageAtlas {
  canvas: HTMLCanvasElement;
  /** Top-left of each image in the atlas, in `indices` order. */
  frames: { x: number; y: number }[];
}

/** Draws images `indices` of `images` into a canvas, `columns` per row. */
export function buildImageAtlas(images: Uint8Array, indices: readonly number[], columns = 16): ImageAtlas {
  const rows = Math.ceil(indices.length / columns);
  const canvas = document.createElement('canvas');
  canvas.width = Math.min(columns, indices.length) * IMAGE_SIZE;
  canvas.height = rows * IMAGE_SIZE;
  const context = canvas.getContext('2d')!;
  const tile = new ImageData(IMAGE_SIZE, IMAGE_SIZE);
  const frames = indices.map((index, i) => {
    const frame = { x: (i % columns) * IMAGE_SIZE, y: Math.floor(i / columns) * IMAGE_SIZE };
    grayToRgba(images, index, tile.data);
    context.putImageData(tile, frame.x, frame.y);
    return frame;
  });
  return { canvas, frames };
}
