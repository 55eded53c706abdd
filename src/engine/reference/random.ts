// Seeded randomness for tests: reproducible inputs, so a failure can be replayed.

/** mulberry32: a small, fast, seeded uniform generator on [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
