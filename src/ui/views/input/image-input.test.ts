import { describe, expect, it } from 'vitest';
import { fitRect, invert, looksLightBackground, paint, PIXELS, rgbaToGray, strokePoints } from './image-input';

describe('image input', () => {
  it('turns RGBA into gray, transparent as white', () => {
    expect([...rgbaToGray([255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255])]).toEqual([255, 0, 255, 76]);
  });

  it('detects light-background photos and inverts them', () => {
    const light = new Uint8Array(PIXELS).fill(240);
    expect(looksLightBackground(light)).toBe(true);
    expect(looksLightBackground(invert(light))).toBe(false);
    expect(invert(Uint8Array.of(0, 255, 55))).toEqual(Uint8Array.of(255, 0, 200));
  });

  it('fits a picture into the square, centred', () => {
    expect(fitRect(100, 50)).toEqual({ x: 0, y: 7, w: 28, h: 14 });
    expect(fitRect(10, 40)).toEqual({ x: 10, y: 0, w: 7, h: 28 });
  });

  it('paints a soft dot and erases it, staying inside the image', () => {
    const pixels = new Uint8Array(PIXELS);
    paint(pixels, 0.5, 0.5);
    expect(pixels[0]).toBe(255);
    expect(pixels[3]).toBe(0);
    expect(pixels[1]).toBeGreaterThan(0);
    paint(pixels, 0.5, 0.5, 1.2, true);
    expect(pixels[0]).toBe(0);
    paint(pixels, 27.5, 27.5, 3);
    expect(pixels[PIXELS - 1]).toBe(255);
  });

  it('fills a stroke every half pixel', () => {
    expect(strokePoints(0, 0, 2, 0)).toEqual([[0.5, 0], [1, 0], [1.5, 0], [2, 0]]);
  });
});
