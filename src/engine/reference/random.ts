// Seeded randomness for tests: reproducible inputs, so a failure can be replayed.

/** mulberry32, the engine's own seeded generator (src/engine/random.ts). */
export { mulberry32 as seededRandom } from '../random';

/** count uniform values in [lo, hi), rounded to f32 so kernel and reference see the same numbers. */
export function randomF32Values(random: () => number, count: number, lo = -1, hi = 1): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.fround(lo + (hi - lo) * random());
  return out;
}

/** count integers in [0, bound). */
export function randomInts(random: () => number, count: number, bound: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.floor(random() * bound);
  return out;
}
