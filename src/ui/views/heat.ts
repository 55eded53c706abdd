// Colours of the heatmaps (kernel weights, the confusion matrix): a value →
// CSS background plus a readable text colour. The numbers are always printed too, so colour is
// never the only carrier of information.

export interface Shade {
  background: string;
  /** Dark or light text, whichever contrasts with the background. */
  ink: string;
}

type Rgb = [number, number, number];
const WHITE: Rgb = [255, 255, 255];
/** ColorBrewer RdBu ends: colour-blind safe blue (negative) and red (positive). */
const NEGATIVE: Rgb = [33, 102, 172];
const POSITIVE: Rgb = [178, 24, 43];
/** Confusion matrix: correct answers blue, mistakes orange. */
const CORRECT: Rgb = [31, 58, 95];
const MISTAKE: Rgb = [191, 91, 4];
/** Pure black and white: for every background one of them reaches 4.5:1 (WCAG AA). */
const DARK_INK = '#000000';
const LIGHT_INK = '#ffffff';

const mix = (from: Rgb, to: Rgb, amount: number): Rgb => from.map((c, i) => Math.round(c + (to[i] - c) * amount)) as Rgb;

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two luminances. */
export const contrastRatio = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

function shade(rgb: Rgb): Shade {
  const l = luminance(rgb);
  return { background: `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`, ink: contrastRatio(l, 1) >= contrastRatio(l, 0) ? LIGHT_INK : DARK_INK };
}

/** A weight on a diverging scale: −maxAbs blue, 0 white, +maxAbs red (clamped). */
export function weightShade(value: number, maxAbs: number): Shade {
  const t = maxAbs > 0 ? Math.max(-1, Math.min(1, value / maxAbs)) : 0;
  return shade(t < 0 ? mix(WHITE, NEGATIVE, -t) : mix(WHITE, POSITIVE, t));
}

/**
 * A confusion-matrix cell: intensity by count relative to `max` (square root, so the few dozen
 * images of a common mistake still show next to a diagonal of ~900). Empty cells stay white.
 */
export function cellShade(count: number, max: number, correct: boolean): Shade {
  const t = max > 0 && count > 0 ? Math.min(1, 0.08 + 0.92 * Math.sqrt(count / max)) : 0;
  return shade(mix(WHITE, correct ? CORRECT : MISTAKE, t));
}
