// Gradient check of the float64 reference max pools, plus their tie rule (first maximum wins).
import { describe, expect, it } from 'vitest';
import { channelMaxBackward, channelMaxForward } from './channelmax';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';
import { maxPool2dBackward, maxPool2dForward, poolShape } from './maxpool2d';
import { randomF32Values, seededRandom } from './random';

/** count distinct values 0.01 apart in random order: no near-ties, so max is differentiable. */
function distinctValues(random: () => number, count: number): Float64Array {
  const values = Float64Array.from({ length: count }, (_, i) => (i - count / 2) * 0.01);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}

describe('reference maxPool2d', () => {
  for (const [n, h, wd, c, ph, pw, sh, sw] of [[2, 6, 7, 3, 2, 2, 2, 2], [1, 7, 9, 2, 3, 3, 2, 2], [1, 5, 5, 2, 2, 3, 1, 3]]) {
    it(`backward = derivative of forward, pool ${ph}x${pw} stride ${sh}x${sw} (overlapping windows add)`, () => {
      const s = poolShape(n, h, wd, c, ph, pw, sh, sw);
      const random = seededRandom(h * wd + c);
      const x = distinctValues(random, n * h * wd * c), r = randomF32Values(random, n * s.oh * s.ow * c);
      const { winners } = maxPool2dForward(x, s);
      const loss = () => weightedSum(maxPool2dForward(x, s).y, r);
      expectGradient('dx', maxPool2dBackward(r, winners, x.length), numericGradient(loss, x));
    });
  }

  it('tie rule: the first maximum in row-major window order wins', () => {
    const s = poolShape(1, 2, 2, 1, 2, 2, 1, 1);
    expect(Array.from(maxPool2dForward([5, 5, 5, 5], s).winners)).toEqual([0]);
    expect(Array.from(maxPool2dForward([1, 7, 7, 2], s).winners)).toEqual([1]);
    expect(Array.from(maxPool2dForward([-Infinity, -Infinity, -Infinity, -Infinity], s).winners)).toEqual([0]);
  });
});

describe('reference channelMax', () => {
  it('backward = derivative of forward', () => {
    const [pixels, c] = [12, 5];
    const random = seededRandom(7);
    const x = distinctValues(random, pixels * c), r = randomF32Values(random, pixels);
    const { winners } = channelMaxForward(x, pixels, c);
    const loss = () => weightedSum(channelMaxForward(x, pixels, c).y, r);
    expectGradient('dx', channelMaxBackward(r, winners, pixels, c), numericGradient(loss, x));
  });

  it('tie rule: the lowest channel index among equal maxima wins', () => {
    expect(Array.from(channelMaxForward([3, 9, 9, 1, 2, 2, 2, 2], 2, 4).winners)).toEqual([1, 0]);
  });
});
