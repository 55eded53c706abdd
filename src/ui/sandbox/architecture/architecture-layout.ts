// Where the architecture picture's blocks go (pure, CSS px): the input and one block per layer, left
// to right, wrapping into rows on narrow screens. An image-shaped output (h, w, c) is a slab whose
// face is h × w (to scale: 28 pixels = FACE px) and whose depth grows with the channels (log scale,
// so 1 and 64 channels both read); a flat output (n) is a thin bar whose height grows with log n.
// Under each block there is room for its DOM label (kind and shape).

export interface Block {
  /** −1 for the input, else the layer index. */
  index: number;
  /** The front face. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Depth offset of the slab (drawn up and to the right); 0 for a flat bar. */
  depth: number;
  flat: boolean;
}

export interface BlockLabel {
  index: number;
  x: number;
  y: number;
  width: number;
}

export interface ArchitectureLayout {
  blocks: Block[];
  labels: BlockLabel[];
  /** The clickable box of each block: the block with its label (for the DOM buttons). */
  hitBoxes: { index: number; x: number; y: number; w: number; h: number }[];
  height: number;
}

const FACE = 84;
const MIN_SIDE = 6;
const MAX_DEPTH = 30;
const COLUMN = 104;
const GAP = 12;
const LABEL_HEIGHT = 44;
const ROW_GAP = 16;
/** The largest flat size drawn (the bar is full height from here on). */
const FLAT_FULL = 20_000;

export function slabDepth(channels: number): number {
  return Math.min(MAX_DEPTH, Math.round(4 + 5 * Math.log2(Math.max(1, channels))));
}

function blockSize(shape: readonly number[] | null): { w: number; h: number; depth: number; flat: boolean } {
  if (!shape) return { w: FACE / 2, h: FACE / 2, depth: 0, flat: false };
  if (shape.length === 3) {
    const [h, w, c] = shape;
    const scale = (n: number) => Math.max(MIN_SIDE, Math.min(FACE, Math.round((n / 28) * FACE)));
    return { w: scale(w), h: scale(h), depth: slabDepth(c), flat: false };
  }
  const n = shape.reduce((a, b) => a * b, 1);
  const h = Math.round(MIN_SIDE + (FACE + MAX_DEPTH - MIN_SIDE) * Math.min(1, Math.log10(Math.max(1, n)) / Math.log10(FLAT_FULL)));
  return { w: 12, h, depth: 0, flat: true };
}

/**
 * The picture for the input shape and each layer's output shape (null = not worked out: a dashed
 * placeholder), in `width` px.
 */
export function architectureLayout(input: readonly number[], outputs: readonly (readonly number[] | null)[], width: number): ArchitectureLayout {
  const columns = Math.max(1, Math.floor((width + GAP) / (COLUMN + GAP)));
  const rowHeight = FACE + MAX_DEPTH + LABEL_HEIGHT;
  const shapes = [input, ...outputs];
  const blocks: Block[] = [];
  const labels: BlockLabel[] = [];
  const hitBoxes: ArchitectureLayout['hitBoxes'] = [];
  shapes.forEach((shape, i) => {
    const index = i - 1;
    const column = i % columns;
    const row = Math.floor(i / columns);
    const left = column * (COLUMN + GAP);
    const top = row * (rowHeight + ROW_GAP);
    const size = blockSize(shape);
    // Bottom-aligned faces (a row reads as a line of slabs), centred in the column.
    const x = left + Math.round((COLUMN - size.w - size.depth) / 2);
    const y = top + MAX_DEPTH + FACE - size.h;
    blocks.push({ index, x, y, w: size.w, h: size.h, depth: size.depth, flat: size.flat });
    labels.push({ index, x: left, y: top + MAX_DEPTH + FACE + 4, width: COLUMN });
    hitBoxes.push({ index, x: left, y: top, w: COLUMN, h: rowHeight });
  });
  const rows = Math.ceil(shapes.length / columns);
  return { blocks, labels, hitBoxes, height: rows * rowHeight + (rows - 1) * ROW_GAP };
}
