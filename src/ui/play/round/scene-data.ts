// From a network's outputs for one image to what a round shows and asks (pure): the map the sweep
// fills in, the pooled layer that the maps collapse into, the four filters of a filter round, and
// the round's options and right answer.
import { CLASS_COUNT } from '../../../data/classes';
import type { LayerActivation } from '../../../shared/training-types';
import { channelRanges, channelStates, strongestChannel, topClasses } from '../../views/feature-maps/activations';
import type { RoundSpec } from '../game/round-spec';

/** Channel `channel` of an (h, w, c) NHWC activation as h·w values. */
export function channelValues(values: ArrayLike<number>, shape: readonly number[], channel: number): Float32Array {
  const [h, w, c] = shape;
  const out = new Float32Array(h * w);
  for (let p = 0; p < h * w; p++) out[p] = values[p * c + channel];
  return out;
}

export const maxOf = (values: ArrayLike<number>): number => {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
};

/** The first layer's output when it is a convolution (the maps that light up). */
export function firstMaps(activations: readonly LayerActivation[]): LayerActivation | undefined {
  const first = activations[0];
  return first?.kind === 'conv2d' && first.shape.length === 3 ? first : undefined;
}

/** The last pooling layer's output (max-, average- or channel max-pool): what the maps collapse into. */
export function pooledMaps(activations: readonly LayerActivation[]): LayerActivation | undefined {
  return [...activations].reverse().find((a) => (a.kind === 'maxPool2d' || a.kind === 'avgPool2d' || a.kind === 'channelMaxPool') && a.shape.length === 3);
}

/** The channel the sweep draws: the one that responds most to the image. */
export function sweepChannel(maps: LayerActivation): number {
  return strongestChannel(channelRanges(maps.values, maps.shape));
}

/** A small seeded generator: the same `pick` gives the same filter round everywhere. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

export interface FilterRound {
  /** The channel whose map is shown. */
  target: number;
  /** The filters offered (channel indices), in button order. */
  options: number[];
  /** Index of `target` in `options`. */
  answer: number;
}

/**
 * The filter round for `pick`: the target is one of the filters that respond to the image (not an
 * empty or flat map, which any dead filter could have made), the others are drawn from the rest.
 */
export function resolveFilterRound(maps: LayerActivation, pick: number, offered = 4): FilterRound {
  const channels = maps.shape[2];
  const states = channelStates(channelRanges(maps.values, maps.shape));
  const active = states.flatMap((state, k) => (state === 'active' ? [k] : []));
  const candidates = active.length > 0 ? active : states.map((_, k) => k);
  const random = lcg(pick + 1);
  const target = candidates[Math.floor(random() * candidates.length)];
  const others = Array.from({ length: channels }, (_, k) => k).filter((k) => k !== target);
  const options = [target];
  while (options.length < Math.min(offered, channels)) options.push(others.splice(Math.floor(random() * others.length), 1)[0]);
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [options[i], options[j]] = [options[j], options[i]];
  }
  return { target, options, answer: options.indexOf(target) };
}

/** What the network said about the image: its class, its top three, the true class. */
export interface NetworkVerdict {
  probabilities: Float32Array;
  predicted: number;
  top: { label: number; probability: number }[];
  label: number;
}

export function networkVerdict(probabilities: Float32Array, label: number): NetworkVerdict {
  const top = topClasses(probabilities, 3);
  return { probabilities, predicted: top[0].label, top, label };
}

/** How many options a round offers and which is right. */
export function roundQuestion(spec: RoundSpec, verdict: NetworkVerdict | undefined, filter: FilterRound | undefined): { optionCount: number; answer: number } {
  switch (spec.kind) {
    case 'network':
      return { optionCount: CLASS_COUNT, answer: verdict!.predicted };
    case 'truth':
      return { optionCount: CLASS_COUNT, answer: verdict!.label };
    case 'filter':
      return { optionCount: filter!.options.length, answer: filter!.answer };
    case 'shape':
      return { optionCount: spec.question.options.length, answer: spec.question.answer };
    case 'choice':
      return { optionCount: spec.options.length, answer: spec.answer };
  }
}
