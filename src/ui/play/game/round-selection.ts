// Which rounds a game asks: a pure function of (the network's predictions, level, seed), so a
// class sharing `#play?seed=…&level=…` plays the same game on the same network. Each level draws
// distinct test images from its pool; when a network leaves a pool short (a near-perfect network
// has few mistakes), the pool is topped up with the next best candidates in a fixed order.
import { mulberry32, type Random } from '../../../engine/random';
import type { Prediction } from '../../views/results/predictions';
import { ROUNDS_PER_GAME, type LevelId } from './levels';
import type { RoundSpec } from './round-spec';
import { shapeQuestion } from './shape-questions';

/** Level 1: right, and at least this sure. */
export const EASY_CONFIDENCE = 0.9;
/** Level 2: wrong, and at least this sure. */
export const MISTAKE_CONFIDENCE = 0.6;
/** Level 3: the top two probabilities lie within this of each other (10 points). */
export const COIN_FLIP_GAP = 0.1;
export const SHAPE_TIME_LIMIT_MS = 20_000;

const right = (p: Prediction) => p.predicted === p.label;
const gap = (p: Prediction) => p.confidence - p.secondProbability;
const byIndex = (a: Prediction, b: Prediction) => a.index - b.index;

interface Pool {
  /** The images the level is about. */
  preferred: (p: Prediction) => boolean;
  /** Best first: tops up a short pool. */
  fallback: (a: Prediction, b: Prediction) => number;
  /** Images the fallback may use at all. */
  allowed?: (p: Prediction) => boolean;
}

const POOLS: Record<Exclude<LevelId, 5>, Pool> = {
  1: { preferred: (p) => right(p) && p.confidence >= EASY_CONFIDENCE, fallback: (a, b) => Number(right(b)) - Number(right(a)) || b.confidence - a.confidence },
  2: { preferred: (p) => !right(p) && p.confidence >= MISTAKE_CONFIDENCE, fallback: (a, b) => Number(right(a)) - Number(right(b)) || b.confidence - a.confidence },
  3: { preferred: (p) => gap(p) < COIN_FLIP_GAP, fallback: (a, b) => gap(a) - gap(b) },
  // Filter rounds want clear pictures: confidently right images.
  4: { preferred: (p) => right(p) && p.confidence >= EASY_CONFIDENCE, fallback: (a, b) => b.confidence - a.confidence },
  6: { preferred: (p) => !right(p), fallback: (a, b) => b.confidence - a.confidence, allowed: (p) => !right(p) },
};

/** `count` distinct items of `list` (order: the draw), by a partial Fisher–Yates shuffle. */
function draw<T>(list: readonly T[], count: number, random: Random): T[] {
  const items = [...list];
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (items.length - i));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, n);
}

/** The images of a level's game: drawn from its pool, topped up in the pool's fallback order. */
export function selectImages(predictions: readonly Prediction[], level: Exclude<LevelId, 5>, random: Random, count: number): number[] {
  const pool = POOLS[level];
  const preferred = predictions.filter(pool.preferred).sort(byIndex);
  const picked = draw(preferred, count, random).map((p) => p.index);
  if (picked.length < count) {
    const used = new Set(picked);
    const extra = predictions.filter((p) => !used.has(p.index) && (pool.allowed?.(p) ?? true)).sort((a, b) => pool.fallback(a, b) || a.index - b.index);
    picked.push(...extra.slice(0, count - picked.length).map((p) => p.index));
  }
  return picked;
}

/** A game's rounds. Same (predictions, level, seed) → the same rounds, in the same order. */
export function selectRounds(predictions: readonly Prediction[], level: LevelId, seed: number, count = ROUNDS_PER_GAME): RoundSpec[] {
  // The level is mixed into the seed: seed 7 gives different images at level 1 and level 4.
  const random = mulberry32((seed >>> 0) ^ Math.imul(level, 0x9e3779b1));
  if (level === 5) return Array.from({ length: count }, () => ({ kind: 'shape', question: shapeQuestion(random), timeLimitMs: SHAPE_TIME_LIMIT_MS }));
  const images = selectImages(predictions, level, random, count);
  switch (level) {
    case 4:
      return images.map((image) => ({ kind: 'filter', image, pick: Math.floor(random() * 1024) }));
    case 6:
      return images.map((image) => ({ kind: 'truth', image }));
    default:
      return images.map((image) => ({ kind: 'network', image }));
  }
}
