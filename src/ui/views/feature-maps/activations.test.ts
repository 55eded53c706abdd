import { describe, expect, it } from 'vitest';
import { channelGray, channelRanges, channelStates, firstOfEachClass, strongestChannel, topClasses } from './activations';

describe('activation reading', () => {
  // (1, 3, 3): channel 0 varies, channel 1 is all zero, channel 2 is constant 0.5.
  const values = [0, 0, 0.5, 1, 0, 0.5, 2, 0, 0.5];
  const shape = [1, 3, 3];

  it('finds the range of each channel and the empty/flat ones', () => {
    const ranges = channelRanges(values, shape);
    expect(ranges).toEqual([
      { min: 0, max: 2, mean: 1 },
      { min: 0, max: 0, mean: 0 },
      { min: 0.5, max: 0.5, mean: 0.5 },
    ]);
    expect(channelStates(ranges)).toEqual(['active', 'empty', 'flat']);
    expect(strongestChannel(ranges)).toBe(0);
    expect(channelStates(channelRanges([0, 0], [1, 1, 2]))).toEqual(['empty', 'empty']);
  });

  it('scales a channel to 0..255 and draws a flat one black', () => {
    const ranges = channelRanges(values, shape);
    expect([...channelGray(values, shape, 0, ranges[0])]).toEqual([0, 128, 255]);
    expect([...channelGray(values, shape, 2, ranges[2])]).toEqual([0, 0, 0]);
  });

  it('ranks classes by probability', () => {
    expect(topClasses([0.1, 0.6, 0.05, 0.25], 2)).toEqual([
      { label: 1, probability: 0.6 },
      { label: 3, probability: 0.25 },
    ]);
    expect(firstOfEachClass([2, 0, 2, 1, 0], 3)).toEqual([1, 3, 0]);
  });
});
