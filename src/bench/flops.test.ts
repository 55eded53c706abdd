// The benchmark's FLOP counts against hand-computed figures (2 FLOPs per multiply-add), both countings.
import { describe, expect, it } from 'vitest';
import { preset } from '../shared/presets';
import { flopsPerImage, tapsInside } from './flops';

describe('flopsPerImage', () => {
  it('bench-a: conv 5@1×3 valid (28×26×5) → dense 3640→10', () => {
    const conv = 2 * 28 * 26 * 5 * (1 * 3 * 1); // 21,840
    const dense = 2 * 3640 * 10; // 72,800
    expect(conv).toBe(21_840);
    // The conv is layer 0: no backward-input.
    expect(flopsPerImage(preset('bench-a')!)).toEqual({ infer: 94_640, train: 2 * conv + 3 * dense });
    expect(2 * conv + 3 * dense).toBe(262_080);
  });

  it('bench-b: conv 10@3×3 same → conv 20@3×3 same → channel max → dense 784→10', () => {
    // nominal: every 3×3 tap of every output; done: 'same' border outputs read 2 of 3 rows/columns,
    // so each axis has 26·3 + 2·2 = 82 (output, tap) pairs instead of 84
    const conv1 = 2 * 28 * 28 * 10 * (3 * 3 * 1); // 141,120
    const conv2 = 2 * 28 * 28 * 20 * (3 * 3 * 10); // 2,822,400
    const dense = 2 * 784 * 10; // 15,680
    expect(flopsPerImage(preset('bench-b')!, 'nominal')).toEqual({ infer: 2_979_200, train: 2 * conv1 + 3 * conv2 + 3 * dense });
    expect(2 * conv1 + 3 * conv2 + 3 * dense).toBe(8_796_480);
    const conv1Done = 2 * 82 * 82 * 10 * 1, conv2Done = 2 * 82 * 82 * 20 * 10;
    expect(conv1Done / conv1).toBeCloseTo((82 / 84) ** 2, 12);
    expect(flopsPerImage(preset('bench-b')!)).toEqual({ infer: conv1Done + conv2Done + dense, train: 2 * conv1Done + 3 * conv2Done + 3 * dense });
  });

  it('tapsInside counts the (output, tap) pairs that land inside the input along one axis', () => {
    expect(tapsInside(28, 3, 1, 1, 28)).toBe(82); // 'same': the first and last outputs lose a tap
    expect(tapsInside(28, 3, 1, 0, 26)).toBe(78); // 'valid': every tap is inside
    expect(tapsInside(5, 3, 2, 1, 3)).toBe(2 + 3 + 2); // stride 2, 'same': outputs 0 and 2 lose a tap
    expect(tapsInside(2, 5, 1, 2, 2)).toBe(2 + 2); // kernel wider than the input
  });

  it('bench-c: conv 32@3×3 valid ×2 → max-pool 2×2 → dense 4608→10', () => {
    const conv1 = 2 * 26 * 26 * 32 * (3 * 3 * 1); // 389,376
    const conv2 = 2 * 24 * 24 * 32 * (3 * 3 * 32); // 10,616,832
    const dense = 2 * 12 * 12 * 32 * 10; // 92,160
    expect(flopsPerImage(preset('bench-c')!)).toEqual({ infer: 11_098_368, train: 2 * conv1 + 3 * conv2 + 3 * dense });
    expect(2 * conv1 + 3 * conv2 + 3 * dense).toBe(32_905_728);
  });
});
