// The filter and stride playground's pure side: the classic kernels at any size (edge, blur,
// sharpen, emboss, built by one rule each so a 5 × 5 edge is the 3 × 3 one grown), the output-size
// formula with the numbers filled in, and the settings a kernel slide needs.
import { outputLength } from '../../../shared/layers';
import type { Padding } from '../../../shared/spec';

export type ClassicKernel = 'edge' | 'blur' | 'sharpen' | 'emboss';
export const CLASSIC_KERNELS: readonly ClassicKernel[] = ['edge', 'blur', 'sharpen', 'emboss'];

export const MAX_KERNEL = 7;
export const STRIDES = [1, 2, 3] as const;
/** The largest 'same' padding on one side: ⌊(7 − 1) / 2⌋. */
export const MAX_PAD = Math.floor((MAX_KERNEL - 1) / 2);

const sign = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** A classic kernel of kh × kw weights, row-major. */
export function classicKernel(kind: ClassicKernel, kh: number, kw: number): number[] {
  const ci = (kh - 1) / 2;
  const cj = (kw - 1) / 2;
  const cells = Array.from({ length: kh * kw }, (_, p) => [Math.floor(p / kw), p % kw] as const);
  switch (kind) {
    case 'blur':
      // The mean of the window: every weight 1 / (kh·kw).
      return cells.map(() => 1 / (kh * kw));
    case 'edge':
      // Right minus left (dark → light from left to right lights up); a one-column kernel looks down instead.
      return cells.map(([i, j]) => (kw > 1 ? sign(j - cj) : sign(i - ci)));
    case 'sharpen': {
      // The centre against its row and column (3 × 3: 0 −1 0 / −1 5 −1 / 0 −1 0): weights sum to 1.
      const cross = cells.filter(([i, j]) => (i === ci) !== (j === cj)).length;
      return cells.map(([i, j]) => (i === ci && j === cj ? cross + 1 : i === ci || j === cj ? -1 : 0));
    }
    case 'emboss':
      // Top-left against bottom-right (3 × 3: −2 −1 0 / −1 1 1 / 0 1 2).
      return cells.map(([i, j]) => (i === ci && j === cj ? 1 : sign(i - ci) + sign(j - cj)));
  }
}

export interface OutputFormula {
  /** The formula with the numbers in, e.g. "⌊(28 + 2·0 − 3) / 2⌋ + 1 = 13". */
  text: string;
  value: number;
}

/**
 * One axis of the output size: 'valid' ⌊(n + 2p − k) / s⌋ + 1 with p = 0; 'same' ⌈n / s⌉ (TF pads
 * as much as that needs, the odd one after).
 */
export function outputFormula(n: number, k: number, stride: number, padding: Padding): OutputFormula {
  const value = Math.max(0, outputLength(n, k, stride, padding));
  const text = padding === 'same' ? `⌈${n} / ${stride}⌉ = ${value}` : `⌊(${n} + 2·0 − ${k}) / ${stride}⌋ + 1 = ${value}`;
  return { text, value };
}

export interface PlaygroundSettings {
  kh: number;
  kw: number;
  stride: number;
  padding: Padding;
}

export const DEFAULT_PLAYGROUND: PlaygroundSettings = { kh: 3, kw: 3, stride: 1, padding: 'valid' };

/** Kernel weights resized to kh × kw: kept where they overlap (top-left), zeros elsewhere. */
export function resizeKernel(weights: readonly number[], fromH: number, fromW: number, kh: number, kw: number): number[] {
  return Array.from({ length: kh * kw }, (_, p) => {
    const i = Math.floor(p / kw);
    const j = p % kw;
    return i < fromH && j < fromW ? (weights[i * fromW + j] ?? 0) : 0;
  });
}
