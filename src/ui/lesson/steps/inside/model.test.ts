import { describe, expect, it } from 'vitest';
import { channelsIn, checkEmptyAnswer, emptyChannels, emptyInAll } from './model';

describe('look inside', () => {
  it('finds the channels an image leaves empty, and those empty for every image', () => {
    // (1, 2, 3): channel 0 lights up, 1 is all zero, 2 is negative only (ReLU would cut it too).
    expect(emptyChannels([0.5, 0, -1, 0, 0, -2], [1, 2, 3])).toEqual([1, 2]);
    expect(emptyInAll([[1, 2], [2, 4], [0, 2]])).toEqual([2]);
    expect(emptyInAll([[1], []])).toEqual([]);
    expect(emptyInAll([])).toEqual([]);
  });

  it('checks "which filter is empty?" against the channel states', () => {
    const states = ['active', 'empty', 'flat', 'active'] as const;
    expect(channelsIn(states, 'empty')).toEqual([1]);
    expect(channelsIn(states, 'inactive')).toEqual([1, 2]);
    expect(checkEmptyAnswer(1, states)).toBe('right');
    expect(checkEmptyAnswer(2, states)).toBe('right'); // flat counts as not active
    expect(checkEmptyAnswer(0, states)).toBe('wrongPick');
    expect(checkEmptyAnswer(-1, states)).toBe('wrongNone');
    expect(checkEmptyAnswer(-1, ['active', 'active'])).toBe('right');
  });
});
