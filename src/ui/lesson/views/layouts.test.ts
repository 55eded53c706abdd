import { describe, expect, it } from 'vitest';
import { gridLayout, kernelSlideLayout } from './layouts';
import { LatestOnly } from './latest-only';

describe('kernelSlideLayout', () => {
  it('puts input and output side by side when 8 px cells fit, with the same cell size', () => {
    const wide = kernelSlideLayout(1000);
    expect(wide.cell).toBe(14);
    expect(wide.output.x).toBeGreaterThan(wide.image.x + 28 * wide.cell);
    expect(wide.output.y).toBe(wide.image.y);
    const narrow = kernelSlideLayout(400);
    expect(narrow.output.y).toBeGreaterThan(narrow.image.y + 28 * narrow.cell);
    expect(narrow.output.x + 28 * narrow.cell).toBeLessThanOrEqual(400);
  });

  it('never draws wider than the canvas and keeps the padding cell on screen', () => {
    for (let width = 300; width <= 1400; width += 37) {
      const l = kernelSlideLayout(width);
      expect(l.image.x).toBeGreaterThanOrEqual(l.cell); // one padding column to its left
      expect(Math.max(l.image.x + 29 * l.cell, l.output.x + 28 * l.cell)).toBeLessThanOrEqual(width);
    }
  });
});

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

describe('LatestOnly', () => {
  it('runs the newest input after the one in flight and drops the ones between', async () => {
    const started: number[] = [];
    const results: number[] = [];
    let release!: () => void;
    const runner = new LatestOnly<number, number>(
      (n) => {
        started.push(n);
        return n === 1 ? new Promise((resolve) => (release = () => resolve(n * 10))) : Promise.resolve(n * 10);
      },
      (out) => results.push(out),
      () => {},
    );
    runner.request(1);
    runner.request(2);
    runner.request(3);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 3]);
    expect(results).toEqual([30]); // 1's result is stale once 3 was asked for
  });

  it('reports errors and stops after dispose', async () => {
    const errors: unknown[] = [];
    const results: number[] = [];
    const runner = new LatestOnly<number, number>((n) => (n < 0 ? Promise.reject(new Error('busy')) : Promise.resolve(n)), (o) => results.push(o), (e) => errors.push(e));
    runner.request(-1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toHaveLength(1);
    runner.dispose();
    runner.request(5);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(results).toEqual([]);
  });
});
