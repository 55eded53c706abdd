// conv2d kernels (forward, backward input, backward filter) and biasBackward against the float64
// reference, sweeping the leftover sizes: channels/filters around multiples of 4 and 16, every
// kernel shape × stride × padding, odd spatial sizes, batch 1..5, plus fast-check random shapes.
//
// Tolerance (see reductionTolerance): 1e-6 · sqrt(L) · max Σ|terms| with L the reduction length —
// forward KH·KW·C, backward input KH·KW·K, backward filter N·OH·OW, bias N·OH·OW.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { biasBackward } from './reference/bias';
import { conv2dBackwardFilter, conv2dBackwardInput, conv2dForward, convShape, type ConvShape, type Padding } from './reference/conv2d';
import { randomF32Values, seededRandom } from './reference/random';
import { reluBackward } from './reference/relu';
import { absolute, expectClose, reductionTolerance } from './test-compare';
import { TestMemory, type Placement } from './test-memory';

const CHANNELS = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33];
const KERNELS: Array<[number, number]> = [[1, 1], [1, 3], [3, 1], [3, 3], [2, 5], [5, 5]];
const STRIDES = [1, 2, 3];
const SPATIAL: Array<[number, number]> = [[7, 9], [9, 7], [28, 28], [4, 4], [1, 5]];

interface ConvCase {
  n: number; h: number; wd: number; c: number; kh: number; kw: number; k: number;
  strideH: number; strideW: number; padding: Padding; relu: boolean; bias: boolean; seed: number;
}

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

const describeCase = (t: ConvCase) =>
  `n${t.n} ${t.h}x${t.wd}x${t.c} → k${t.k} ${t.kh}x${t.kw} s${t.strideH}x${t.strideW} ${t.padding}` +
  `${t.relu ? ' relu' : ''}${t.bias ? '' : ' nobias'} seed ${t.seed}`;

/** 'valid' needs the kernel to fit; fall back to 'same' otherwise. */
function fitPadding(t: ConvCase): ConvCase {
  return t.padding === 'valid' && (t.kh > t.h || t.kw > t.wd) ? { ...t, padding: 'same' } : t;
}

/**
 * Runs the three conv kernels and biasBackward on one case; `endSlot` picks which buffer of each
 * call sits flush against the end of memory (an over-read or over-write there traps).
 */
