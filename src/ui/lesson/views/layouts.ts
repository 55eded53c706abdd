// Where things go on the lesson canvases (pure, CSS px): shared by the Pixi views and the DOM
// captions/labels laid over them, and testable without a renderer.

/** The largest padding on any side the lesson's controls can produce (3×3, 'same'). */
const RESERVED_PAD = 1;
const INPUT_CELLS = 28 + 2 * RESERVED_PAD;
const OUTPUT_CELLS = 28;
const MAX_CELL = 14;
const GAP = 40;
export const CAPTION_HEIGHT = 28;

export interface KernelSlideLayout {
  cell: number;
  /** Top-left of the 28×28 image (its padding is drawn around it). */
  image: { x: number; y: number };
  /** Top-left of the output map. */
  output: { x: number; y: number };
  /** Where the two captions go (DOM, above each picture). */
  captions: { input: { x: number; y: number }; output: { x: number; y: number } };
  height: number;
}

/** Side by side when cells of ≥ 8 px fit, else the output below the input. */
export function kernelSlideLayout(width: number): KernelSlideLayout {
  const sideCell = Math.min(MAX_CELL, Math.floor((width - GAP) / (INPUT_CELLS + OUTPUT_CELLS)));
  if (sideCell >= 8) {
    const outputX = INPUT_CELLS * sideCell + GAP;
    return {
      cell: sideCell,
      image: { x: RESERVED_PAD * sideCell, y: CAPTION_HEIGHT + RESERVED_PAD * sideCell },
      output: { x: outputX, y: CAPTION_HEIGHT + RESERVED_PAD * sideCell },
      captions: { input: { x: 0, y: 0 }, output: { x: outputX, y: 0 } },
      height: CAPTION_HEIGHT + INPUT_CELLS * sideCell,
    };
  }
  const cell = Math.max(2, Math.min(MAX_CELL, Math.floor(width / INPUT_CELLS)));
  const outputTop = CAPTION_HEIGHT + INPUT_CELLS * cell + 12;
  return {
    cell,
    image: { x: RESERVED_PAD * cell, y: CAPTION_HEIGHT + RESERVED_PAD * cell },
    output: { x: RESERVED_PAD * cell, y: outputTop + CAPTION_HEIGHT },
    captions: { input: { x: 0, y: 0 }, output: { x: 0, y: outputTop } },
    height: outputTop + CAPTION_HEIGHT + OUTPUT_CELLS * cell,
  };
}

export interface GridTile {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface GridLayoutOptions {
  columns: number;
  gap: number;
  /** Band under each tile for its DOM label. */
  labelHeight: number;
  maxTileWidth: number;
}

export const DEFAULT_GRID: GridLayoutOptions = { columns: 5, gap: 8, labelHeight: 18, maxTileWidth: 120 };

/** Tiles of `count` channel maps of `mapH × mapW`, in `width` px from (x, y). */
export function gridLayout(x: number, y: number, width: number, count: number, mapH: number, mapW: number, options: GridLayoutOptions = DEFAULT_GRID): { tiles: GridTile[]; height: number } {
  const { columns, gap, labelHeight, maxTileWidth } = options;
  const w = Math.max(8, Math.min(maxTileWidth, Math.floor((width - (columns - 1) * gap) / columns)));
  const tileH = Math.round((w * mapH) / mapW);
  const tiles = Array.from({ length: count }, (_, i) => ({
    x: x + (i % columns) * (w + gap),
    y: y + Math.floor(i / columns) * (tileH + labelHeight + gap),
    w,
    h: tileH,
  }));
  const rows = Math.ceil(count / columns);
  return { tiles, height: rows * (tileH + labelHeight) + (rows - 1) * gap };
}

