import { describe, expect, it } from 'vitest';
import { kernelSlideLayout } from './layout';

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
