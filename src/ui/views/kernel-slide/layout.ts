// Where the kernel slide's pictures and captions go (pure, CSS px): shared by KernelSlideView and
// the DOM captions laid over it, and testable without a renderer.

/** The largest padding on any side the kernel slide's settings can produce (3×3, 'same'). */
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
