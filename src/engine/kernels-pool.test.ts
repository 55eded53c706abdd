// maxPool2d and channelMax kernels against the float64 reference. Values are drawn from a few
// levels (0..3) in half the cases so ties are everywhere: winners must match EXACTLY, which pins
// the tie rule (first maximum in scan order). Forward values and winners are exact; the backward
// sums overlapping windows in f32, so it gets 1e-6 · sqrt(windows per input) · max Σ|dy|. Both
// backwards are also checked with the fused ReLU mask of the layer below (dy counts where y > 0).
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { channelMaxBackward, channelMaxForward } from './reference/channelmax';
import { maxPool2dBackward, maxPool2dForward, poolShape } from './reference/maxpool2d';
import { randomF32Values, randomInts, seededRandom } from './reference/random';
import { reluBackward } from './reference/relu';
import { absolute, expectClose, expectEqual, reductionTolerance } from './test-compare';
import { TestMemory, type Placement } from './test-memory';

const CHANNELS = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33];
const POOLS: Array<[number, number]> = [[2, 2], [3, 3], [2, 3], [1, 1], [3, 1]];
const SPATIAL: Array<[number, number]> = [[7, 9], [28, 28], [9, 7], [4, 5]];

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

function values(random: () => number, count: number, tied: boolean): Float64Array {
  return tied ? Float64Array.from(randomInts(random, count, 4)) : randomF32Values(random, count);
}

interface PoolCase { n: number; h: number; wd: number; c: number; poolH: number; poolW: number; strideH: number; strideW: number; tied: boolean; seed: number }

function checkPoolCase(t: PoolCase, endSlot: number): void {
  const s = poolShape(t.n, t.h, t.wd, t.c, t.poolH, t.poolW, t.strideH, t.strideW);
  const label = `n${t.n} ${t.h}x${t.wd}x${t.c} pool ${t.poolH}x${t.poolW} s${t.strideH}x${t.strideW}${t.tied ? ' tied' : ''} seed ${t.seed}`;
  const random = seededRandom(t.seed);
  const x = values(random, t.n * t.h * t.wd * t.c, t.tied);
  const yCount = s.n * s.oh * s.ow * s.c;
  const dy = randomF32Values(random, yCount);
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const e = memory.exports;

  memory.reset();
  const px = memory.f32('x', x, at(0, 3)), py = memory.output('y', yCount, at(1, 3)), pwin = memory.output('winners', yCount, at(2, 3));
  e.maxPool2dForward(px, py, pwin, s.n, s.h, s.wd, s.c, s.poolH, s.poolW, s.strideH, s.strideW, s.oh, s.ow);
  memory.checkGuards();
  const expected = maxPool2dForward(x, s);
  const shape = [s.n, s.oh, s.ow, s.c];
  expectEqual(`forward y ${label}`, memory.readF32(py, yCount), expected.y, shape);
  expectEqual(`forward winners ${label}`, memory.readI32(pwin, yCount), expected.winners, shape);

  // Backward, plain and with the fused ReLU mask of the layer below (y > 0: the forward output,
  // which is x at the winner; half the cases shift x so some windows' maxima are ≤ 0).
  for (const fused of [false, true]) {
    memory.reset();
    const y = fused ? expected.y.map((v, i) => (i % 3 === 0 ? -Math.abs(v) : v)) : null;
    const pdy = memory.f32('dy', dy, at(0, 4)), pw2 = memory.i32('winners', expected.winners, at(1, 4)), pdx = memory.output('dx', x.length, at(2, 4));
    const pyMask = y ? memory.f32('y', y, at(3, 4)) : 0;
    e.maxPool2dBackward(pdy, pw2, pyMask, pdx, s.n, s.h, s.wd, s.c, s.poolH, s.poolW, s.strideH, s.strideW, s.oh, s.ow);
    memory.checkGuards();
    const g = y ? reluBackward(y, dy) : dy;
    const dx = maxPool2dBackward(g, expected.winners, x.length), dxTerms = maxPool2dBackward(absolute(g), expected.winners, x.length);
    const overlap = Math.ceil(t.poolH / t.strideH) * Math.ceil(t.poolW / t.strideW); // windows covering one input
    expectClose(`backward${fused ? ' masked' : ''} ${label}`, memory.readF32(pdx, x.length), dx, reductionTolerance(overlap, dxTerms), [s.n, s.h, s.wd, s.c]);
  }
}

