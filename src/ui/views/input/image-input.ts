// Turning a drawing or an uploaded picture into a Fashion-MNIST-like input (pure): 28×28 u8 gray,
// light object on a dark background (as the dataset), plus the brush of the drawing pad.
import { IMAGE_SIZE } from '../../../data/idx';

export const PIXELS = IMAGE_SIZE * IMAGE_SIZE;

/** Luma of RGBA pixels (alpha over white, as a transparent PNG looks on a page), 0..255. */
export function rgbaToGray(rgba: ArrayLike<number>, count = rgba.length / 4): Uint8Array {
  const out = new Uint8Array(count);
  for (let p = 0; p < count; p++) {
    const a = rgba[p * 4 + 3] / 255;
    const luma = 0.299 * rgba[p * 4] + 0.587 * rgba[p * 4 + 1] + 0.114 * rgba[p * 4 + 2];
    out[p] = Math.round(luma * a + 255 * (1 - a));
  }
  return out;
}

/**
 * Photos usually show a dark object on a light background; Fashion-MNIST the opposite. A picture
 * whose border is mostly light is taken as a photo that needs inverting.
 */
export function looksLightBackground(gray: ArrayLike<number>, size = IMAGE_SIZE): boolean {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < size; i++) {
    for (const p of [i, (size - 1) * size + i, i * size, i * size + size - 1]) {
      sum += gray[p];
      n++;
    }
  }
  return sum / n > 127;
}

export function invert(gray: Uint8Array): Uint8Array {
  return gray.map((v) => 255 - v);
}

/** Where a w × h picture goes in a 28 × 28 square: scaled to fit, centred (dataset images fill the frame). */
export function fitRect(width: number, height: number, size = IMAGE_SIZE): { x: number; y: number; w: number; h: number } {
  const scale = size / Math.max(width, height, 1);
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  return { x: Math.floor((size - w) / 2), y: Math.floor((size - h) / 2), w, h };
}

/**
 * A soft round brush at (x, y) (pixel units, fractional): full intensity within `radius`, fading
 * over one more pixel. `erase` lowers instead of raising. Changes `pixels` in place.
 */
export function paint(pixels: Uint8Array, x: number, y: number, radius = 1.2, erase = false, size = IMAGE_SIZE): void {
  const reach = Math.ceil(radius + 1);
  for (let py = Math.floor(y) - reach; py <= Math.floor(y) + reach; py++) {
    for (let px = Math.floor(x) - reach; px <= Math.floor(x) + reach; px++) {
      if (px < 0 || py < 0 || px >= size || py >= size) continue;
      const d = Math.hypot(px + 0.5 - x, py + 0.5 - y);
      const strength = Math.max(0, Math.min(1, radius + 1 - d));
      if (strength <= 0) continue;
      const p = py * size + px;
      pixels[p] = erase ? Math.min(pixels[p], Math.round(255 * (1 - strength))) : Math.max(pixels[p], Math.round(255 * strength));
    }
  }
}

/** Points every half pixel from (x0, y0) to (x1, y1), so a fast stroke has no gaps. */
export function strokePoints(x0: number, y0: number, x1: number, y1: number): [number, number][] {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2));
  return Array.from({ length: steps }, (_, i) => [x0 + ((x1 - x0) * (i + 1)) / steps, y0 + ((y1 - y0) * (i + 1)) / steps]);
}
