import { describe, expect, it } from 'vitest';
import { galleryLayout } from './gallery-layout';

describe('galleryLayout', () => {
  it('puts 32 images in 4 rows of 8 at 4× on a wide page', () => {
    const layout = galleryLayout(1000, 32);
    expect([layout.columns, layout.rows, layout.tile]).toEqual([8, 4, 112]);
    expect(layout.cells[0]).toEqual({ x: 0, y: 0 });
    expect(layout.cells[1]).toEqual({ x: 120, y: 0 });
    expect(layout.cells[9].y).toBe(112 + 26 + 8);
    expect(layout.height).toBe(4 * (112 + 26) + 3 * 8);
  });

  it('keeps 8 columns of 3× tiles at 736 px (a 768 px window)', () => {
    const layout = galleryLayout(736, 32);
    expect([layout.columns, layout.tile]).toEqual([8, 84]);
    expect(layout.cells[7].x + layout.tile).toBeLessThanOrEqual(736);
  });

  it('falls back to fewer columns on narrow widths', () => {
    expect(galleryLayout(400, 32).columns).toBe(4);
    expect(galleryLayout(100, 5).columns).toBe(2);
  });
});
