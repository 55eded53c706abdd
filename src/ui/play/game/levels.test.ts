import { describe, expect, it } from 'vitest';
import { highestUnlocked, isUnlocked, newlyUnlocked, UNLOCK_SCORE, withScore } from './levels';

describe('levels', () => {
  it('opens level n + 1 once level n scored UNLOCK_SCORE', () => {
    expect(isUnlocked(1, {})).toBe(true);
    expect(isUnlocked(2, { 1: UNLOCK_SCORE - 1 })).toBe(false);
    expect(isUnlocked(2, { 1: UNLOCK_SCORE })).toBe(true);
    expect(isUnlocked(3, { 1: 500 })).toBe(false);
    expect(highestUnlocked({ 1: 200, 2: 130 })).toBe(3);
    expect(highestUnlocked({}, true)).toBe(6);
  });

  it('reports a level opened by this game only', () => {
    expect(newlyUnlocked(1, UNLOCK_SCORE, {})).toEqual([2]);
    expect(newlyUnlocked(1, UNLOCK_SCORE, { 1: UNLOCK_SCORE })).toEqual([]);
    expect(newlyUnlocked(1, UNLOCK_SCORE - 10, {})).toEqual([]);
    expect(newlyUnlocked(6, 999, {})).toEqual([]);
  });

  it('keeps the best score per level', () => {
    expect(withScore({ 1: 50 }, 1, 40)).toEqual({ 1: 50 });
    expect(withScore({ 1: 50 }, 1, 70)).toEqual({ 1: 70 });
    expect(withScore({}, 3, 0)).toEqual({ 3: 0 });
  });
});
