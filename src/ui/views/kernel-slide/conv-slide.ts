// The kernel slide as pure functions: geometry (TF 'valid'/'same' rules), the window of
// each output position, the arithmetic shown there, and time → position for the animation.
// A position p is the p-th output cell in row-major order: (row, col) = (⌊p/outW⌋, p mod outW).
//
// Convolution here is what Conv2D computes (cross-correlation, no kernel flip), one channel:
//   z[r][c] = Σ_i Σ_j x[r·s − padTop + i][c·s − padLeft + j] · w[i][j] + b,   out = max(z, 0)
// with x = pixel / 255 and x = 0 outside the image (the zeros of 'same' padding).
import { outputLength, paddingBefore } from '../../../shared/layers';
import type { ModelSpec, Padding } from '../../../shared/spec';

export interface ConvGeometry {
  inH: number;
  inW: number;
  kh: number;
  kw: number;
  /** The same stride both ways (the controls offer 1, 2, 3). */
  stride: number;
  padding: Padding;
}

export interface ConvLayout extends ConvGeometry {
  outH: number;
  outW: number;
  /** Implicit zero rows above / columns left of the input ('same' only). */
  padTop: number;
  padLeft: number;
  /** Zero rows below / columns right that some window touches ('same' only). */
  padBottom: number;
  padRight: number;
  /** outH × outW. */
  positions: number;
}

export function convLayout(g: ConvGeometry): ConvLayout {
  const outH = Math.max(0, outputLength(g.inH, g.kh, g.stride, g.padding));
  const outW = Math.max(0, outputLength(g.inW, g.kw, g.stride, g.padding));
  const padTop = paddingBefore(g.inH, g.kh, g.stride, outH, g.padding);
  const padLeft = paddingBefore(g.inW, g.kw, g.stride, outW, g.padding);
  // The last window ends at (out−1)·s − padBefore + k; anything beyond the input is padding.
  const padBottom = Math.max(0, (outH - 1) * g.stride - padTop + g.kh - g.inH);
  const padRight = Math.max(0, (outW - 1) * g.stride - padLeft + g.kw - g.inW);
  return { ...g, outH, outW, padTop, padLeft, padBottom, padRight, positions: outH * outW };
}

export interface ConvWindow {
  position: number;
  /** Output cell. */
  row: number;
  col: number;
  /** Input coordinates of the window's top-left pixel (negative inside the top/left padding). */
  top: number;
  left: number;
}

export function clampPosition(layout: ConvLayout, position: number): number {
  return Math.min(Math.max(0, Math.floor(position)), Math.max(0, layout.positions - 1));
}

export function windowAt(layout: ConvLayout, position: number): ConvWindow {
  const p = clampPosition(layout, position);
  const row = Math.floor(p / Math.max(1, layout.outW));
  const col = p % Math.max(1, layout.outW);
  return { position: p, row, col, top: row * layout.stride - layout.padTop, left: col * layout.stride - layout.padLeft };
}

export interface ConvArithmetic extends ConvWindow {
  /** kh × kw input values under the window, row-major (0 where the window covers padding). */
  patch: number[];
  /** Whether each patch cell lies on the image (false = padding). */
  inside: boolean[];
  /** kh × kw kernel weights, row-major. */
  weights: number[];
  /** patch[k] · weights[k]. */
  products: number[];
  /** Σ products (before the bias). */
  sum: number;
  bias: number;
  /** sum + bias: the value before the activation. */
  z: number;
  /** ReLU(z): the cell of the feature map. */
  output: number;
}

/**
 * The arithmetic at one position. `input` is inH × inW row-major, already scaled (pixel / 255);
 * `kernel` is kh × kw row-major.
 */
