// The cases the cross-check runs: one shape type per op family, the fixed table of shapes the
// app's presets use (src/shared/presets.ts), and seeded random extras for the browser page.
import { outputLength, paddingBefore } from '../shared/layers';
import { makeRng } from './rng';

export type Padding = 'valid' | 'same';

/** x (N,H,W,C) w (KH,KW,C,K) → y (N,OH,OW,K). */
export interface ConvCase { kind: 'conv2d'; n: number; h: number; w: number; c: number; kh: number; kw: number; k: number; sh: number; sw: number; padding: Padding }
/** x (N,H,W,C) → y (N,OH,OW,C), 'valid' windows. */
export interface PoolCase { kind: 'maxPool2d'; n: number; h: number; w: number; c: number; ph: number; pw: number; sh: number; sw: number }
/** x (N,H,W,C) → y (N,OH,OW,C), Keras AveragePooling2D, both paddings. */
export interface AvgPoolCase { kind: 'avgPool2d'; n: number; h: number; w: number; c: number; ph: number; pw: number; sh: number; sw: number; padding: Padding }
/** Training dropout over `count` elements: draws offset… of mulberry32(seed). */
export interface DropoutCase { kind: 'dropout'; count: number; rate: number; seed: number; offset: number }
/** x (N,H,W,C) → y (N,H,W,1): max over channels. */
export interface ChannelMaxCase { kind: 'channelMax'; n: number; h: number; w: number; c: number }
/** x (N,I) w (I,O) → y (N,O). */
export interface DenseCase { kind: 'dense'; n: number; inputs: number; units: number }
/** logits (N,K), labels (N); gradScale = 1/batch with batch ≥ N (N is one slice of a batch). */
export interface SoftmaxCase { kind: 'softmax'; n: number; classes: number; batch: number }
/** reluBackward over `count` elements. */
export interface ReluCase { kind: 'relu'; count: number }
/** `steps` Adam steps over `count` parameters. */
export interface AdamCase { kind: 'adam'; count: number; steps: number }

export type CrossCheckCase = ConvCase | PoolCase | AvgPoolCase | ChannelMaxCase | DropoutCase | DenseCase | SoftmaxCase | ReluCase | AdamCase;

export interface ConvGeometry { oh: number; ow: number; padTop: number; padLeft: number }

/** Output size and leading padding exactly as the app computes them (TF 'same' rule). */
export function convGeometry(c: ConvCase): ConvGeometry {
  const oh = outputLength(c.h, c.kh, c.sh, c.padding);
  const ow = outputLength(c.w, c.kw, c.sw, c.padding);
  return { oh, ow, padTop: paddingBefore(c.h, c.kh, c.sh, oh, c.padding), padLeft: paddingBefore(c.w, c.kw, c.sw, ow, c.padding) };
}

export function poolGeometry(c: PoolCase | AvgPoolCase): ConvGeometry {
  const padding = c.kind === 'avgPool2d' ? c.padding : 'valid';
  const oh = outputLength(c.h, c.ph, c.sh, padding), ow = outputLength(c.w, c.pw, c.sw, padding);
  return { oh, ow, padTop: paddingBefore(c.h, c.ph, c.sh, oh, padding), padLeft: paddingBefore(c.w, c.pw, c.sw, ow, padding) };
}

/** "x 2×28×28×1 w 1×3→5 s1×1 valid" — the label a row carries (code-like, the same in every language). */
export function describeCase(c: CrossCheckCase): string {
  switch (c.kind) {
    case 'conv2d':
      return `x ${c.n}×${c.h}×${c.w}×${c.c} w ${c.kh}×${c.kw}→${c.k} s${c.sh}×${c.sw} ${c.padding}`;
    case 'maxPool2d':
      return `x ${c.n}×${c.h}×${c.w}×${c.c} p${c.ph}×${c.pw} s${c.sh}×${c.sw}`;
    case 'avgPool2d':
      return `x ${c.n}×${c.h}×${c.w}×${c.c} p${c.ph}×${c.pw} s${c.sh}×${c.sw} ${c.padding}`;
    case 'channelMax':
      return `x ${c.n}×${c.h}×${c.w}×${c.c}`;
    case 'dropout':
      return `${c.count} rate ${c.rate} seed ${c.seed} offset ${c.offset}`;
    case 'dense':
      return `x ${c.n}×${c.inputs} → ${c.units}`;
    case 'softmax':
      return `logits ${c.n}×${c.classes} gradScale 1/${c.batch}`;
    case 'relu':
      return `${c.count}`;
    case 'adam':
      return `${c.count} × t=1…${c.steps}`;
  }
}

