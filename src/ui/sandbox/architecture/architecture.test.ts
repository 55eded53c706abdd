import { describe, expect, it } from 'vitest';
import { architectureLayout, slabDepth } from './architecture-layout';
import { filterPlanes } from './filter-planes';

describe('the architecture picture’s layout', () => {
  it('sizes each block by its output: face ∝ height × width, depth grows with channels, flat = a bar', () => {
    const layout = architectureLayout([28, 28, 1], [[26, 26, 8], [13, 13, 8], [1352], null, [10]], 1000);
    const [input, conv, pool, flat, unknown, dense] = layout.blocks;
    expect(input).toMatchObject({ index: -1, w: 84, h: 84, flat: false });
    expect(conv).toMatchObject({ index: 0, w: 78, h: 78, depth: slabDepth(8) });
    expect(pool).toMatchObject({ w: 39, h: 39 });
    expect(flat.flat).toBe(true);
    expect(dense.h).toBeLessThan(flat.h);
    expect(unknown).toMatchObject({ flat: false, depth: 0 });
    expect(slabDepth(1)).toBeLessThan(slabDepth(64));
    expect(layout.blocks.every((b) => b.y + b.h === layout.blocks[0].y + layout.blocks[0].h)).toBe(true); // one row, bottom-aligned
  });

  it('wraps into rows on a narrow screen and never draws past the width', () => {
    for (const width of [300, 390, 768, 1100]) {
      const layout = architectureLayout([28, 28, 1], Array.from({ length: 20 }, () => [28, 28, 64]), width);
      for (const b of layout.hitBoxes) expect(b.x + b.w).toBeLessThanOrEqual(Math.max(width, 104));
      for (const b of layout.blocks) expect(b.x + b.w + b.depth).toBeLessThanOrEqual(Math.max(width, 104));
      expect(layout.height).toBeGreaterThan(0);
    }
    expect(architectureLayout([28, 28, 1], [[10]], 390).hitBoxes[1].y).toBe(0);
    expect(architectureLayout([28, 28, 1], [[10], [10], [10]], 250).hitBoxes[2].y).toBeGreaterThan(0);
  });
});

describe('filter pictures', () => {
  it('cuts one input channel out of a (KH, KW, C, K) kernel as a (KH, KW, K) image', () => {
    // kernel[ky][kx][c][k] = 1000·ky + 100·kx + 10·c + k, shape (2, 2, 2, 3)
    const shape = [2, 2, 2, 3];
    const values = Float32Array.from({ length: 24 }, (_, i) => {
      const k = i % 3, c = Math.floor(i / 3) % 2, kx = Math.floor(i / 6) % 2, ky = Math.floor(i / 12);
      return 1000 * ky + 100 * kx + 10 * c + k;
    });
    expect([...filterPlanes(values, shape, 1)]).toEqual([10, 11, 12, 110, 111, 112, 1010, 1011, 1012, 1110, 1111, 1112]);
  });
});
