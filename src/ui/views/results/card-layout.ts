// Where the mistakes gallery's thumbnail cards go, in CSS px from the canvas' top left: a 28×28 image scaled
// by a whole factor (crisp pixels) with a text band to its right, as many columns as fit. The
// Pixi sprites and the DOM texts beside them both read this, so they line up.
import { IMAGE_SIZE } from '../../../data/idx';

export interface CardLayoutOptions {
  /** Image scale (tile = scale × 28 px); falls back to 2× when one card does not fit. */
  scale: number;
  /** Narrowest text band beside the image. */
  minTextWidth: number;
  gap: number;
  /** Space between image and text. */
  inset: number;
}

export const DEFAULT_CARD_LAYOUT: CardLayoutOptions = { scale: 3, minTextWidth: 185, gap: 12, inset: 8 };

export interface CardLayout {
  columns: number;
  tile: number;
  cardWidth: number;
  /** Text band: x offset from the card and width. */
  textX: number;
  textWidth: number;
  height: number;
  /** Top-left of each card. */
  cells: { x: number; y: number }[];
}

export function cardLayout(width: number, slots: number, options: CardLayoutOptions = DEFAULT_CARD_LAYOUT): CardLayout {
  const { minTextWidth, gap, inset } = options;
  const fits = (scale: number) => scale * IMAGE_SIZE + inset + minTextWidth <= width;
  const scale = fits(options.scale) ? options.scale : Math.max(1, Math.min(options.scale, 2));
  const tile = scale * IMAGE_SIZE;
  const columns = Math.max(1, Math.floor((width + gap) / (tile + inset + minTextWidth + gap)));
  const cardWidth = Math.max(tile + inset + minTextWidth, Math.floor((width - (columns - 1) * gap) / columns));
  const rows = Math.ceil(slots / columns);
  const cells = Array.from({ length: slots }, (_, i) => ({ x: (i % columns) * (cardWidth + gap), y: Math.floor(i / columns) * (tile + gap) }));
  return { columns, tile, cardWidth, textX: tile + inset, textWidth: cardWidth - tile - inset, height: Math.max(0, rows * tile + (rows - 1) * gap), cells };
}
