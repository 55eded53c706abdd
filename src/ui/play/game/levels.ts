// The six levels of play mode and how they open: level n + 1 opens once a game of level n scored
// UNLOCK_SCORE or more (the best score per level is kept, src/ui/play/storage/). Pure.

export type LevelId = 1 | 2 | 3 | 4 | 5 | 6;

export interface Level {
  id: LevelId;
  /** Message key suffix of its name and rule (play.level<Name>, play.level<Name>Rule). */
  name: 'Easy' | 'Mistakes' | 'CoinFlips' | 'Filters' | 'Shapes' | 'Beat';
  /** Needs a first layer that is a convolution (filter rounds). */
  needsConv?: boolean;
}

export const LEVELS: readonly Level[] = [
  { id: 1, name: 'Easy' },
  { id: 2, name: 'Mistakes' },
  { id: 3, name: 'CoinFlips' },
  { id: 4, name: 'Filters', needsConv: true },
  { id: 5, name: 'Shapes' },
  { id: 6, name: 'Beat' },
];

export const LEVEL_IDS = LEVELS.map((level) => level.id);
export const ROUNDS_PER_GAME = 10;
/** A game scoring this much opens the next level: half of ten right answers in a row at 1× (240). */
export const UNLOCK_SCORE = 120;

export type BestScores = Partial<Record<LevelId, number>>;

export const isLevelId = (value: unknown): value is LevelId => LEVEL_IDS.includes(value as LevelId);

export function levelOf(id: LevelId): Level {
  return LEVELS[id - 1];
}

/** Level 1 is always open; every other once the level before it scored UNLOCK_SCORE (or all, for a teacher). */
export function isUnlocked(level: LevelId, best: BestScores, unlockAll = false): boolean {
  return unlockAll || level === 1 || (best[(level - 1) as LevelId] ?? 0) >= UNLOCK_SCORE;
}

export function highestUnlocked(best: BestScores, unlockAll = false): LevelId {
  return [...LEVEL_IDS].reverse().find((id) => isUnlocked(id, best, unlockAll)) ?? 1;
}

/** The levels a game's score opened that were closed before it (none, or the next one). */
export function newlyUnlocked(level: LevelId, score: number, before: BestScores): LevelId[] {
  const next = level + 1;
  if (!isLevelId(next) || isUnlocked(next, before)) return [];
  return score >= UNLOCK_SCORE ? [next] : [];
}

/** Best scores with `score` at `level` taken into account. */
export function withScore(best: BestScores, level: LevelId, score: number): BestScores {
  return score > (best[level] ?? -1) ? { ...best, [level]: score } : best;
}
