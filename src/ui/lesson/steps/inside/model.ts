// "Look inside", the plain logic: which filters an image leaves empty, which stay empty for every
// sample image (dead filters), and the check "which filter is empty for this image?".
import type { ChannelState } from '../../../views/feature-maps/activations';

/** The learner's first network. */
export const PRESET = 'seed-a';
export const STEP_POINTS = 10;

/** Channels of an (h, w, c) activation (NHWC) with no value above 0: ReLU cut the whole map. */
export function emptyChannels(values: ArrayLike<number>, shape: readonly number[]): number[] {
  const [h, w, c] = shape;
  const empty: number[] = [];
  for (let k = 0; k < c; k++) {
    let max = 0;
    for (let p = 0; p < h * w; p++) max = Math.max(max, values[p * c + k]);
    if (max <= 1e-7) empty.push(k);
  }
  return empty;
}

/** The channels in every one of `sets`: empty whatever the picture (dead). */
export function emptyInAll(sets: readonly (readonly number[])[]): number[] {
  return sets.length === 0 ? [] : sets.reduce<number[]>((dead, empty) => dead.filter((k) => empty.includes(k)), [...sets[0]]);
}

/** The channels in `state` ('empty', 'flat'), or all but the active ones. */
export const channelsIn = (states: readonly ChannelState[], state: ChannelState | 'inactive'): number[] =>
  states.flatMap((s, k) => ((state === 'inactive' ? s !== 'active' : s === state) ? [k] : []));

export type EmptyAnswer = 'right' | 'wrongNone' | 'wrongPick';

/** The learner's answer: filter `k` (0-based) is empty, or none is (k < 0). */
export function checkEmptyAnswer(k: number, states: readonly ChannelState[]): EmptyAnswer {
  const inactive = channelsIn(states, 'inactive');
  if (k < 0) return inactive.length === 0 ? 'right' : 'wrongNone';
  return inactive.includes(k) ? 'right' : 'wrongPick';
}
