import { describe, expect, it } from 'vitest';
import { POINTS_TWEEN_MS, pointsShown, retarget, tweenDone } from './points-tween';

describe('points count-up', () => {
  it('goes from the old total to the new one, easing out', () => {
    const tween = { from: 20, to: 30, elapsed: 0 };
    expect(pointsShown(tween)).toBe(20);
    const half = pointsShown({ ...tween, elapsed: POINTS_TWEEN_MS / 2 });
    expect(half).toBeGreaterThan(25); // ease-out: more than half the way at half the time
    expect(half).toBeLessThan(30);
    expect(pointsShown({ ...tween, elapsed: POINTS_TWEEN_MS })).toBe(30);
    expect(pointsShown({ ...tween, elapsed: 10 * POINTS_TWEEN_MS })).toBe(30);
    expect(tweenDone({ ...tween, elapsed: POINTS_TWEEN_MS })).toBe(true);
  });

  it('counts on from the number on show when another award arrives mid-way', () => {
    const tween = { from: 0, to: 10, elapsed: POINTS_TWEEN_MS / 2 };
    const shown = pointsShown(tween);
    expect(retarget(tween, 15)).toEqual({ from: shown, to: 15, elapsed: 0 });
  });

  it('counts down too (a reset) and is whole points all the way', () => {
    for (let t = 0; t <= POINTS_TWEEN_MS; t += 50) expect(Number.isInteger(pointsShown({ from: 45, to: 0, elapsed: t }))).toBe(true);
    expect(pointsShown({ from: 45, to: 0, elapsed: POINTS_TWEEN_MS })).toBe(0);
  });
});
