// Where each image of a labelled grid goes, in CSS px from the top left: shared by the Pixi sprites and the DOM
// labels under them, so both line up. Tiles are whole multiples of 28 px (nearest-neighbour
// scaling stays even) and as many columns as fit, preferring 8.
import { IMAGE_SIZE } from '../../data/idx';

export interface GalleryLayoutOptions {
  /** Space between tiles, both ways. */
  gap: number;
  /** Band under each tile for its label. */
  labelHeight: number;
  /** Largest tile: maxScale × 28 px. */
  maxScale: number;
  /** Column counts to try, best first. */
  columnChoices: readonly number[];
}

export const DEFAULT_GALLERY_LAYOUT: GalleryLayoutOptions = { gap: 8, labelHeight: 26, maxScale: 4, columnChoices: [8, 4, 2] };

export interface GalleryLayout {
  columns: number;
  rows: number;
  /** Tile edge (CSS px). */
  tile: number;
  /** Total height, labels included (CSS px). */
  height: number;
  /** Top-left of each tile; its label band starts at y + tile. */
  cells: { x: number; y: number }[];
}

export function galleryLayout(width: number, count: number, options: GalleryLayoutOptions = DEFAULT_GALLERY_LAYOUT): GalleryLayout {
  const { gap, labelHeight, maxScale, columnChoices } = options;
  const scaleFor = (columns: number) => Math.min(maxScale, Math.floor((width - (columns - 1) * gap) / columns / IMAGE_SIZE));
  // The first column count that allows 2× tiles; else the last choice at whatever scale fits.
  const columns = columnChoices.find((c) => scaleFor(c) >= 2) ?? columnChoices[columnChoices.length - 1];
  const tile = Math.max(1, scaleFor(columns)) * IMAGE_SIZE;
  const rows = Math.ceil(count / columns);
  const cells = Array.from({ length: count }, (_, i) => ({
    x: (i % columns) * (tile + gap),
    y: Math.floor(i / columns) * (tile + labelHeight + gap),
  }));
  const height = rows * (tile + labelHeight) + Math.max(0, rows - 1) * gap;
  return { columns, rows, tile, height, cells };
}
