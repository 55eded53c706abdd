// Winograd conv kernels — forward and input gradient (with and without the fused ReLU mask) as
// F(2×2, 3×3), filter gradient as F(3×3, 2×2) (C, K multiples of 4) —
// against the float64 reference: 'same' and 'valid', odd and even sizes (partial tiles), C and K
// around multiples of 4 and 8 (the overlapped f32x4 at C − 4, K − 4), batches whose tiles span
// several blocks of 64 and cross image boundaries inside a block, plus fast-check random shapes.
//
// Tolerance: the direct kernels' own, reductionTolerance (see kernels-conv2d.test.ts). The
// transforms add up to 4 input values (Bᵀ d B), mix filter taps with weights ½ (G g Gᵀ) and sum 9
// products back (Aᵀ M A), so each output's rounding error grows by a small constant over the
// direct sum (Lavin & Gray 2015, §5), yet every case here stays within that bound.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2dBackwardFilter, conv2dBackwardInput, conv2dForward, convShape, type Padding } from './reference/conv2d';
import { randomF32Values, seededRandom } from './reference/random';
import { reluBackward } from './reference/relu';
import { absolute, expectClose, reductionTolerance } from './test-compare';
import { TestMemory, type Placement } from './test-memory';
import { winogradEligible, winogradFilterEligible, winogradScratchFloats } from '../shared/cost';

interface Case { n: number; h: number; wd: number; c: number; k: number; padding: Padding; relu: boolean; bias: boolean; mask: boolean; seed: number }

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

const label = (t: Case) => `n${t.n} ${t.h}x${t.wd}x${t.c} → k${t.k} 3x3 ${t.padding}${t.relu ? ' relu' : ''}${t.bias ? '' : ' nobias'}${t.mask ? ' mask' : ''} seed ${t.seed}`;

function checkCase(t: Case, endSlot: number): void {
  const s = convShape(t.n, t.h, t.wd, t.c, 3, 3, t.k, 1, 1, t.padding);
  const random = seededRandom(t.seed);
  const x = randomF32Values(random, t.n * t.h * t.wd * t.c), w = randomF32Values(random, 9 * t.c * t.k);
  const b = randomF32Values(random, t.k), dy = randomF32Values(random, t.n * s.oh * s.ow * t.k);
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const e = memory.exports;
  expect(e.winogradEligible(3, 3, 1, 1, t.c, t.k)).toBe(1);

  memory.reset();
  const px = memory.f32('x', x, at(0, 5)), pw = memory.f32('w', w, at(1, 5));
  const pb = t.bias ? memory.f32('b', b, at(2, 5)) : 0, py = memory.output('y', dy.length, at(3, 5));
  const scratch = memory.output('scratch', e.winogradScratchFloats(t.c, t.k), at(4, 5));
  e.conv2dForwardWinograd(px, pw, pb, py, scratch, t.n, t.h, t.wd, t.c, t.k, s.padTop, s.padLeft, s.oh, s.ow, t.relu ? 1 : 0);
  memory.checkGuards();
  const y = conv2dForward(x, w, t.bias ? b : null, s, t.relu);
  const yTerms = conv2dForward(absolute(x), absolute(w), t.bias ? absolute(b) : null, s);
  expectClose(`winograd forward ${label(t)}`, memory.readF32(py, dy.length), y, reductionTolerance(9 * t.c + 1, yTerms), [t.n, s.oh, s.ow, t.k]);

  memory.reset();
  // a mask with zeros and negatives (a ReLU output has no negatives) pins "> 0"
  const mask = t.mask ? randomF32Values(random, x.length).map((v, i) => (i % 7 === 0 ? 0 : v)) : null;
  const pdy = memory.f32('dy', dy, at(0, 5)), pw2 = memory.f32('w', w, at(1, 5)), pdx = memory.output('dx', x.length, at(2, 5));
  const scratch2 = memory.output('scratch', e.winogradBackwardScratchFloats(t.c, t.k), at(3, 5));
  const pmask = mask ? memory.f32('mask', mask, at(4, 5)) : 0;
  e.conv2dBackwardInputWinograd(pdy, pw2, scratch2, pdx, pmask, t.n, t.h, t.wd, t.c, t.k, s.padTop, s.padLeft, s.oh, s.ow);
  memory.checkGuards();
  const dxFull = conv2dBackwardInput(dy, w, s), dxTerms = conv2dBackwardInput(absolute(dy), absolute(w), s);
  const dx = mask ? reluBackward(mask, dxFull) : dxFull;
  expectClose(`winograd backwardInput ${label(t)}`, memory.readF32(pdx, x.length), dx, reductionTolerance(9 * t.k, dxTerms), [t.n, t.h, t.wd, t.c]);

  if (!e.winogradFilterEligible(3, 3, 1, 1, t.c, t.k)) return;
  memory.reset();
  const px3 = memory.f32('x', x, at(0, 4)), pdy3 = memory.f32('dy', dy, at(1, 4)), pdw = memory.output('dw', w.length, at(2, 4));
  const scratch3 = memory.output('scratch', e.winogradScratchFloats(t.c, t.k), at(3, 4));
  e.conv2dBackwardFilterWinograd(px3, pdy3, pdw, scratch3, t.n, t.h, t.wd, t.c, t.k, s.padTop, s.padLeft, s.oh, s.ow);
  memory.checkGuards();
  const dw = conv2dBackwardFilter(x, dy, s), dwTerms = conv2dBackwardFilter(absolute(x), absolute(dy), s);
  expectClose(`winograd backwardFilter ${label(t)}`, memory.readF32(pdw, w.length), dw, reductionTolerance(t.n * s.oh * s.ow, dwTerms), [3, 3, t.c, t.k]);
}

