// A lesson's series of game rounds (step 6's checkpoint, step 11's wrap-up) as plain data: which
// rounds it asks (ids, so a reload or a retrained network can tell whether the saved series is
// still this one), the answers so far, the running score and streak. Rounds score as in play mode
// (../../play/game/scoring.ts: bet × base × streak, a wrong bet costs); the series' final score
// is what the lesson's points receive, once. Pure: the step saves the state in the lesson progress.
import { scoreRound, type Bet } from '../../play/game/scoring';

export interface SeriesAnswer {
  /** The option picked; null when the time ran out. */
  choice: number | null;
  /** The right option (for network rounds: the class the network said). */
  answer: number;
  bet: Bet;
  /** Signed points of the round. */
  points: number;
}

export interface SeriesState {
  /** One id per round, in order ('image:123', 'question:conv-output'). */
  ids: string[];
  answers: SeriesAnswer[];
  /** Running score (floored at 0, as a play game) and right answers in a row. */
  score: number;
  streak: number;
  /** The lesson's points received this series' score already (a replay earns none). */
  awarded: boolean;
}

export const newSeries = (ids: readonly string[], awarded = false): SeriesState => ({ ids: [...ids], answers: [], score: 0, streak: 0, awarded });

export const seriesOver = (state: SeriesState): boolean => state.answers.length >= state.ids.length;

/** The series after the current round was answered. */
export function recordSeriesAnswer(state: SeriesState, answer: Omit<SeriesAnswer, 'points'>): SeriesState {
  if (seriesOver(state)) throw new Error('the series is over: no round left to answer');
  const scored = scoreRound(answer.choice === answer.answer, answer.choice !== null, answer.bet, state.streak);
  return { ...state, answers: [...state.answers, { ...answer, points: scored.points }], score: Math.max(0, state.score + scored.points), streak: scored.streak };
}

export const rightAnswers = (state: SeriesState): number => state.answers.filter((a) => a.choice === a.answer).length;

/** Every round answered right (step 6: the "mind reader" badge; step 11: "sharp eye"). */
export const allRight = (state: SeriesState): boolean => seriesOver(state) && state.ids.length > 0 && rightAnswers(state) === state.ids.length;

/** The saved series when it is a valid one for the same rounds, else a new one (keeping whether points were given). */
export function resumeSeries(saved: unknown, ids: readonly string[]): SeriesState {
  if (!isSeries(saved)) return newSeries(ids);
  if (saved.ids.join('|') !== ids.join('|')) return newSeries(ids, saved.awarded);
  return saved;
}

const isBet = (x: unknown) => x === 1 || x === 2 || x === 3;
const isAnswer = (x: unknown): x is SeriesAnswer => {
  const a = x as SeriesAnswer;
  return typeof a === 'object' && a !== null && (a.choice === null || Number.isInteger(a.choice)) && Number.isInteger(a.answer) && isBet(a.bet) && Number.isFinite(a.points);
};

export function isSeries(x: unknown): x is SeriesState {
  const s = x as SeriesState;
  return (
    typeof s === 'object' &&
    s !== null &&
    Array.isArray(s.ids) &&
    s.ids.every((id) => typeof id === 'string') &&
    Array.isArray(s.answers) &&
    s.answers.length <= s.ids.length &&
    s.answers.every(isAnswer) &&
    Number.isFinite(s.score) &&
    s.score >= 0 &&
    Number.isInteger(s.streak) &&
    typeof s.awarded === 'boolean'
  );
}
