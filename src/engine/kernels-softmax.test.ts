// softmaxForward and the fused softmaxCrossEntropy against the float64 reference.
// Tolerances: probs are in [0, 1] and come from a 2-ulp f32 exp and a ≤ 33-term f32 sum, so
// |Δp| ≤ 1e-6; dlogits = (p − onehot)·gradScale gets 1e-6·gradScale; the summed loss gets
// 1e-6 · (rows + |loss|) (each row's logsumexp is exact to ≈ 1e-7 · log-sum plus f32 logit rounding).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomF32Values, randomInts, seededRandom } from './reference/random';
import { softmaxCrossEntropy, softmaxForward } from './reference/softmax';
import { expectClose } from './test-compare';
import { TestMemory, type Placement } from './test-memory';

const CLASSES = [1, 2, 3, 4, 5, 7, 8, 9, 10, 16, 17, 33];

let memory: TestMemory;
beforeAll(async () => { memory = await TestMemory.create(); });

function checkSoftmaxCase(n: number, classes: number, spread: number, seed: number, endSlot: number): void {
  const label = `n${n} K${classes} spread ${spread} seed ${seed}`;
  const random = seededRandom(seed);
  const logits = randomF32Values(random, n * classes, -spread, spread), labels = randomInts(random, n, classes);
  const gradScale = Math.fround(1 / (n + 3)); // as if this were one slice of a larger batch
  const at = (slot: number, slots: number): Placement => (endSlot % slots === slot ? 'end' : 'heap');
  const e = memory.exports, count = n * classes, shape = [n, classes];

  memory.reset();
  const pl = memory.f32('logits', logits, at(0, 2)), pp = memory.output('probs', count, at(1, 2));
  e.softmaxForward(pl, pp, n, classes);
  memory.checkGuards();
  expectClose(`softmaxForward probs ${label}`, memory.readF32(pp, count), softmaxForward(logits, n, classes), 1e-6, shape);

  memory.reset();
  const pl2 = memory.f32('logits', logits, at(0, 4)), plab = memory.i32('labels', labels, at(1, 4));
  const pp2 = memory.output('probs', count, at(2, 4)), pd = memory.output('dlogits', count, at(3, 4));
  const loss = e.softmaxCrossEntropy(pl2, plab, pp2, pd, n, classes, gradScale);
  memory.checkGuards();
  const expected = softmaxCrossEntropy(logits, labels, n, classes, gradScale);
  expectClose(`softmaxCrossEntropy probs ${label}`, memory.readF32(pp2, count), expected.probs, 1e-6, shape);
  expectClose(`softmaxCrossEntropy dlogits ${label}`, memory.readF32(pd, count), expected.dlogits, 1e-6 * gradScale, shape);
  expectClose(`softmaxCrossEntropy loss ${label}`, [loss], [expected.loss], 1e-6 * (n + Math.abs(expected.loss)));
}

describe('softmax kernels vs float64 reference', () => {
  it('sweeps classes 1..33, batch 1..5, logits of small and large spread', () => {
    CLASSES.forEach((classes, i) => {
      for (const spread of [1, 10, 80]) checkSoftmaxCase(1 + (i % 5), classes, spread, i * 10 + spread, i + spread);
    });
  });

  it('is stable on extreme logits: no overflow, exact 0 / 1 probabilities, finite loss', async () => {
    memory.reset();
    const logits = [1000, -1000, 0, 0, -3e38, 3e38, 88, 89];
    const pl = memory.f32('logits', logits), plab = memory.i32('labels', [1, 0]);
    const pp = memory.output('probs', 8), pd = memory.output('dlogits', 8);
    const loss = memory.exports.softmaxCrossEntropy(pl, plab, pp, pd, 2, 4, 1);
    const expected = softmaxCrossEntropy(logits.map(Math.fround), [1, 0], 2, 4, 1);
    expect(loss).toBeCloseTo(expected.loss, 0); // ≈ 2000 + 3e38: the second row is absurd but finite
    expectClose('probs', memory.readF32(pp, 8), expected.probs, 1e-6);
    expect(Number.isFinite(loss)).toBe(true);
  });

  it('a label outside [0, classes) yields NaN loss instead of writing outside the row', () => {
    memory.reset();
    const pl = memory.f32('logits', [1, 2, 3]), plab = memory.i32('labels', [3]);
    const pp = memory.output('probs', 3), pd = memory.output('dlogits', 3);
    expect(memory.exports.softmaxCrossEntropy(pl, plab, pp, pd, 1, 3, 1)).toBeNaN();
    memory.checkGuards();
  });

  it('agrees on random shapes (fast-check)', () => {
    const shape = fc.record({ n: fc.integer({ min: 1, max: 9 }), classes: fc.integer({ min: 1, max: 40 }), spread: fc.double({ min: 0.01, max: 60, noNaN: true }), seed: fc.nat(), endSlot: fc.nat(11) });
    fc.assert(fc.property(shape, ({ n, classes, spread, seed, endSlot }) => { checkSoftmaxCase(n, classes, spread, seed, endSlot); }), { numRuns: 80 });
  });
});
