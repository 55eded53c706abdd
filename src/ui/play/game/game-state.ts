// One game of play mode as plain data: the rounds drawn for (network, level, seed), the answers so
// far, the running score and streak. recordAnswer is the only way to change it (pure), so the
// screen, the tests and the e2e expectation all add points up the same way.
import { CLASS_COUNT } from '../../../data/classes';
import type { LevelId } from './levels';
import type { RoundSpec } from './round-spec';
import { scoreRound, type Bet } from './scoring';

/** What happened in one round (the round component's result, reduced to data). */
export interface GameAnswer {
  /** The option picked (a class for class rounds); null when the time ran out. */
  choice: number | null;
  /** The right option. */
  answer: number;
  bet: Bet;
  /** Signed points the round added (before the game's floor at 0). */
  points: number;
  /** Class rounds: the image's true class and the network's answer. */
  label?: number;
  predicted?: number;
}

export interface Game {
  level: LevelId;
  seed: number;
  /** Which network played (PlayerNetwork.id). */
  networkId: string;
  rounds: RoundSpec[];
  answers: GameAnswer[];
  score: number;
  /** Right answers in a row so far. */
  streak: number;
  bestStreak: number;
}

export function newGame(level: LevelId, seed: number, networkId: string, rounds: RoundSpec[]): Game {
  return { level, seed, networkId, rounds, answers: [], score: 0, streak: 0, bestStreak: 0 };
}

export const currentRound = (game: Game): RoundSpec | undefined => game.rounds[game.answers.length];
export const isOver = (game: Game): boolean => game.answers.length >= game.rounds.length;

/** The game after the current round was answered (`choice` null: the time ran out). */
export function recordAnswer(game: Game, answer: Omit<GameAnswer, 'points'>): Game {
  if (isOver(game)) throw new Error('the game is over: no round left to answer');
  const scored = scoreRound(answer.choice === answer.answer, answer.choice !== null, answer.bet, game.streak);
  return {
    ...game,
    answers: [...game.answers, { ...answer, points: scored.points }],
    score: Math.max(0, game.score + scored.points),
    streak: scored.streak,
    bestStreak: Math.max(game.bestStreak, scored.streak),
  };
}

export interface GameMatrices {
  /** counts[true × 10 + the learner's class]: what the learner said. */
  learner: Uint32Array;
  /** counts[true × 10 + the network's class]: what the network said, on the same images. */
  network: Uint32Array;
  /** Class rounds in the matrices, and those where the learner's class and the network's differ. */
  rounds: number;
  disagreements: number;
}

/** The two confusion matrices of a game's class rounds (rounds without a class answer are left out). */
export function gameMatrices(game: Game): GameMatrices {
  const learner = new Uint32Array(CLASS_COUNT * CLASS_COUNT);
  const network = new Uint32Array(CLASS_COUNT * CLASS_COUNT);
  let rounds = 0;
  let disagreements = 0;
  game.answers.forEach((a, i) => {
    const kind = game.rounds[i].kind;
    if ((kind !== 'network' && kind !== 'truth') || a.label === undefined || a.predicted === undefined || a.choice === null) return;
    learner[a.label * CLASS_COUNT + a.choice]++;
    network[a.label * CLASS_COUNT + a.predicted]++;
    rounds++;
    if (a.choice !== a.predicted) disagreements++;
  });
  return { learner, network, rounds, disagreements };
}
