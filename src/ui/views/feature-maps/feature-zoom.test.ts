import { describe, expect, it } from 'vitest';
import { zoomedGrid, ZOOM_COLUMNS } from './feature-zoom';
import { DEFAULT_GRID, gridLayout } from './grid-layout';

describe('zoomedGrid', () => {
  it('keeps the tutorial grid at the default level and fewer, larger maps when zoomed in', () => {
    expect(zoomedGrid(ZOOM_COLUMNS.indexOf(5))).toEqual(DEFAULT_GRID);
    const twoPerRow = zoomedGrid(ZOOM_COLUMNS.indexOf(2));
    expect(twoPerRow.columns).toBe(2);
    expect(twoPerRow.maxTileWidth).toBe(300);
    expect(zoomedGrid(99).columns).toBe(1); // clamped
    expect(zoomedGrid(-1).columns).toBe(8);
  });

  it('never lays a zoomed grid wider than the canvas (a phone: 358 px, 32 maps of 26 × 26)', () => {
    for (let level = 0; level < ZOOM_COLUMNS.length; level++) {
      const { tiles } = gridLayout(0, 0, 358, 32, 26, 26, zoomedGrid(level));
      expect(Math.max(...tiles.map((tile) => tile.x + tile.w))).toBeLessThanOrEqual(358);
    }
    const tileWidth = (level: number) => gridLayout(0, 0, 358, 32, 26, 26, zoomedGrid(level)).tiles[0].w;
    expect(tileWidth(ZOOM_COLUMNS.indexOf(2))).toBeGreaterThan(2 * tileWidth(ZOOM_COLUMNS.indexOf(5)));
  });
});
