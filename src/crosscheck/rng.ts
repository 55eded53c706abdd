// Seeded inputs for the cross-check: the same seed gives the same tensors in Node and in the browser.

/** mulberry32, the engine's own seeded generator (src/engine/random.ts). */
export { mulberry32 as makeRng } from '../engine/random';

export type Rng = () => number;

/** count values uniform in [lo, hi), rounded to f32. */
export function uniform(rng: Rng, count: number, lo = -1, hi = 1): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = lo + (hi - lo) * rng();
  return out;
}

/**
 * count DISTINCT values in [-1, 1] in random order (a shuffled evenly spaced grid), so max
 * ops have no ties and tfjs's "gradient to every tied maximum" equals our "first maximum wins".
 * Spacing 2/count stays far above f32 resolution for any count we test (< 2^20).
 */
export function distinct(rng: Rng, count: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = count === 1 ? 0.5 : -1 + (2 * i) / (count - 1);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}

/** count labels in [0, classes). */
export function labels(rng: Rng, count: number, classes: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.floor(rng() * classes);
  return out;
}

/** Magnitudes in [lo, 1] with random signs: gradients whose Adam denominators stay far above ε. */
export function signedAwayFromZero(rng: Rng, count: number, lo: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = (rng() < 0.5 ? -1 : 1) * (lo + (1 - lo) * rng());
  return out;
}