export function arithmeticAt(input: ArrayLike<number>, layout: ConvLayout, kernel: ArrayLike<number>, bias: number, position: number): ConvArithmetic {
  const window = windowAt(layout, position);
  const patch: number[] = [];
  const inside: boolean[] = [];
  const weights: number[] = [];
  const products: number[] = [];
  let sum = 0;
  for (let i = 0; i < layout.kh; i++) {
    for (let j = 0; j < layout.kw; j++) {
      const y = window.top + i;
      const x = window.left + j;
      const on = y >= 0 && y < layout.inH && x >= 0 && x < layout.inW;
      const value = on ? input[y * layout.inW + x] : 0;
      const weight = kernel[i * layout.kw + j];
      patch.push(value);
      inside.push(on);
      weights.push(weight);
      products.push(value * weight);
      sum += value * weight;
    }
  }
  const z = sum + bias;
  return { ...window, patch, inside, weights, products, sum, bias, z, output: Math.max(0, z) };
}

/** The whole feature map (outH × outW, after ReLU), one arithmeticAt per cell. */
export function featureMap(input: ArrayLike<number>, layout: ConvLayout, kernel: ArrayLike<number>, bias: number): Float64Array {
  const out = new Float64Array(layout.positions);
  for (let p = 0; p < layout.positions; p++) out[p] = arithmeticAt(input, layout, kernel, bias, p).output;
  return out;
}

/** A 28×28 u8 image as network input (pixel / 255, as the engine scales it). */
export function scaleImage(pixels: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: pixels.length }, (_, i) => pixels[i] / 255);
}

/**
 * A one-filter network whose layer 0 is exactly the convolution shown, for cross-checks with the
 * engine: build it, setWeights(0, [{ shape: [kh, kw, 1, 1], values: kernel }, { shape: [1], values: [bias] }]),
 * then activations(image)[0].values[row · outW + col] is the cell's output.
 */
export function convCheckSpec(g: ConvGeometry): ModelSpec {
  return {
    name: 'kernel-slide-check',
    input: [g.inH, g.inW, 1],
    layers: [
      { kind: 'conv2d', filters: 1, kernelSize: [g.kh, g.kw], strides: [g.stride, g.stride], padding: g.padding, activation: 'relu' },
      { kind: 'flatten' },
      { kind: 'dense', units: 10, activation: 'softmax' },
    ],
  };
}

// ---- time → position -------------------------------------------------------------------------

/** Share of each position's time the window spends gliding in from the previous one. */
export const GLIDE_SHARE = 0.35;

/** Position shown at `timeMs` when playing `speed` positions per second from position 0. */
export function positionAtTime(timeMs: number, speed: number, positions: number): number {
  if (positions <= 0) return 0;
  return Math.min(positions - 1, Math.max(0, Math.floor((timeMs * speed) / 1000 + 1e-9)));
}

/** The time at which `position` starts (inverse of positionAtTime). */
export function timeAtPosition(position: number, speed: number): number {
  return (position * 1000) / speed;
}

/** Total playing time to reach the last position. */
export function slideDuration(positions: number, speed: number): number {
  return timeAtPosition(Math.max(0, positions - 1), speed);
}

export interface WindowFrame extends ConvWindow {
  /** Where the window is drawn (input coordinates, fractional while gliding). */
  x: number;
  y: number;
}

const easeOut = (u: number) => 1 - (1 - u) * (1 - u);

/**
 * The window drawn at `timeMs`: it sits on positionAtTime, gliding from the previous position during
 * the first GLIDE_SHARE of the interval (along a row only; a new row starts with a jump).
 */
export function windowFrame(layout: ConvLayout, timeMs: number, speed: number): WindowFrame {
  const position = positionAtTime(timeMs, speed, layout.positions);
  const current = windowAt(layout, position);
  const frame = { ...current, x: current.left, y: current.top };
  if (position === 0 || current.col === 0) return frame;
  const u = (timeMs - timeAtPosition(position, speed)) / (timeAtPosition(1, speed) * GLIDE_SHARE);
  if (!(u < 1)) return frame;
  const previous = windowAt(layout, position - 1);
  const k = easeOut(Math.max(0, u));
  return { ...frame, x: previous.left + (current.left - previous.left) * k, y: previous.top + (current.top - previous.top) * k };
}