const N = 2;
const conv = (h: number, w: number, c: number, kh: number, kw: number, k: number, padding: Padding): ConvCase =>
  ({ kind: 'conv2d', n: N, h, w, c, kh, kw, k, sh: 1, sw: 1, padding });
const pool2 = (h: number, w: number, c: number): PoolCase => ({ kind: 'maxPool2d', n: N, h, w, c, ph: 2, pw: 2, sh: 2, sw: 2 });

/** Every layer shape the presets train (batch slice of 2 keeps the browser run short). */
export const APP_CASES: CrossCheckCase[] = [
  conv(28, 28, 1, 1, 3, 5, 'valid'), // seed-a
  conv(28, 28, 1, 3, 3, 10, 'same'), // compare-*, seed-notebook L0
  conv(28, 28, 10, 3, 3, 20, 'same'), // seed-notebook L1, compare-conv-conv-pool
  conv(14, 14, 10, 3, 3, 20, 'same'), // compare-conv-pool-conv-pool
  conv(28, 28, 1, 3, 3, 32, 'valid'), // bench-c 1
  conv(26, 26, 32, 3, 3, 32, 'valid'), // bench-c 2
  pool2(28, 28, 10),
  pool2(28, 28, 20),
  pool2(14, 14, 20),
  pool2(24, 24, 32),
  { kind: 'channelMax', n: N, h: 28, w: 28, c: 20 }, // seed-notebook depth max-pool
  { kind: 'dense', n: N, inputs: 3640, units: 10 }, // seed-a
  { kind: 'dense', n: N, inputs: 784, units: 10 }, // seed-notebook
  { kind: 'dense', n: N, inputs: 1960, units: 10 }, // compare-conv-pool
  { kind: 'softmax', n: 32, classes: 10, batch: 32 },
  { kind: 'relu', count: 28 * 28 * 20 },
  { kind: 'adam', count: 36430, steps: 3 }, // seed-a's parameter count
];

/** The sandbox's extra kinds on shapes a learner builds (no preset uses them). */
export const SANDBOX_CASES: CrossCheckCase[] = [
  { kind: 'avgPool2d', n: N, h: 28, w: 28, c: 6, ph: 2, pw: 2, sh: 2, sw: 2, padding: 'valid' },
  { kind: 'avgPool2d', n: N, h: 13, w: 13, c: 8, ph: 3, pw: 3, sh: 2, sw: 2, padding: 'same' },
  { kind: 'dropout', count: N * 14 * 14 * 6, rate: 0.25, seed: 2024, offset: 0 },
  { kind: 'dropout', count: N * 288, rate: 0.5, seed: 7, offset: 3 * 288 },
];

/** Seeded random shapes: odd sizes, channels off multiples of 4, strides 1–3, both paddings. */
export function randomCases(seed: number, perKind: number): CrossCheckCase[] {
  const rng = makeRng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const out: CrossCheckCase[] = [];
  for (let i = 0; i < perKind; i++) {
    const kh = int(1, 5), kw = int(1, 5);
    const padding: Padding = rng() < 0.5 ? 'same' : 'valid';
    out.push({ kind: 'conv2d', n: int(1, 3), h: kh + int(0, 10), w: kw + int(0, 10), c: int(1, 33), kh, kw, k: int(1, 33), sh: int(1, 3), sw: int(1, 3), padding });
    const ph = int(1, 3), pw = int(1, 3);
    out.push({ kind: 'maxPool2d', n: int(1, 3), h: ph + int(0, 10), w: pw + int(0, 10), c: int(1, 33), ph, pw, sh: int(1, 3), sw: int(1, 3) });
    out.push({ kind: 'channelMax', n: int(1, 3), h: int(1, 9), w: int(1, 9), c: int(1, 33) });
    out.push({ kind: 'dense', n: int(1, 9), inputs: int(1, 300), units: int(1, 33) });
    const n = int(1, 9);
    out.push({ kind: 'softmax', n, classes: int(2, 33), batch: n + int(0, 9) });
    const ah = int(1, 4), aw = int(1, 4);
    const avgPadding: Padding = rng() < 0.5 ? 'same' : 'valid';
    out.push({ kind: 'avgPool2d', n: int(1, 3), h: ah + int(0, 10), w: aw + int(0, 10), c: int(1, 33), ph: ah, pw: aw, sh: int(1, 3), sw: int(1, 3), padding: avgPadding });
    out.push({ kind: 'dropout', count: int(1, 5000), rate: Math.round(rng() * 90) / 100, seed: int(0, 2 ** 31), offset: int(0, 1000) });
  }
  return out;
}
