// Where a round's pictures go on the canvas (pure, CSS px), shared by the Pixi views and the DOM
// labels laid over them. Wide: the image with the sweeping window on the left; the feature maps,
// the pooled maps and the class bars on the right, in the order the data flows. Narrow: all of it
// stacked, the kernel slide scaled down to the width.
import { kernelSlideLayout } from '../../views/kernel-slide/layout';
import { gridLayout, type GridTile } from '../../views/feature-maps/grid-layout';

/** The kernel slide is laid out at this width (input and output side by side), then scaled. */
export const SLIDE_DESIGN_WIDTH = 520;
/** Below this canvas width everything stacks. */
export const WIDE_FROM = 880;
/** At most this many maps are drawn per layer (a sandbox network may have 64 filters). */
export const MAX_MAPS = 20;
const GAP = 16;
const BAR_HEIGHT = 104;
export const BAR_LABEL_HEIGHT = 20;

/** What a round shows: an image with its network ('image'), a geometry question ('shape'), or nothing. */
export type SceneContent =
  | { kind: 'image'; maps: number; mapSize: [number, number]; pooled: number; pooledSize: [number, number]; bars: boolean }
  | { kind: 'shape' }
  | { kind: 'none' };

export interface BarsBox {
  x: number;
  y: number;
  width: number;
  /** Height of a bar at probability 1. */
  height: number;
  barWidth: number;
  /** Left edge of bar c is x + c · step. */
  step: number;
}

export interface RoundLayout {
  width: number;
  height: number;
  /** The kernel slide at SLIDE_DESIGN_WIDTH, moved to (x, y) and scaled by `scale`. */
  slide?: { x: number; y: number; scale: number; height: number };
  maps: GridTile[];
  pooled: GridTile[];
  bars?: BarsBox;
  /** The geometry question's picture: a square of `size` px at (x, y). */
  shape?: { x: number; y: number; size: number };
}

function barsBox(x: number, y: number, width: number): BarsBox {
  const step = Math.min(52, Math.floor(width / 10));
  const barWidth = Math.max(6, step - Math.max(3, Math.round(step * 0.2)));
  return { x, y, width: step * 10, height: BAR_HEIGHT, barWidth, step };
}

const grid = (x: number, y: number, width: number, count: number, [h, w]: [number, number], columns: number, maxTileWidth: number) =>
  count === 0 ? { tiles: [], height: 0 } : gridLayout(x, y, width, Math.min(count, MAX_MAPS), h, w, { columns, gap: 4, labelHeight: 0, maxTileWidth });

export function roundLayout(width: number, content: SceneContent): RoundLayout {
  const w = Math.max(1, Math.floor(width));
  if (content.kind === 'none') return { width: w, height: 0, maps: [], pooled: [] };
  if (content.kind === 'shape') {
    // The input on the left, room for the output (never larger) on the right.
    const size = Math.max(40, Math.min(260, Math.floor((w - 24) / 2)));
    return { width: w, height: size, maps: [], pooled: [], shape: { x: 0, y: 0, size } };
  }
  const slideHeight = kernelSlideLayout(SLIDE_DESIGN_WIDTH).height;
  const mapCount = Math.min(content.maps, MAX_MAPS);
  const pooledCount = Math.min(content.pooled, MAX_MAPS);
  if (w >= WIDE_FROM) {
    const slide = { x: 0, y: 0, scale: 1, height: slideHeight };
    const x = SLIDE_DESIGN_WIDTH + GAP * 2;
    const columnWidth = w - x;
    const maps = grid(x, 0, columnWidth, mapCount, content.mapSize, Math.min(5, Math.max(1, mapCount)), 60);
    const pooledY = maps.height + (maps.height ? GAP : 0);
    const pooled = grid(x, pooledY, columnWidth, pooledCount, content.pooledSize, 10, 34);
    const barsY = pooledY + pooled.height + (pooled.height ? GAP : 0);
    const bars = content.bars ? barsBox(x, barsY, columnWidth) : undefined;
    const bottom = bars ? bars.y + bars.height + BAR_LABEL_HEIGHT : barsY;
    return { width: w, height: Math.max(slideHeight, bottom), slide, maps: maps.tiles, pooled: pooled.tiles, bars };
  }
  const scale = Math.min(1, w / SLIDE_DESIGN_WIDTH);
  const slide = { x: 0, y: 0, scale, height: Math.ceil(slideHeight * scale) };
  let y = slide.height + GAP;
  const maps = grid(0, y, w, mapCount, content.mapSize, Math.min(10, Math.max(1, mapCount)), 56);
  if (maps.height) y += maps.height + GAP;
  const pooled = grid(0, y, w, pooledCount, content.pooledSize, 10, 34);
  if (pooled.height) y += pooled.height + GAP;
  const bars = content.bars ? barsBox(0, y, w) : undefined;
  if (bars) y += bars.height + BAR_LABEL_HEIGHT;
  return { width: w, height: y, slide, maps: maps.tiles, pooled: pooled.tiles, bars };
}
