// Gradient check of the float64 reference dense layer (and its fused bias / relu).
import { describe, it } from 'vitest';
import { biasBackward } from './bias';
import { denseBackwardInput, denseBackwardWeights, denseForward } from './dense';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';
import { randomF32Values, seededRandom } from './random';
import { reluBackward } from './relu';

describe('reference dense: backward = derivative of forward', () => {
  for (const [n, inputs, units] of [[1, 1, 1], [3, 7, 5], [5, 17, 10]]) {
    it(`n ${n}, inputs ${inputs}, units ${units}`, () => {
      const random = seededRandom(n * 1000 + inputs * 10 + units);
      const x = randomF32Values(random, n * inputs), w = randomF32Values(random, inputs * units);
      const b = randomF32Values(random, units), r = randomF32Values(random, n * units);
      const loss = () => weightedSum(denseForward(x, w, b, n, inputs, units), r);
      expectGradient('dx', denseBackwardInput(r, w, n, inputs, units), numericGradient(loss, x));
      expectGradient('dw', denseBackwardWeights(x, r, n, inputs, units), numericGradient(loss, w));
      expectGradient('db', biasBackward(r, n, units), numericGradient(loss, b));
    });
  }

  it('fused relu (inputs away from the kink)', () => {
    const [n, inputs, units] = [4, 9, 6];
    for (let seed = 1; ; seed++) {
      const random = seededRandom(seed);
      const x = randomF32Values(random, n * inputs), w = randomF32Values(random, inputs * units);
      const b = randomF32Values(random, units), r = randomF32Values(random, n * units);
      if (denseForward(x, w, b, n, inputs, units).some((v) => Math.abs(v) < 1e-3)) continue;
      const dPre = reluBackward(denseForward(x, w, b, n, inputs, units, true), r);
      const loss = () => weightedSum(denseForward(x, w, b, n, inputs, units, true), r);
      expectGradient('dx', denseBackwardInput(dPre, w, n, inputs, units), numericGradient(loss, x));
      expectGradient('dw', denseBackwardWeights(x, dPre, n, inputs, units), numericGradient(loss, w));
      expectGradient('db', biasBackward(dPre, n, units), numericGradient(loss, b));
      break;
    }
  });
});
