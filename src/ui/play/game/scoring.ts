// Points of a round and a game. A right answer earns BASE_POINTS × bet × the streak multiplier;
// a wrong one costs BASE_POINTS × (bet − 1) — a plain 1× answer risks nothing, a bet does; a round
// whose time ran out earns and costs nothing. A game's score never drops below 0. Pure.

export type Bet = 1 | 2 | 3;
export const BETS: readonly Bet[] = [1, 2, 3];
export const BASE_POINTS = 10;

/** Multiplier for the `streak`-th right answer in a row (1-based): ×1, ×1, ×2, ×2, then ×3. */
export function streakMultiplier(streak: number): number {
  if (streak >= 5) return 3;
  if (streak >= 3) return 2;
  return 1;
}

export interface RoundScore {
  /** Signed: what the round adds to the score. */
  points: number;
  /** Right answers in a row after the round. */
  streak: number;
  multiplier: number;
}

/** `choice` null = no answer in time. */
export function scoreRound(correct: boolean, answered: boolean, bet: Bet, streakBefore: number): RoundScore {
  if (!answered) return { points: 0, streak: 0, multiplier: 1 };
  if (!correct) return { points: (1 - bet) * BASE_POINTS, streak: 0, multiplier: 1 };
  const streak = streakBefore + 1;
  const multiplier = streakMultiplier(streak);
  return { points: BASE_POINTS * bet * multiplier, streak, multiplier };
}

export interface ScoredAnswer {
  correct: boolean;
  answered: boolean;
  bet: Bet;
}

/** Running score after each answer (floored at 0) and the final total, from the first round on. */
export function scoreGame(answers: readonly ScoredAnswer[]): { total: number; after: number[]; bestStreak: number } {
  let total = 0;
  let streak = 0;
  let bestStreak = 0;
  const after = answers.map((answer) => {
    const round = scoreRound(answer.correct, answer.answered, answer.bet, streak);
    streak = round.streak;
    bestStreak = Math.max(bestStreak, streak);
    total = Math.max(0, total + round.points);
    return total;
  });
  return { total, after, bestStreak };
}
