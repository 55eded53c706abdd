// Where the kernel slide's pictures and captions go (pure, CSS px): shared by KernelSlideView and
// the DOM captions laid over it, and testable without a renderer.

/** The largest padding on any side the lesson's settings produce (3×3, 'same'); the sandbox's 7×7 needs 3. */
const RESERVED_PAD = 1;
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

/** Side by side when cells of ≥ 8 px fit, else the output below the input; `reservedPad` padding cells kept on each side. */
export function kernelSlideLayout(width: number, reservedPad = RESERVED_PAD): KernelSlideLayout {
  const inputCells = 28 + 2 * reservedPad;
  const sideCell = Math.min(MAX_CELL, Math.floor((width - GAP) / (inputCells + OUTPUT_CELLS)));
  if (sideCell >= 8) {
    const outputX = inputCells * sideCell + GAP;
    return {
      cell: sideCell,
      image: { x: reservedPad * sideCell, y: CAPTION_HEIGHT + reservedPad * sideCell },
      output: { x: outputX, y: CAPTION_HEIGHT + reservedPad * sideCell },
      captions: { input: { x: 0, y: 0 }, output: { x: outputX, y: 0 } },
      height: CAPTION_HEIGHT + inputCells * sideCell,
    };
  }
  const cell = Math.max(2, Math.min(MAX_CELL, Math.floor(width / inputCells)));
  const outputTop = CAPTION_HEIGHT + inputCells * cell + 12;
  return {
    cell,
    image: { x: reservedPad * cell, y: CAPTION_HEIGHT + reservedPad * cell },
    output: { x: reservedPad * cell, y: outputTop + CAPTION_HEIGHT },
    captions: { input: { x: 0, y: 0 }, output: { x: 0, y: outputTop } },
    height: outputTop + CAPTION_HEIGHT + OUTPUT_CELLS * cell,
  };
}
