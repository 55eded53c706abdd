// Cell grids on the Pixi pictures (an input image, a feature map): thin lines between the cells
// when they are big enough to tell apart.
import type { Graphics } from 'pixi.js';

const GRID_COLOUR = 0x9ca3af;

/** Thin lines between `cols` × `rows` cells of size `cell` from (x, y). Skipped when cells are tiny. */
export function gridLines(g: Graphics, x: number, y: number, cols: number, rows: number, cell: number): void {
  if (cell < 6) return;
  for (let c = 0; c <= cols; c++) g.moveTo(x + c * cell, y).lineTo(x + c * cell, y + rows * cell);
  for (let r = 0; r <= rows; r++) g.moveTo(x, y + r * cell).lineTo(x + cols * cell, y + r * cell);
  g.stroke({ width: 1, color: GRID_COLOUR, alpha: 0.35 });
}
