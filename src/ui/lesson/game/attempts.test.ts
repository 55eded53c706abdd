import { describe, expect, it } from 'vitest';
import { answerAttempt, attemptPoints, isAttempt, isSettled, type Attempt } from './attempts';

const play = (answers: boolean[]): Attempt => answers.reduce<Attempt>((state, correct) => answerAttempt(state, correct), 'open');

describe('hint first, the answer on the second miss', () => {
  it('right at the first try: full points', () => {
    expect(play([true])).toBe('right');
    expect(attemptPoints('right', 5)).toBe(5);
  });

  it('a first miss gives a hint and keeps the question open', () => {
    expect(play([false])).toBe('hinted');
    expect(isSettled('hinted')).toBe(false);
    expect(attemptPoints('hinted', 5)).toBe(0);
  });

  it('right after the hint: half the points, rounded up', () => {
    expect(play([false, true])).toBe('rightAfterHint');
    expect(attemptPoints('rightAfterHint', 5)).toBe(3);
    expect(attemptPoints('rightAfterHint', 4)).toBe(2);
  });

  it('a second miss reveals the answer, for no points; settled questions stay settled', () => {
    expect(play([false, false])).toBe('revealed');
    expect(attemptPoints('revealed', 5)).toBe(0);
    expect(play([false, false, true])).toBe('revealed');
    expect(play([true, false])).toBe('right');
    expect(isAttempt('hinted')).toBe(true);
    expect(isAttempt('maybe')).toBe(false);
  });
});
