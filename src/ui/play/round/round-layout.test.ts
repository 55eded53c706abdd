import { describe, expect, it } from 'vitest';
import { roundLayout, WIDE_FROM, type SceneContent } from './round-layout';

const house: SceneContent = { kind: 'image', maps: 10, mapSize: [28, 28], pooled: 20, pooledSize: [14, 14], bars: true };

const right = (box: { x: number; w?: number; width?: number }) => box.x + (box.w ?? box.width ?? 0);

describe('roundLayout', () => {
  it.each([1100, WIDE_FROM, 768, 358, 320])('keeps everything inside %i px and in data-flow order', (width) => {
    const layout = roundLayout(width, house);
    for (const tile of [...layout.maps, ...layout.pooled]) expect(right(tile)).toBeLessThanOrEqual(width);
    expect(right(layout.bars!)).toBeLessThanOrEqual(width);
    expect(layout.slide!.scale * 520).toBeLessThanOrEqual(Math.max(width, 520));
    expect(layout.maps).toHaveLength(10);
    expect(layout.pooled).toHaveLength(20);
    // maps above pooled above bars; nothing below the canvas height
    expect(layout.pooled[0].y).toBeGreaterThan(layout.maps[0].y);
    expect(layout.bars!.y).toBeGreaterThan(layout.pooled[19].y);
    expect(layout.bars!.y + layout.bars!.height).toBeLessThanOrEqual(layout.height);
  });

  it('puts the maps beside the slide when wide, under it when narrow', () => {
    expect(roundLayout(1100, house).maps[0].x).toBeGreaterThan(500);
    expect(roundLayout(768, house).maps[0].y).toBeGreaterThan(roundLayout(768, house).slide!.height);
    expect(roundLayout(358, house).slide!.scale).toBeCloseTo(358 / 520);
  });

  it('draws at most 20 maps a layer and nothing for a question without a picture', () => {
    expect(roundLayout(900, { ...house, maps: 64 }).maps).toHaveLength(20);
    expect(roundLayout(900, { kind: 'none' }).height).toBe(0);
    expect(roundLayout(390, { kind: 'shape' }).shape!.size).toBeLessThanOrEqual(390);
  });
});