function checkConvCase(t: ConvCase, endSlot: number): void {
  const s: ConvShape = convShape(t.n, t.h, t.wd, t.c, t.kh, t.kw, t.k, t.strideH, t.strideW, t.padding);
  const label = describeCase(t);
  const random = seededRandom(t.seed);
  const x = randomF32Values(random, t.n * t.h * t.wd * t.c), w = randomF32Values(random, t.kh * t.kw * t.c * t.k);
  const b = randomF32Values(random, t.k), dy = randomF32Values(random, t.n * s.oh * s.ow * t.k);
  const yCount = dy.length;
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const e = memory.exports;
  const geometry = [s.n, s.h, s.wd, s.c, s.kh, s.kw, s.k, s.strideH, s.strideW, s.padTop, s.padLeft, s.oh, s.ow] as const;

  memory.reset();
  const px = memory.f32('x', x, at(0, 4)), pw = memory.f32('w', w, at(1, 4));
  const pb = t.bias ? memory.f32('b', b, at(2, 4)) : 0, py = memory.output('y', yCount, at(3, 4));
  e.conv2dForward(px, pw, pb, py, ...geometry, t.relu ? 1 : 0);
  memory.checkGuards();
  const y = conv2dForward(x, w, t.bias ? b : null, s, t.relu);
  const yTerms = conv2dForward(absolute(x), absolute(w), t.bias ? absolute(b) : null, s);
  expectClose(`forward ${label}`, memory.readF32(py, yCount), y, reductionTolerance(t.kh * t.kw * t.c + 1, yTerms), [s.n, s.oh, s.ow, s.k]);

  // Input gradient: with the transposed-filter scratch (stride 1, C ≥ 4: the forward GEMM) or
  // without it (the dot-product path), and with the fused ReLU mask of the layer below (relu cases:
  // a mask with zeros and negatives, as a ReLU output would not have them, to pin "> 0").
  memory.reset();
  const mask = t.relu ? randomF32Values(random, x.length).map((v, i) => (i % 7 === 0 ? 0 : v)) : null;
  const pdy = memory.f32('dy', dy, at(0, 5)), pw2 = memory.f32('w', w, at(1, 5)), pdx = memory.output('dx', x.length, at(2, 5));
  const pwT = t.seed % 3 === 0 ? 0 : memory.output('wT', w.length, at(3, 5)), pmask = mask ? memory.f32('mask', mask, at(4, 5)) : 0;
  e.conv2dBackwardInput(pdy, pw2, pwT, pdx, pmask, ...geometry);
  memory.checkGuards();
  const dxFull = conv2dBackwardInput(dy, w, s), dxTerms = conv2dBackwardInput(absolute(dy), absolute(w), s);
  const dx = mask ? reluBackward(mask, dxFull) : dxFull;
  const path = `${pwT ? 'transposed' : 'gathered'}${mask ? ' masked' : ''}`;
  expectClose(`backwardInput (${path}) ${label}`, memory.readF32(pdx, x.length), dx, reductionTolerance(t.kh * t.kw * t.k, dxTerms), [s.n, s.h, s.wd, s.c]);

  memory.reset();
  const px3 = memory.f32('x', x, at(1, 3)), pdy3 = memory.f32('dy', dy, at(2, 3)), pdw = memory.output('dw', w.length, at(0, 3));
  e.conv2dBackwardFilter(px3, pdy3, pdw, ...geometry);
  memory.checkGuards();
  const dw = conv2dBackwardFilter(x, dy, s), dwTerms = conv2dBackwardFilter(absolute(x), absolute(dy), s);
  const pixels = s.n * s.oh * s.ow;
  expectClose(`backwardFilter ${label}`, memory.readF32(pdw, w.length), dw, reductionTolerance(pixels, dwTerms), [s.kh, s.kw, s.c, s.k]);

  memory.reset();
  const pdy4 = memory.f32('dy', dy, at(0, 2)), pdb = memory.output('db', t.k, at(1, 2));
  e.biasBackward(pdy4, pdb, pixels, t.k);
  memory.checkGuards();
  const db = biasBackward(dy, pixels, t.k), dbTerms = biasBackward(absolute(dy), pixels, t.k);
  expectClose(`biasBackward ${label}`, memory.readF32(pdb, t.k), db, reductionTolerance(pixels, dbTerms));
}

