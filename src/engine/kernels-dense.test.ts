// dense kernels (forward, backward input, backward weights) against the float64 reference.
// Rows 1..9 cover the 4- and 2-row tiles and their leftovers; inputs/units cover n mod 4, mod 8
// (the 8-wide tiles), n < 4 (scalar paths) and mod 16.
//
// Tolerance (see reductionTolerance): 1e-6 · sqrt(L) · max Σ|terms| with L the reduction length —
// forward I, backward input O, backward weights N.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { denseBackwardInput, denseBackwardWeights, denseForward } from './reference/dense';
import { randomF32Values, seededRandom } from './reference/random';
import { reluBackward } from './reference/relu';
import { absolute, expectClose, reductionTolerance } from './test-compare';
import { TestMemory, type Placement } from './test-memory';

const SIZES = [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33];

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

interface DenseCase { n: number; inputs: number; units: number; relu: boolean; bias: boolean; seed: number }

function checkDenseCase(t: DenseCase, endSlot: number): void {
  const { n, inputs, units } = t;
  const label = `n${n} ${inputs} → ${units}${t.relu ? ' relu' : ''}${t.bias ? '' : ' nobias'} seed ${t.seed}`;
  const random = seededRandom(t.seed);
  const x = randomF32Values(random, n * inputs), w = randomF32Values(random, inputs * units);
  const b = randomF32Values(random, units), dy = randomF32Values(random, n * units);
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const e = memory.exports;

  memory.reset();
  const px = memory.f32('x', x, at(0, 4)), pw = memory.f32('w', w, at(1, 4));
  const pb = t.bias ? memory.f32('b', b, at(2, 4)) : 0, py = memory.output('y', n * units, at(3, 4));
  e.denseForward(px, pw, pb, py, n, inputs, units, t.relu ? 1 : 0);
  memory.checkGuards();
  const y = denseForward(x, w, t.bias ? b : null, n, inputs, units, t.relu);
  const yTerms = denseForward(absolute(x), absolute(w), t.bias ? absolute(b) : null, n, inputs, units);
  expectClose(`forward ${label}`, memory.readF32(py, n * units), y, reductionTolerance(inputs + 1, yTerms), [n, units]);

  // Input gradient with the transposed-weight scratch, and the fused ReLU mask in relu cases.
  memory.reset();
  const mask = t.relu ? randomF32Values(random, n * inputs).map((v, i) => (i % 5 === 0 ? 0 : v)) : null;
  const pdy = memory.f32('dy', dy, at(0, 5)), pw2 = memory.f32('w', w, at(1, 5)), pdx = memory.output('dx', n * inputs, at(2, 5));
  const pwT = memory.output('wT', w.length, at(3, 5)), pmask = mask ? memory.f32('mask', mask, at(4, 5)) : 0;
  e.denseBackwardInput(pdy, pw2, pwT, pdx, pmask, n, inputs, units);
  memory.checkGuards();
  const dxFull = denseBackwardInput(dy, w, n, inputs, units), dxTerms = denseBackwardInput(absolute(dy), absolute(w), n, inputs, units);
  const dx = mask ? reluBackward(mask, dxFull) : dxFull;
  expectClose(`backwardInput${mask ? ' masked' : ''} ${label}`, memory.readF32(pdx, n * inputs), dx, reductionTolerance(units, dxTerms), [n, inputs]);

  memory.reset();
  const px3 = memory.f32('x', x, at(1, 3)), pdy3 = memory.f32('dy', dy, at(2, 3)), pdw = memory.output('dw', inputs * units, at(0, 3));
  e.denseBackwardWeights(px3, pdy3, pdw, n, inputs, units);
  memory.checkGuards();
  const dw = denseBackwardWeights(x, dy, n, inputs, units), dwTerms = denseBackwardWeights(absolute(x), absolute(dy), n, inputs, units);
  expectClose(`backwardWeights ${label}`, memory.readF32(pdw, inputs * units), dw, reductionTolerance(n, dwTerms), [inputs, units]);
}

describe('dense kernels vs float64 reference', () => {
  it('sweeps inputs × units (1..33) with batch 1..9', () => {
    let index = 0;
    for (const inputs of SIZES) {
      for (const units of SIZES) {
        checkDenseCase({ n: 1 + (index % 9), inputs, units, relu: index % 3 === 0, bias: index % 4 !== 1, seed: index }, index);
        index++;
      }
    }
  });

  it('handles the lesson shapes: 784 → 128 relu → 10, batch 32 and a ragged last batch of 5', () => {
    for (const n of [32, 5]) {
      checkDenseCase({ n, inputs: 784, units: 128, relu: true, bias: true, seed: n }, n);
      checkDenseCase({ n, inputs: 128, units: 10, relu: false, bias: true, seed: n + 1 }, n + 1);
    }
  });

  it('handles the benchmark heads: 3640, 784, 4608 → 10 with 1..7 rows (4-row and 2-row tiles plus leftovers)', () => {
    let index = 0;
    for (const inputs of [3640, 784, 4608]) {
      for (const n of [1, 2, 3, 5, 6, 7]) {
        checkDenseCase({ n, inputs, units: 10, relu: false, bias: true, seed: 300 + index }, index);
        index++;
      }
    }
  });

  it('agrees on random shapes (fast-check)', () => {
    const shape = fc.record({
      n: fc.integer({ min: 1, max: 13 }), inputs: fc.integer({ min: 1, max: 70 }), units: fc.integer({ min: 1, max: 70 }),
      relu: fc.boolean(), bias: fc.boolean(), seed: fc.nat(), endSlot: fc.nat(11),
    });
    fc.assert(fc.property(shape, ({ endSlot, ...t }) => { checkDenseCase(t, endSlot); }), { numRuns: 60 });
  });
});
