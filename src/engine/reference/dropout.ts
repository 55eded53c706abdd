// Float64 reference dropout (training) — x (count) y (count) mask (count). Element i is dropped
// iff draw number offset + i of mulberry32(seed) — the engine's generator — is < rate; kept
// elements are scaled by 1 / (1 − rate) (inverted dropout, as Keras).
import { mulberry32 } from '../random';

/** mask[i] ∈ {0, 1/(1 − rate)} for elements offset … offset + count − 1 of the stream. */
export function dropoutMask(seed: number, offset: number, count: number, rate: number): Float64Array {
  const random = mulberry32(seed);
  for (let j = 0; j < offset; j++) random();
  const mask = new Float64Array(count);
  for (let i = 0; i < count; i++) mask[i] = random() < rate ? 0 : 1 / (1 - rate);
  return mask;
}

export function dropoutForward(x: ArrayLike<number>, mask: ArrayLike<number>): Float64Array {
  return Float64Array.from(x, (v, i) => v * mask[i]);
}

/** dx = dy · mask: the mask is a constant of the step, so y = x · mask differentiates to it. */
export function dropoutBackward(dy: ArrayLike<number>, mask: ArrayLike<number>): Float64Array {
  return Float64Array.from(dy, (v, i) => v * mask[i]);
}
