// Where the kernel slide's pictures and captions go (pure, CSS px): shared by KernelSlideView and
// the DOM captions laid over it, and testable without a renderer.
import type { ConvLayout } from './conv-slide';

/** The largest padding on any side the lesson's settings produce (3×3, 'same'); the sandbox's 7×7 needs 3. */
const RESERVED_PAD = 1;
const OUTPUT_CELLS = 28;
const MAX_CELL = 14;
/** Gap between input and output: 40 px on wide canvases, down to 12 px on a phone. */
const MAX_GAP = 40;
const MIN_GAP = 12;
/** Below this cell size the pictures are too small to read side by side: the output goes below. */
const MIN_SIDE_CELL = 3;
export const CAPTION_HEIGHT = 28;

interface Caption {
  x: number;
  y: number;
  /** The caption's room (CSS px): it ellipsizes past it instead of widening the page. */
  width: number;
}

export interface KernelSlideLayout {
  cell: number;
  /** Top-left of the 28×28 image (its padding is drawn around it). */
  image: { x: number; y: number };
  /** Top-left of the output map. */
  output: { x: number; y: number };
  /** Where the two captions go (DOM, above each picture). */
  captions: { input: Caption; output: Caption };
  height: number;
}

/**
 * Input and output side by side, so the window and the cell it fills are seen together: on a
 * phone (≈ 360 px) the cells shrink to 5 px rather than stacking. Only when even 3 px cells do not
 * fit does the output go below. `reservedPad` padding cells are kept on each side of the image.
 */
export function kernelSlideLayout(width: number, reservedPad = RESERVED_PAD): KernelSlideLayout {
  const inputCells = 28 + 2 * reservedPad;
  const gap = Math.round(Math.min(MAX_GAP, Math.max(MIN_GAP, width * 0.05)));
  const sideCell = Math.min(MAX_CELL, Math.floor((width - gap) / (inputCells + OUTPUT_CELLS)));
  if (sideCell >= MIN_SIDE_CELL) {
    const outputX = inputCells * sideCell + gap;
    return {
      cell: sideCell,
      image: { x: reservedPad * sideCell, y: CAPTION_HEIGHT + reservedPad * sideCell },
      output: { x: outputX, y: CAPTION_HEIGHT + reservedPad * sideCell },
      captions: { input: { x: 0, y: 0, width: outputX - gap / 2 }, output: { x: outputX, y: 0, width: Math.max(0, width - outputX) } },
      height: CAPTION_HEIGHT + inputCells * sideCell,
    };
  }
  const cell = Math.max(2, Math.min(MAX_CELL, Math.floor(width / inputCells)));
  const outputTop = CAPTION_HEIGHT + inputCells * cell + 12;
  return {
    cell,
    image: { x: reservedPad * cell, y: CAPTION_HEIGHT + reservedPad * cell },
    output: { x: reservedPad * cell, y: outputTop + CAPTION_HEIGHT },
    captions: { input: { x: 0, y: 0, width }, output: { x: 0, y: outputTop, width } },
    height: outputTop + CAPTION_HEIGHT + OUTPUT_CELLS * cell,
  };
}

/**
 * The output position (row-major over outH × outW) under a point of the canvas (CSS px): over
 * the input, the window whose top-left is nearest the point's cell (centred on it); over the
 * output, that cell. Null outside both pictures. Drives scrubbing with a finger or the mouse.
 */
export function positionAt(
  layout: KernelSlideLayout,
  conv: Pick<ConvLayout, 'outH' | 'outW' | 'kh' | 'kw' | 'stride' | 'padTop' | 'padLeft' | 'inH' | 'inW'>,
  x: number,
  y: number,
): number | null {
  const { cell, image, output } = layout;
  const clamp = (v: number, n: number) => Math.min(n - 1, Math.max(0, v));
  const ox = (x - output.x) / cell;
  const oy = (y - output.y) / cell;
  if (ox >= 0 && oy >= 0 && ox < conv.outW && oy < conv.outH) return Math.floor(oy) * conv.outW + Math.floor(ox);
  const ix = (x - image.x) / cell;
  const iy = (y - image.y) / cell;
  const margin = 1; // the padding ring counts as the image
  if (ix < -margin - conv.padLeft || iy < -margin - conv.padTop || ix > conv.inW + margin || iy > conv.inH + margin) return null;
  // Window (row, col) whose centre is nearest: top-left = row·stride − pad, centre = that + k/2.
  const col = clamp(Math.round((ix + conv.padLeft - conv.kw / 2) / conv.stride), conv.outW);
  const row = clamp(Math.round((iy + conv.padTop - conv.kh / 2) / conv.stride), conv.outH);
  return row * conv.outW + col;
}
