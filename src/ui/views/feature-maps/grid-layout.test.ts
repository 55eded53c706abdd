import { describe, expect, it } from 'vitest';
import { gridLayout } from './grid-layout';

describe('gridLayout', () => {
  it('lays channels out five to a row, keeping their aspect', () => {
    const { tiles, height } = gridLayout(10, 20, 500, 7, 28, 26, { columns: 5, gap: 8, labelHeight: 18, maxTileWidth: 120 });
    expect(tiles).toHaveLength(7);
    expect(tiles[0]).toEqual({ x: 10, y: 20, w: 93, h: 100 });
    expect(tiles[5]).toMatchObject({ x: 10, y: 20 + 100 + 18 + 8 });
    expect(tiles[4].x + tiles[4].w).toBeLessThanOrEqual(510);
    expect(height).toBe(2 * (100 + 18) + 8);
  });
});