describe('conv2d kernels vs float64 reference', () => {
  it('sweeps every channels × filters pair (1..33), random geometry each', () => {
    let index = 0;
    for (const c of CHANNELS) {
      for (const k of CHANNELS) {
        const pick = seededRandom(1000 + index);
        const choose = <T>(list: readonly T[]) => list[Math.floor(pick() * list.length)];
        const [kh, kw] = choose(KERNELS);
        const [h, wd] = choose(SPATIAL.filter(([hh]) => hh !== 28)); // keep the 121 cases cheap
        const t = fitPadding({
          n: 1 + (index % 5), h, wd, c, kh, kw, k, strideH: choose(STRIDES), strideW: choose(STRIDES),
          padding: pick() < 0.5 ? 'valid' : 'same', relu: index % 3 === 0, bias: index % 4 !== 1, seed: index,
        });
        checkConvCase(t, index++);
      }
    }
  });

  it('sweeps every kernel shape × stride pair × padding on odd and 28x28 images', () => {
    let index = 0;
    for (const [kh, kw] of KERNELS) {
      for (const strideH of STRIDES) {
        for (const strideW of STRIDES) {
          for (const padding of ['valid', 'same'] as const) {
            const [h, wd] = SPATIAL[index % SPATIAL.length];
            const big = h * wd > 100;
            const c = CHANNELS[(index * 7) % (big ? 8 : 11)], k = CHANNELS[(index * 5 + 3) % (big ? 8 : 11)];
            const t = fitPadding({ n: 1 + (index % 3), h, wd, c, kh, kw, k, strideH, strideW, padding, relu: index % 2 === 0, bias: true, seed: 5000 + index });
            checkConvCase(t, index++);
          }
        }
      }
    }
  });

  it('sweeps the register-tile leftovers: K = 1..9, 16, 17, 33 × C, output rows of 1..9 pixels', () => {
    // Tiles: forward 4/2/1 pixels × 8/4 filters (+ the overlapped f32x4 at K − 4; the stride-1
    // input gradient runs on them with C as the filters), gathered backward input 2/1 pixels ×
    // 4/1 channels (+ masked K tail), backward filter 4/1 taps·C rows × 8/4 filters.
    const FILTERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17, 33];
    const INPUT_CHANNELS = [1, 3, 4, 6, 10];
    const SHAPES: Array<[number, number]> = [[3, 3], [1, 3], [2, 2], [3, 1]];
    let index = 0;
    for (const k of FILTERS) {
      for (const c of INPUT_CHANNELS) {
        const [kh, kw] = SHAPES[index % SHAPES.length];
        const padding = index % 3 === 2 ? 'same' : 'valid';
        const stride = index % 7 === 6 ? 2 : 1;
        // valid, stride 1: the output row has wd − kw + 1 = 1..9 pixels
        const t = fitPadding({
          n: 1 + (index % 3), h: kh + (index % 4), wd: kw + (index % 9), c, kh, kw, k, strideH: stride, strideW: stride,
          padding, relu: index % 2 === 0, bias: index % 5 !== 4, seed: 9000 + index,
        });
        checkConvCase(t, index++);
      }
    }
  });

  it('handles the first layers of the benchmark models (C = 1): 1x3 → 5 valid, 3x3 → 10 same, 3x3 → 32 valid', () => {
    checkConvCase({ n: 2, h: 28, wd: 28, c: 1, kh: 1, kw: 3, k: 5, strideH: 1, strideW: 1, padding: 'valid', relu: true, bias: true, seed: 51 }, 0);
    checkConvCase({ n: 2, h: 28, wd: 28, c: 1, kh: 3, kw: 3, k: 10, strideH: 1, strideW: 1, padding: 'same', relu: true, bias: true, seed: 52 }, 1);
    checkConvCase({ n: 2, h: 28, wd: 28, c: 1, kh: 3, kw: 3, k: 32, strideH: 1, strideW: 1, padding: 'valid', relu: true, bias: true, seed: 53 }, 2);
  });

  it('handles the second layers of the benchmark models: 28x28x10 → 20 same, 26x26x32 → 32 valid', () => {
    checkConvCase({ n: 2, h: 28, wd: 28, c: 10, kh: 3, kw: 3, k: 20, strideH: 1, strideW: 1, padding: 'same', relu: true, bias: true, seed: 54 }, 3);
    checkConvCase({ n: 1, h: 26, wd: 26, c: 32, kh: 3, kw: 3, k: 32, strideH: 1, strideW: 1, padding: 'valid', relu: true, bias: true, seed: 55 }, 4);
  });

  it("handles the lesson's first layer: 28x28x1 → 5 filters 1x3, batch 5", () => {
    for (const padding of ['valid', 'same'] as const) {
      checkConvCase({ n: 5, h: 28, wd: 28, c: 1, kh: 1, kw: 3, k: 5, strideH: 1, strideW: 1, padding, relu: true, bias: true, seed: 42 }, 0);
    }
  });

  it('handles a wide layer: 14x14x16 → 33 filters 3x3 same, batch 2', () => {
    checkConvCase({ n: 2, h: 14, wd: 14, c: 16, kh: 3, kw: 3, k: 33, strideH: 1, strideW: 1, padding: 'same', relu: false, bias: true, seed: 43 }, 1);
  });

  it('agrees on random shapes (fast-check)', () => {
    const shape = fc.record({
      n: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 11 }), wd: fc.integer({ min: 1, max: 11 }),
      c: fc.integer({ min: 1, max: 20 }), k: fc.integer({ min: 1, max: 20 }),
      kh: fc.integer({ min: 1, max: 5 }), kw: fc.integer({ min: 1, max: 5 }),
      strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }),
      padding: fc.constantFrom<Padding>('valid', 'same'), relu: fc.boolean(), bias: fc.boolean(),
      seed: fc.nat(), endSlot: fc.nat(11),
    });
    fc.assert(fc.property(shape, ({ endSlot, ...t }) => { checkConvCase(fitPadding(t), endSlot); }), { numRuns: 60 });
  });
});
