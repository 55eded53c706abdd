import { describe, expect, it } from 'vitest';
import { convLayout } from './conv-slide';
import { kernelSlideLayout, positionAt } from './layout';

describe('kernelSlideLayout', () => {
  it('puts input and output side by side at the same cell size, down to a phone (358 px: 5 px cells)', () => {
    const wide = kernelSlideLayout(1000);
    expect(wide.cell).toBe(14);
    expect(wide.output.x).toBeGreaterThan(wide.image.x + 28 * wide.cell);
    expect(wide.output.y).toBe(wide.image.y);
    const phone = kernelSlideLayout(358);
    expect(phone.cell).toBe(5);
    expect(phone.output.y).toBe(phone.image.y);
    expect(phone.output.x + 28 * phone.cell).toBeLessThanOrEqual(358);
    expect(phone.captions.input.width + phone.captions.output.width).toBeLessThanOrEqual(358);
  });

  it('stacks the output below only when 3 px cells do not fit side by side', () => {
    const tiny = kernelSlideLayout(150);
    expect(tiny.output.y).toBeGreaterThan(tiny.image.y + 28 * tiny.cell);
    expect(tiny.output.x + 28 * tiny.cell).toBeLessThanOrEqual(150);
  });

  it('never draws wider than the canvas and keeps the padding cell on screen', () => {
    for (let width = 300; width <= 1400; width += 37) {
      const l = kernelSlideLayout(width);
      expect(l.image.x).toBeGreaterThanOrEqual(l.cell); // one padding column to its left
      expect(Math.max(l.image.x + 29 * l.cell, l.output.x + 28 * l.cell)).toBeLessThanOrEqual(width);
    }
  });

  it('keeps room for a wider padding when asked (7 × 7 kernels with same padding: 3 cells)', () => {
    for (let width = 300; width <= 1400; width += 53) {
      const l = kernelSlideLayout(width, 3);
      expect(l.image.x).toBeGreaterThanOrEqual(3 * l.cell);
      expect(Math.max(l.image.x + 31 * l.cell, l.output.x + 28 * l.cell)).toBeLessThanOrEqual(width);
    }
  });

  it('finds the window under a point: over the output its cell, over the input the window centred there', () => {
    const l = kernelSlideLayout(800);
    const valid = convLayout({ inH: 28, inW: 28, kh: 3, kw: 3, stride: 1, padding: 'valid' }); // 26 × 26
    const at = (x: number, y: number) => positionAt(l, valid, x, y);
    expect(at(l.output.x + 0.5 * l.cell, l.output.y + 0.5 * l.cell)).toBe(0);
    expect(at(l.output.x + 25.5 * l.cell, l.output.y + 2.5 * l.cell)).toBe(2 * 26 + 25);
    // Input pixel (row 10, col 5): the 3×3 window centred on it starts at (9, 4).
    expect(at(l.image.x + 5.5 * l.cell, l.image.y + 10.5 * l.cell)).toBe(9 * 26 + 4);
    // Past the corners: clamped to the first and last window.
    expect(at(l.image.x - 0.5 * l.cell, l.image.y - 0.5 * l.cell)).toBe(0);
    expect(at(l.image.x + 28.5 * l.cell, l.image.y + 28.5 * l.cell)).toBe(26 * 26 - 1);
    expect(at(l.output.x + 27 * l.cell, l.output.y + 27 * l.cell)).toBeNull(); // beyond the 26 × 26 map
  });

  it('accounts for stride and same padding', () => {
    const l = kernelSlideLayout(800);
    const strided = convLayout({ inH: 28, inW: 28, kh: 3, kw: 3, stride: 2, padding: 'same' }); // 14 × 14, pad 0 top-left
    expect(positionAt(l, strided, l.image.x + 7.5 * l.cell, l.image.y + 1.5 * l.cell)).toBe(0 * 14 + 3);
  });
});
