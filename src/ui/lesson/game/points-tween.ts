// The points counter's count-up, a pure function of time (the lesson frame steps it from the
// ticker; a test steps it by hand): from the old total to the new one in POINTS_TWEEN_MS, easing
// out. A new award while counting starts from the number on show. Reduced motion: no tween.

export const POINTS_TWEEN_MS = 700;

export interface PointsTween {
  from: number;
  to: number;
  /** Milliseconds since the count-up began. */
  elapsed: number;
}

/** The number on show `elapsed` ms into the tween (whole points). */
export function pointsShown({ from, to, elapsed }: PointsTween, duration = POINTS_TWEEN_MS): number {
  if (elapsed >= duration || from === to) return to;
  const x = Math.max(0, elapsed) / duration;
  const eased = 1 - (1 - x) ** 3;
  return Math.round(from + (to - from) * eased);
}

export const tweenDone = (tween: PointsTween, duration = POINTS_TWEEN_MS): boolean => tween.elapsed >= duration || tween.from === tween.to;

/** A new total: count up from what is on show now. */
export function retarget(tween: PointsTween, to: number, duration = POINTS_TWEEN_MS): PointsTween {
  return { from: pointsShown(tween, duration), to, elapsed: 0 };
}
