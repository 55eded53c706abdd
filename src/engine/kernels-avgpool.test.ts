// avgPool2d kernels against the float64 reference: both paddings, windows 1–4 (non-square),
// strides 1–3 (overlapping, touching and gapped windows), channels 1..33 so C mod 4 = 0, 1, 2, 3
// and C < 4 all occur. The forward is a length-(PH·PW) sum divided by the taps; the backward adds
// up to ceil(PH/SH)·ceil(PW/SW) shares per input.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { avgPool2dBackward, avgPool2dForward, avgPoolShape } from './reference/avgpool2d';
import { randomF32Values, seededRandom } from './reference/random';
import { absolute, expectClose, reductionTolerance } from './test-compare';
import { TestMemory, type Placement } from './test-memory';

const CHANNELS = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33];
const POOLS: Array<[number, number]> = [[2, 2], [3, 3], [2, 3], [1, 1], [4, 1]];
const SPATIAL: Array<[number, number]> = [[7, 9], [28, 28], [9, 7], [4, 5]];

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

interface AvgPoolCase { n: number; h: number; wd: number; c: number; poolH: number; poolW: number; strideH: number; strideW: number; padding: 'valid' | 'same'; seed: number }

function checkCase(t: AvgPoolCase, endSlot: number): void {
  const s = avgPoolShape(t.n, t.h, t.wd, t.c, t.poolH, t.poolW, t.strideH, t.strideW, t.padding);
  const label = `n${t.n} ${t.h}x${t.wd}x${t.c} pool ${t.poolH}x${t.poolW} s${t.strideH}x${t.strideW} ${t.padding} seed ${t.seed}`;
  const random = seededRandom(t.seed);
  const x = randomF32Values(random, t.n * t.h * t.wd * t.c);
  const yCount = s.n * s.oh * s.ow * s.c;
  const dy = randomF32Values(random, yCount);
  const at = (slot: number): Placement => (endSlot % 2 === slot ? 'end' : 'heap');
  const dims = [s.n, s.h, s.wd, s.c, s.poolH, s.poolW, s.strideH, s.strideW, s.padTop, s.padLeft, s.oh, s.ow] as const;
  const e = memory.exports;
  const window = t.poolH * t.poolW;

  memory.reset();
  const px = memory.f32('x', x, at(0)), py = memory.output('y', yCount, at(1));
  e.avgPool2dForward(px, py, ...dims);
  memory.checkGuards();
  const yShape = [s.n, s.oh, s.ow, s.c];
  // each output is Σ|x| / taps ≤ max|x| in magnitude; the sum of up to PH·PW terms rounds like a reduction
  expectClose(`forward ${label}`, memory.readF32(py, yCount), avgPool2dForward(x, s), reductionTolerance(window, avgPool2dForward(absolute(x), s)), yShape);

  memory.reset();
  const pdy = memory.f32('dy', dy, at(0)), pdx = memory.output('dx', x.length, at(1));
  e.avgPool2dBackward(pdy, pdx, ...dims);
  memory.checkGuards();
  const overlap = Math.ceil(t.poolH / t.strideH) * Math.ceil(t.poolW / t.strideW); // windows covering one input
  expectClose(`backward ${label}`, memory.readF32(pdx, x.length), avgPool2dBackward(dy, s), reductionTolerance(overlap, avgPool2dBackward(absolute(dy), s)), [s.n, s.h, s.wd, s.c]);
}

describe('avgPool2d kernels vs float64 reference', () => {
  it('sweeps channels × pool shapes × strides × both paddings on odd and 28x28 images', () => {
    let index = 0;
    for (const c of CHANNELS) {
      for (const [poolH, poolW] of POOLS) {
        for (const padding of ['valid', 'same'] as const) {
          const [h, wd] = SPATIAL[index % SPATIAL.length];
          const strideH = 1 + (index % 3), strideW = 1 + ((index >> 1) % 3);
          checkCase({ n: 1 + (index % 3), h, wd, c, poolH, poolW, strideH, strideW, padding, seed: index }, index);
          index++;
        }
      }
    }
  });

  it('agrees on random shapes (fast-check), windows larger than the image with same', () => {
    const shape = fc.record({
      n: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 12 }), wd: fc.integer({ min: 1, max: 12 }),
      c: fc.integer({ min: 1, max: 20 }), poolH: fc.integer({ min: 1, max: 5 }), poolW: fc.integer({ min: 1, max: 5 }),
      strideH: fc.integer({ min: 1, max: 3 }), strideW: fc.integer({ min: 1, max: 3 }),
      padding: fc.constantFrom('valid' as const, 'same' as const), seed: fc.nat(), endSlot: fc.nat(11),
    }).filter((t) => t.padding === 'same' || (t.poolH <= t.h && t.poolW <= t.wd));
    fc.assert(fc.property(shape, ({ endSlot, ...t }) => { checkCase(t, endSlot); }), { numRuns: 80 });
  });
});