function checkChannelMaxCase(pixels: number, c: number, tied: boolean, seed: number, endSlot: number): void {
  const label = `P${pixels} C${c}${tied ? ' tied' : ''} seed ${seed}`;
  const random = seededRandom(seed);
  const x = values(random, pixels * c, tied), dy = randomF32Values(random, pixels);
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const e = memory.exports;

  memory.reset();
  const px = memory.f32('x', x, at(0, 3)), py = memory.output('y', pixels, at(1, 3)), pwin = memory.output('winners', pixels, at(2, 3));
  e.channelMaxForward(px, py, pwin, pixels, c);
  memory.checkGuards();
  const expected = channelMaxForward(x, pixels, c);
  expectEqual(`forward y ${label}`, memory.readF32(py, pixels), expected.y);
  expectEqual(`forward winners ${label}`, memory.readI32(pwin, pixels), expected.winners);

  for (const fused of [false, true]) { // plain, and with the fused ReLU mask (y > 0) of the layer below
    memory.reset();
    const y = fused ? expected.y.map((v, i) => (i % 3 === 0 ? -Math.abs(v) : v)) : null;
    const pdy = memory.f32('dy', dy, at(0, 4)), pw2 = memory.i32('winners', expected.winners, at(1, 4)), pdx = memory.output('dx', x.length, at(2, 4));
    const pyMask = y ? memory.f32('y', y, at(3, 4)) : 0;
    e.channelMaxBackward(pdy, pw2, pyMask, pdx, pixels, c);
    memory.checkGuards();
    const expectedDx = channelMaxBackward(y ? reluBackward(y, dy) : dy, expected.winners, pixels, c);
    expectEqual(`backward${fused ? ' masked' : ''} ${label}`, memory.readF32(pdx, x.length), expectedDx, [pixels, c]);
  }
}

describe('maxPool2d kernels vs float64 reference', () => {
  it('sweeps channels × pool shapes × strides on odd and 28x28 images, with and without ties', () => {
    let index = 0;
    for (const c of CHANNELS) {
      for (const [poolH, poolW] of POOLS) {
        const [h, wd] = SPATIAL[index % SPATIAL.length];
        const strideH = 1 + (index % 3), strideW = 1 + ((index >> 1) % 3);
        checkPoolCase({ n: 1 + (index % 5), h, wd, c, poolH, poolW, strideH, strideW, tied: index % 2 === 0, seed: index }, index);
        index++;
      }
    }
  });

  it('tiling windows (pool = stride, the write-once backward): C around multiples of 4, rows and columns no window covers', () => {
    let index = 0;
    for (const c of CHANNELS) {
      for (const [poolH, poolW] of [[2, 2], [3, 3], [2, 3]] as const) {
        const [h, wd] = SPATIAL[index % SPATIAL.length];
        checkPoolCase({ n: 1 + (index % 3), h, wd, c, poolH, poolW, strideH: poolH, strideW: poolW, tied: index % 2 === 1, seed: 700 + index }, index);
        index++;
      }
    }
  });

  it('agrees on random shapes (fast-check)', () => {
    const shape = fc.record({
      n: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 3, max: 12 }), wd: fc.integer({ min: 3, max: 12 }),
      c: fc.integer({ min: 1, max: 20 }), poolH: fc.integer({ min: 1, max: 3 }), poolW: fc.integer({ min: 1, max: 3 }),
      strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }),
      tied: fc.boolean(), seed: fc.nat(), endSlot: fc.nat(11),
    });
    fc.assert(fc.property(shape, ({ endSlot, ...t }) => { checkPoolCase(t, endSlot); }), { numRuns: 60 });
  });
});

describe('channelMax kernels vs float64 reference', () => {
  it('sweeps channels 1..33 with and without ties', () => {
    CHANNELS.forEach((c, i) => {
      checkChannelMaxCase(1 + i * 7, c, true, i, i);
      checkChannelMaxCase(2 * 28 * 28, c, false, 100 + i, i + 1);
    });
  });

  it('agrees on random shapes (fast-check)', () => {
    const shape = fc.record({ pixels: fc.integer({ min: 1, max: 50 }), c: fc.integer({ min: 1, max: 40 }), tied: fc.boolean(), seed: fc.nat(), endSlot: fc.nat(11) });
    fc.assert(fc.property(shape, ({ pixels, c, tied, seed, endSlot }) => { checkChannelMaxCase(pixels, c, tied, seed, endSlot); }), { numRuns: 80 });
  });
});
