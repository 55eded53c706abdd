// Reading activations (pure): per-channel ranges, empty ("dead") channels,
// gray levels for drawing, the top classes of a prediction.

export interface ChannelRange {
  min: number;
  max: number;
  mean: number;
}

/** Ranges of each channel of an (h, w, c) activation stored NHWC. */
export function channelRanges(values: ArrayLike<number>, shape: readonly number[]): ChannelRange[] {
  const [h, w, c] = shape;
  const ranges = Array.from({ length: c }, () => ({ min: Infinity, max: -Infinity, mean: 0 }));
  for (let p = 0; p < h * w; p++) {
    for (let k = 0; k < c; k++) {
      const v = values[p * c + k];
      const r = ranges[k];
      if (v < r.min) r.min = v;
      if (v > r.max) r.max = v;
      r.mean += v;
    }
  }
  for (const r of ranges) r.mean /= h * w;
  return ranges;
}

export type ChannelState = 'active' | 'empty' | 'flat';

/**
 * 'empty': every value is 0 (ReLU cut the whole map); 'flat': nearly constant (less than
 * `flatShare` of the layer's largest spread), so it carries no picture; else 'active'.
 */
export function channelStates(ranges: readonly ChannelRange[], flatShare = 0.02): ChannelState[] {
  const spread = Math.max(0, ...ranges.map((r) => r.max - r.min));
  return ranges.map((r) => {
    if (Math.abs(r.max) <= 1e-7 && Math.abs(r.min) <= 1e-7) return 'empty';
    if (r.max - r.min <= flatShare * spread || spread === 0) return 'flat';
    return 'active';
  });
}

/** The channel with the largest mean activation (the one that "responds" most to this image). */
export function strongestChannel(ranges: readonly ChannelRange[]): number {
  let best = 0;
  ranges.forEach((r, k) => {
    if (r.mean > ranges[best].mean) best = k;
  });
  return best;
}

/**
 * Gray level 0..255 of each pixel of channel `channel`, scaled to the channel's own range (as
 * matplotlib's imshow does); a flat channel is drawn black.
 */
export function channelGray(values: ArrayLike<number>, shape: readonly number[], channel: number, range: ChannelRange, out = new Uint8Array(shape[0] * shape[1])): Uint8Array {
  const [h, w, c] = shape;
  const span = range.max - range.min;
  for (let p = 0; p < h * w; p++) out[p] = span > 1e-12 ? Math.round(((values[p * c + channel] - range.min) / span) * 255) : 0;
  return out;
}

export interface ClassProbability {
  label: number;
  probability: number;
}

/** The `k` most probable classes, most probable first. */
export function topClasses(probabilities: ArrayLike<number>, k = 3): ClassProbability[] {
  return Array.from(probabilities, (probability, label) => ({ label, probability }))
    .sort((a, b) => b.probability - a.probability || a.label - b.label)
    .slice(0, k);
}

/** The first test image of each class in `labels`, in class order (for image pickers). */
export function firstOfEachClass(labels: ArrayLike<number>, classes = 10): number[] {
  const first = new Array<number>(classes).fill(-1);
  for (let i = 0; i < labels.length && first.includes(-1); i++) if (first[labels[i]] < 0) first[labels[i]] = i;
  return first.filter((i) => i >= 0);
}
