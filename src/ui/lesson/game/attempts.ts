// Hint first, the answer on the second miss: the one rule every lesson check that asks a question
// follows (the quiz, the prediction checkpoint). A question is open; a first miss shows a hint
// and leaves it open; a second miss reveals the answer. Right at the first try earns the full
// points, right after the hint half of them (rounded up), a revealed answer none. Pure.

export type Attempt = 'open' | 'hinted' | 'right' | 'rightAfterHint' | 'revealed';

/** The state after answering `correct` (or not) in state `state`; settled states stay. */
export function answerAttempt(state: Attempt, correct: boolean): Attempt {
  if (state === 'open') return correct ? 'right' : 'hinted';
  if (state === 'hinted') return correct ? 'rightAfterHint' : 'revealed';
  return state;
}

export const isSettled = (state: Attempt): boolean => state === 'right' || state === 'rightAfterHint' || state === 'revealed';

/** Points for a settled question worth `full` points at the first try. */
export function attemptPoints(state: Attempt, full: number): number {
  if (state === 'right') return full;
  if (state === 'rightAfterHint') return Math.ceil(full / 2);
  return 0;
}

export const isAttempt = (x: unknown): x is Attempt => x === 'open' || x === 'hinted' || x === 'right' || x === 'rightAfterHint' || x === 'revealed';
