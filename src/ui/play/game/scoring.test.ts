import { describe, expect, it } from 'vitest';
import { BASE_POINTS, scoreGame, scoreRound, streakMultiplier } from './scoring';

describe('scoring', () => {
  it('pays bet × base × streak multiplier for a right answer', () => {
    expect(scoreRound(true, true, 1, 0)).toEqual({ points: BASE_POINTS, streak: 1, multiplier: 1 });
    expect(scoreRound(true, true, 3, 0).points).toBe(3 * BASE_POINTS);
    expect(scoreRound(true, true, 2, 2)).toEqual({ points: 2 * BASE_POINTS * 2, streak: 3, multiplier: 2 });
    expect([1, 2, 3, 4, 5, 9].map(streakMultiplier)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('a wrong bet costs, a plain answer and a time-out do not, and both end the streak', () => {
    expect(scoreRound(false, true, 1, 4)).toEqual({ points: 0, streak: 0, multiplier: 1 });
    expect(scoreRound(false, true, 3, 4).points).toBe(-2 * BASE_POINTS);
    expect(scoreRound(false, false, 3, 4)).toEqual({ points: 0, streak: 0, multiplier: 1 });
  });

  it('adds a game up, never below zero', () => {
    const right = (bet: 1 | 2 | 3) => ({ correct: true, answered: true, bet });
    const wrong = (bet: 1 | 2 | 3) => ({ correct: false, answered: true, bet });
    // 10, then −20 floored to 0, then 2·10, 10, and the 3rd in a row pays ×2: 20
    expect(scoreGame([right(1), wrong(3), right(2), right(1), right(1)])).toEqual({ total: 50, after: [10, 0, 20, 30, 50], bestStreak: 3 });
    expect(scoreGame(Array.from({ length: 10 }, () => right(1))).total).toBe(240);
  });
});
