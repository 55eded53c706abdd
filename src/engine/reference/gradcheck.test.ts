// The checker itself: it must catch a wrong gradient, not just bless right ones.
import { describe, expect, it } from 'vitest';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';

describe('gradcheck', () => {
  const x = Float64Array.from([0.3, -1.2, 2.5]);
  const loss = () => weightedSum(x.map((v) => v * v * v), [1, 2, 3]); // dL/dx_i = 3 r_i x_i²
  const exact = x.map((v, i) => 3 * [1, 2, 3][i] * v * v);

  it('agrees with an analytic gradient to 1e-6', () => {
    expectGradient('cube', exact, numericGradient(loss, x));
  });

  it('reports the largest gap, its index and the values when one element is wrong', () => {
    const wrong = exact.slice();
    wrong[2] *= 1.001;
    expect(() => expectGradient('cube', wrong, numericGradient(loss, x))).toThrow(/cube: relative gap 9\.99e-4 > 0\.000001 at \[2\]/);
  });
});
