// Gradient check of the float64 reference relu and bias; the optimisers' defining properties.
import { describe, expect, it } from 'vitest';
import { biasBackward, biasForward } from './bias';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';
import { adamStep, sgdStep } from './optim';
import { randomF32Values, seededRandom } from './random';
import { reluBackward, reluForward } from './relu';

describe('reference relu and bias', () => {
  it('relu backward = derivative of forward (inputs away from 0)', () => {
    const random = seededRandom(11);
    const x = randomF32Values(random, 40).map((v) => (Math.abs(v) < 0.01 ? 0.5 : v)), r = randomF32Values(random, 40);
    const dx = reluBackward(reluForward(x), r);
    expectGradient('dx', dx, numericGradient(() => weightedSum(reluForward(x), r), x));
  });

  it('bias backward = derivative of the broadcast add', () => {
    const random = seededRandom(12);
    const x = randomF32Values(random, 6 * 5), b = randomF32Values(random, 5), r = randomF32Values(random, 6 * 5);
    expectGradient('db', biasBackward(r, 6, 5), numericGradient(() => weightedSum(biasForward(x, b, 6, 5), r), b));
  });
});

describe('reference optimisers', () => {
  it('Adam step 1 from zero moments moves each parameter by ≈ lr · sign(g)', () => {
    const params = Float64Array.from([1, -2, 3]), grads = [0.5, -4, 1e-3];
    const m = new Float64Array(3), v = new Float64Array(3);
    adamStep(params, grads, m, v, 0.01, 0.9, 0.999, 1e-7, 1);
    expect(params[0]).toBeCloseTo(1 - 0.01, 6);
    expect(params[1]).toBeCloseTo(-2 + 0.01, 6);
    expect(params[2]).toBeCloseTo(3 - 0.01, 4); // ε matters a little at |g| = 1e-3
    expect(Array.from(m)).toEqual(grads.map((g) => g * (1 - 0.9)));
  });

  it('Adam matches the bias-corrected textbook form with ε scaled by sqrt(1 − β2^t)', () => {
    const random = seededRandom(13);
    const [lr, b1, b2, eps, t] = [0.003, 0.9, 0.999, 1e-7, 7];
    const params = randomF32Values(random, 5), grads = randomF32Values(random, 5);
    const m = randomF32Values(random, 5), v = randomF32Values(random, 5, 0.01, 1);
    const expected = params.map((p, i) => {
      const mi = b1 * m[i] + (1 - b1) * grads[i], vi = b2 * v[i] + (1 - b2) * grads[i] ** 2;
      const mHat = mi / (1 - b1 ** t), vHat = vi / (1 - b2 ** t);
      return p - (lr * mHat) / (Math.sqrt(vHat) + eps / Math.sqrt(1 - b2 ** t));
    });
    adamStep(params, grads, m, v, lr, b1, b2, eps, t);
    params.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 12));
  });

  it('SGD subtracts lr · g', () => {
    const params = Float64Array.from([1, 2]);
    sgdStep(params, [10, -10], 0.1);
    expect(Array.from(params)).toEqual([0, 3]);
  });
});