describe('Winograd F(2×2, 3×3) conv kernels vs float64 reference', () => {
  it('is eligible for 3×3, stride 1, C and K ≥ 4 only', () => {
    const e = memory.exports;
    expect([e.winogradEligible(3, 3, 1, 1, 4, 4), e.winogradEligible(3, 3, 1, 1, 32, 32)]).toEqual([1, 1]);
    expect([e.winogradEligible(3, 3, 1, 1, 3, 8), e.winogradEligible(3, 3, 1, 1, 8, 3), e.winogradEligible(3, 3, 2, 1, 8, 8),
      e.winogradEligible(1, 3, 1, 1, 8, 8), e.winogradEligible(5, 5, 1, 1, 8, 8)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('sweeps channels × filters around multiples of 4 and 8 on odd and even images, both paddings', () => {
    const CHANNELS = [4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 32, 33];
    const SIZES: Array<[number, number]> = [[3, 3], [4, 5], [7, 9], [6, 6], [28, 28], [26, 26], [1, 3]];
    let index = 0;
    for (const c of CHANNELS) {
      for (const k of CHANNELS) {
        const [h, wd] = SIZES[index % SIZES.length];
        const padding: Padding = h < 3 || wd < 3 || index % 2 === 0 ? 'same' : 'valid';
        const small = h * wd > 100 ? 1 : 1 + (index % 4); // 28×28 and 26×26: one image keeps the sweep quick
        checkCase({ n: small, h, wd, c, k, padding, relu: index % 3 === 0, bias: index % 5 !== 1, mask: index % 2 === 1, seed: 7000 + index }, index);
        index++;
      }
    }
  });

  it('bench-c and bench-b layers at batch 3: tiles cross images inside one block of 64', () => {
    checkCase({ n: 3, h: 26, wd: 26, c: 32, k: 32, padding: 'valid', relu: true, bias: true, mask: true, seed: 1 }, 0);
    checkCase({ n: 3, h: 28, wd: 28, c: 10, k: 20, padding: 'same', relu: true, bias: true, mask: true, seed: 2 }, 1);
    checkCase({ n: 5, h: 5, wd: 7, c: 4, k: 4, padding: 'same', relu: false, bias: false, mask: false, seed: 3 }, 2);
  });

  it('random shapes (fast-check)', () => {
    fc.assert(fc.property(
      fc.record({
        n: fc.integer({ min: 1, max: 3 }), h: fc.integer({ min: 1, max: 13 }), wd: fc.integer({ min: 1, max: 13 }),
        c: fc.integer({ min: 4, max: 24 }), k: fc.integer({ min: 4, max: 24 }), same: fc.boolean(), relu: fc.boolean(),
        bias: fc.boolean(), mask: fc.boolean(), seed: fc.integer({ min: 0, max: 1e6 }),
      }),
      (r) => {
        const padding: Padding = r.same || r.h < 3 || r.wd < 3 ? 'same' : 'valid';
        checkCase({ ...r, padding }, r.seed);
      },
    ), { numRuns: 60, seed: 42 });
  });
});

describe('the TypeScript mirror of the Winograd rule (src/shared/cost.ts)', () => {
  it('agrees with the kernels on eligibility and scratch for every small geometry', () => {
    const e = memory.exports;
    for (const [kh, kw] of [[3, 3], [1, 3], [3, 1], [5, 5]]) {
      for (const stride of [1, 2]) {
        for (const c of [1, 3, 4, 5, 8, 10, 32]) {
          for (const k of [1, 3, 4, 7, 20, 32]) {
            expect(winogradEligible(kh, kw, stride, stride, c, k), `${kh}x${kw} s${stride} ${c}→${k}`).toBe(e.winogradEligible(kh, kw, stride, stride, c, k) === 1);
            expect(winogradFilterEligible(kh, kw, stride, stride, c, k), `filter ${kh}x${kw} s${stride} ${c}→${k}`).toBe(e.winogradFilterEligible(kh, kw, stride, stride, c, k) === 1);
          }
        }
      }
    }
    for (const [c, k] of [[4, 4], [10, 20], [20, 10], [32, 32], [5, 64]]) {
      expect(winogradScratchFloats(c, k)).toBe(Math.max(e.winogradScratchFloats(c, k), e.winogradBackwardScratchFloats(c, k)));
    }
  });
});
