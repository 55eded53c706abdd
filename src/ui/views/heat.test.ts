import { describe, expect, it } from 'vitest';
import { cellShade, contrastRatio, luminance, weightShade } from './heat';

describe('heat shades', () => {
  it('maps zero to white and the extremes to blue and red, clamped', () => {
    expect(weightShade(0, 1).background).toBe('rgb(255 255 255)');
    expect(weightShade(-1, 1).background).toBe('rgb(33 102 172)');
    expect(weightShade(5, 1).background).toBe('rgb(178 24 43)');
    expect(weightShade(0.3, 0).background).toBe('rgb(255 255 255)');
  });

  it('picks light text on dark backgrounds and dark text on light ones', () => {
    expect(weightShade(-1, 1).ink).toBe('#ffffff');
    expect(weightShade(0.1, 1).ink).toBe('#000000');
    expect(cellShade(900, 900, true).ink).toBe('#ffffff');
    expect(cellShade(0, 900, false)).toEqual({ background: 'rgb(255 255 255)', ink: '#000000' });
  });

  it('keeps every shade readable (contrast ≥ 4.5:1)', () => {
    const rgb = (css: string) => css.match(/\d+/g)!.map(Number) as [number, number, number];
    const ink = (css: string) => (css === '#ffffff' ? 1 : 0);
    for (let i = 0; i <= 100; i++) {
      for (const s of [cellShade(i, 100, true), cellShade(i, 100, false), weightShade(i / 50 - 1, 1)]) {
        expect(contrastRatio(luminance(rgb(s.background)), ink(s.ink))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('shades more for larger counts', () => {
    const l = (count: number) => luminance(cellShade(count, 100, false).background.match(/\d+/g)!.map(Number) as [number, number, number]);
    expect(l(1)).toBeGreaterThan(l(10));
    expect(l(10)).toBeGreaterThan(l(100));
  });
});
