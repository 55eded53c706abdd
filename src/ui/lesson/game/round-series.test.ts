import { describe, expect, it } from 'vitest';
import { allRight, isSeries, newSeries, recordSeriesAnswer, resumeSeries, rightAnswers, seriesOver } from './round-series';

const ids = ['image:4', 'question:conv-output', 'image:9'];

describe('a lesson round series', () => {
  it('scores as play mode: bet × 10 × streak multiplier, a wrong bet costs, the score never drops below 0', () => {
    let s = newSeries(ids);
    s = recordSeriesAnswer(s, { choice: 3, answer: 3, bet: 2 }); // +20
    s = recordSeriesAnswer(s, { choice: 1, answer: 0, bet: 3 }); // −20
    expect(s.answers.map((a) => a.points)).toEqual([20, -20]);
    expect(s).toMatchObject({ score: 0, streak: 0 });
    s = recordSeriesAnswer(s, { choice: 5, answer: 5, bet: 1 });
    expect(s).toMatchObject({ score: 10, streak: 1 });
    expect(seriesOver(s)).toBe(true);
    expect(rightAnswers(s)).toBe(2);
    expect(allRight(s)).toBe(false);
    expect(() => recordSeriesAnswer(s, { choice: 1, answer: 1, bet: 1 })).toThrow(/over/);
  });

  it('a streak multiplies from the third right answer on; a time-out neither earns nor costs', () => {
    let s = newSeries(['a', 'b', 'c', 'd']);
    for (let i = 0; i < 3; i++) s = recordSeriesAnswer(s, { choice: 0, answer: 0, bet: 1 });
    expect(s.answers.map((a) => a.points)).toEqual([10, 10, 20]);
    s = recordSeriesAnswer(s, { choice: null, answer: 0, bet: 3 });
    expect(s.answers[3].points).toBe(0);
    expect(s.streak).toBe(0);
  });

  it('resumes a saved series of the same rounds, and starts over (keeping whether points were given) for other rounds or a broken record', () => {
    const saved = recordSeriesAnswer(newSeries(ids), { choice: 2, answer: 2, bet: 1 });
    expect(resumeSeries(structuredClone(saved), ids)).toEqual(saved);
    expect(resumeSeries({ ...saved, awarded: true }, ['image:5'])).toEqual(newSeries(['image:5'], true));
    expect(resumeSeries({ ...saved, score: -3 }, ids)).toEqual(newSeries(ids));
    expect(resumeSeries({ ...saved, answers: [{ choice: 1, answer: 1, bet: 4, points: 10 }] }, ids)).toEqual(newSeries(ids));
    expect(resumeSeries('nonsense', ids)).toEqual(newSeries(ids));
    expect(isSeries(newSeries(ids))).toBe(true);
  });

  it('all right: every round answered right', () => {
    let s = newSeries(['a', 'b']);
    s = recordSeriesAnswer(s, { choice: 1, answer: 1, bet: 1 });
    expect(allRight(s)).toBe(false); // not over yet
    s = recordSeriesAnswer(s, { choice: 4, answer: 4, bet: 3 });
    expect(allRight(s)).toBe(true);
    expect(allRight(newSeries([]))).toBe(false);
  });
});
