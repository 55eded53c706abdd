// Gradient check of the float64 reference softmax cross-entropy; stability on extreme logits.
import { describe, expect, it } from 'vitest';
import { expectGradient, numericGradient } from './gradcheck';
import { randomF32Values, randomInts, seededRandom } from './random';
import { softmaxCrossEntropy, softmaxForward } from './softmax';

describe('reference softmax cross-entropy', () => {
  it('dlogits (gradScale = 1) = derivative of the summed loss', () => {
    const [n, classes] = [4, 7];
    const random = seededRandom(3);
    const logits = randomF32Values(random, n * classes, -4, 4), labels = randomInts(random, n, classes);
    const { dlogits } = softmaxCrossEntropy(logits, labels, n, classes, 1);
    expectGradient('dlogits', dlogits, numericGradient(() => softmaxCrossEntropy(logits, labels, n, classes, 1).loss, logits));
  });

  it('gradScale scales dlogits only; probs rows sum to 1', () => {
    const random = seededRandom(5);
    const logits = randomF32Values(random, 30, -3, 3), labels = randomInts(random, 3, 10);
    const one = softmaxCrossEntropy(logits, labels, 3, 10, 1), third = softmaxCrossEntropy(logits, labels, 3, 10, 1 / 3);
    expect(third.loss).toBe(one.loss);
    third.dlogits.forEach((d, i) => expect(d).toBeCloseTo(one.dlogits[i] / 3, 15));
    for (let r = 0; r < 3; r++) expect(one.probs.slice(r * 10, r * 10 + 10).reduce((a, p) => a + p, 0)).toBeCloseTo(1, 14);
  });

  it('is stable on extreme logits (no overflow, no log of 0)', () => {
    const { loss, probs } = softmaxCrossEntropy([1000, -1000, 0], [1], 1, 3, 1);
    expect(loss).toBe(2000);
    expect(Array.from(probs)).toEqual([1, 0, 0]);
    expect(Array.from(softmaxForward([-1e4, -1e4], 1, 2))).toEqual([0.5, 0.5]);
  });
});
