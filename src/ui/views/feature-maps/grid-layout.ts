// Where a layer's channel maps go (pure, CSS px): a grid of tiles that the Pixi views and the DOM
// tile labels laid over them both read, testable without a renderer.

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

