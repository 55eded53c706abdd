// Seeded randomness: the same seed gives a bit-identical run (initial weights and every epoch's
// shuffle). mulberry32: tiny, fast, 32-bit state, good enough for init and shuffling.

export type Random = () => number;

/** Uniform floats in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The u32 a raw mulberry32 output u must stay below for `random() < p` (random() = u / 2^32):
 * u < ceil(p · 2^32). Saturates at 2^32 − 1 for p within 2^−32 of 1. For the dropout kernel.
 */
export function drawThreshold(p: number): number {
  return Math.min(Math.ceil(p * 2 ** 32), 2 ** 32 - 1);
}

/** Keras glorot_uniform: U(−limit, limit), limit = sqrt(6 / (fanIn + fanOut)). */
export function glorotUniform(out: Float32Array, fanIn: number, fanOut: number, random: Random): void {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  for (let i = 0; i < out.length; i++) out[i] = (random() * 2 - 1) * limit;
}

/** In-place Fisher–Yates shuffle. */
export function shuffleInPlace(values: Uint32Array, random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
