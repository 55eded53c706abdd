// dropout kernels against the float64 reference: the mask is the engine's generator at the given
// offset (exactly: the same draws, the same threshold), y = x · mask and dx = dy · mask to one
// rounding of a product; counts 1..33 and odd offsets cover the SIMD body and every scalar tail.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawThreshold } from './random';
import { dropoutBackward, dropoutForward, dropoutMask } from './reference/dropout';
import { randomF32Values, seededRandom } from './reference/random';
import { expectClose, expectEqual, maxAbs } from './test-compare';
import { TestMemory, type Placement } from './test-memory';

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

interface DropoutCase { count: number; rate: number; seed: number; offset: number; endSlot: number }

/** Runs forward and backward; returns the kernel's mask for statistics. */
function checkCase({ count, rate, seed, offset, endSlot }: DropoutCase): Float32Array {
  const label = `count ${count} rate ${rate} seed ${seed} offset ${offset}`;
  const random = seededRandom(seed ^ 0x5a5a);
  const x = randomF32Values(random, count), dy = randomF32Values(random, count);
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const scale = Math.fround(1 / (1 - rate));
  const e = memory.exports;

  memory.reset();
  const px = memory.f32('x', x, at(0, 3)), py = memory.output('y', count, at(1, 3)), pmask = memory.output('mask', count, at(2, 3));
  e.dropoutForward(px, py, pmask, count, seed, offset, drawThreshold(rate), scale);
  memory.checkGuards();
  const mask = memory.readF32(pmask, count);
  const expectedMask = dropoutMask(seed, offset, count, rate).map((m) => (m === 0 ? 0 : scale));
  expectEqual(`mask ${label}`, mask, expectedMask);
  const y = dropoutForward(x, dropoutMask(seed, offset, count, rate));
  // one f32 product, and scale is 1/(1 − rate) rounded to f32: 2 ulp of the largest output
  expectClose(`forward ${label}`, memory.readF32(py, count), y, 2 * 2 ** -23 * Math.max(maxAbs(y), 1e-30));

  memory.reset();
  const pdy = memory.f32('dy', dy, at(0, 3)), pm = memory.f32('mask', mask, at(1, 3)), pdx = memory.output('dx', count, at(2, 3));
  e.dropoutBackward(pdy, pm, pdx, count);
  memory.checkGuards();
  expectEqual(`backward ${label}`, memory.readF32(pdx, count), dropoutBackward(dy.map(Math.fround), mask).map(Math.fround));
  return mask;
}

describe('dropout kernels vs float64 reference', () => {
  it('sweeps counts 1..33 and odd offsets at several rates', () => {
    for (let count = 1; count <= 33; count++) {
      for (const rate of [0, 0.2, 0.5, 0.75]) checkCase({ count, rate, seed: count * 7919 + 1, offset: (count * 13) % 9, endSlot: count });
    }
  });

  it('agrees on random sizes, seeds (the whole u32 range) and offsets (fast-check)', () => {
    const cases = fc.record({
      count: fc.integer({ min: 1, max: 700 }), rate: fc.double({ min: 0, max: 0.99, noNaN: true }),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }), offset: fc.integer({ min: 0, max: 100_000 }), endSlot: fc.nat(11),
    });
    fc.assert(fc.property(cases, (c) => void checkCase(c)), { numRuns: 100 });
  });

  it('keeps about 1 − rate of a large batch, and lanes computing slices at offsets give one mask', () => {
    const count = 100_000;
    for (const rate of [0.1, 0.5, 0.8]) {
      const mask = checkCase({ count, rate, seed: 424242, offset: 0, endSlot: 0 });
      const kept = mask.reduce((k, m) => k + (m > 0 ? 1 : 0), 0) / count;
      expect(Math.abs(kept - (1 - rate)), `rate ${rate}: kept ${kept}`).toBeLessThan(8e-3); // 5σ of a binomial
      // two "lanes": the second half computed on its own at offset count/2 equals the whole's second half
      const half = checkCase({ count: count / 2, rate, seed: 424242, offset: count / 2, endSlot: 1 });
      expectEqual(`lane split rate ${rate}`, half, mask.subarray(count / 2));
    }
  });

  it('inference copies x to y exactly', () => {
    const x = randomF32Values(seededRandom(3), 37);
    memory.reset();
    const px = memory.f32('x', x), py = memory.output('y', 37, 'end');
    memory.exports.dropoutInference(px, py, 37);
    memory.checkGuards();
    expectEqual('inference', memory.readF32(py, 37), x);
  });
});
