// Gradient check of the float64 reference conv2d (and the bias / relu it fuses) by central differences.
import { describe, expect, it } from 'vitest';
import { biasBackward } from './bias';
import { conv2dBackwardFilter, conv2dBackwardInput, conv2dForward, convShape, convAxis, type Padding } from './conv2d';
import { expectGradient, numericGradient, weightedSum } from './gradcheck';
import { randomF32Values, seededRandom } from './random';
import { reluBackward } from './relu';

const cases: Array<[string, number, number, number, number, number, number, number, number, number, Padding]> = [
  // label, n, h, w, c, kh, kw, k, strideH, strideW, padding
  ['3x3 same stride 1', 2, 5, 6, 3, 3, 3, 4, 1, 1, 'same'],
  ['2x5 same stride 2x3 (odd padding split)', 1, 7, 9, 2, 2, 5, 3, 2, 3, 'same'],
  ['1x3 valid first layer (C = 1, K = 5)', 2, 4, 6, 1, 1, 3, 5, 1, 1, 'valid'],
  ['3x1 valid stride 3', 1, 8, 5, 2, 3, 1, 2, 3, 1, 'valid'],
  ['5x5 same on 4x4 (kernel larger than input)', 1, 4, 4, 2, 5, 5, 2, 1, 1, 'same'],
];

describe('reference conv2d: backward = derivative of forward', () => {
  for (const [label, n, h, wd, c, kh, kw, k, sh, sw, padding] of cases) {
    it(label, () => {
      const s = convShape(n, h, wd, c, kh, kw, k, sh, sw, padding);
      const random = seededRandom(h * 100 + wd * 10 + c);
      const x = randomF32Values(random, n * h * wd * c), w = randomF32Values(random, kh * kw * c * k);
      const b = randomF32Values(random, k), r = randomF32Values(random, n * s.oh * s.ow * k);
      const loss = () => weightedSum(conv2dForward(x, w, b, s), r);
      expectGradient('dx', conv2dBackwardInput(r, w, s), numericGradient(loss, x));
      expectGradient('dw', conv2dBackwardFilter(x, r, s), numericGradient(loss, w));
      expectGradient('db', biasBackward(r, n * s.oh * s.ow, k), numericGradient(loss, b));
    });
  }

  it('fused relu: gradient flows through reluBackward of the output (inputs away from the kink)', () => {
    const s = convShape(2, 5, 5, 3, 3, 3, 4, 1, 1, 'same');
    let seed = 1;
    for (;; seed++) { // pick a draw whose pre-activations all stay ≥ 1e-3 away from 0
      const random = seededRandom(seed);
      const x = randomF32Values(random, 2 * 5 * 5 * 3), w = randomF32Values(random, 3 * 3 * 3 * 4);
      const b = randomF32Values(random, 4), r = randomF32Values(random, 2 * 5 * 5 * 4);
      if (conv2dForward(x, w, b, s).some((v) => Math.abs(v) < 1e-3)) continue;
      const y = conv2dForward(x, w, b, s, true);
      const dPre = reluBackward(y, r);
      const loss = () => weightedSum(conv2dForward(x, w, b, s, true), r);
      expectGradient('dx', conv2dBackwardInput(dPre, w, s), numericGradient(loss, x));
      expectGradient('dw', conv2dBackwardFilter(x, dPre, s), numericGradient(loss, w));
      expectGradient('db', biasBackward(dPre, 2 * 5 * 5, 4), numericGradient(loss, b));
      expect(y.some((v) => v === 0)).toBe(true); // the relu really cut something
      break;
    }
  });

  it("computes TF 'same' geometry: out = ceil(size / stride), top = floor(total / 2)", () => {
    expect(convAxis(28, 3, 1, 'same')).toEqual({ out: 28, padBefore: 1 });
    expect(convAxis(7, 2, 2, 'same')).toEqual({ out: 4, padBefore: 0 }); // total 1: all of it after
    expect(convAxis(9, 5, 3, 'same')).toEqual({ out: 3, padBefore: 1 }); // total 2
    expect(convAxis(28, 5, 1, 'valid')).toEqual({ out: 24, padBefore: 0 });
  });
});
