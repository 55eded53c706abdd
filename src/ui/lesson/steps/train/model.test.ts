import { describe, expect, it } from 'vitest';
import { formatVector, generalisationGap, GUESS_MAX_POINTS, guessPoints, kernelRows, largestMagnitude, layer0Of } from './model';

describe('layer-0 snapshots', () => {
  it('reads a (1, 3, 1, 5) kernel as five filters of three weights', () => {
    // value = 10·tap + filter, stored (kh, kw, in, out) with out fastest
    const kernel = Float32Array.from({ length: 15 }, (_, i) => 10 * Math.floor(i / 5) + (i % 5));
    expect(kernelRows(kernel, 5)).toEqual([
      [0, 10, 20],
      [1, 11, 21],
      [2, 12, 22],
      [3, 13, 23],
      [4, 14, 24],
    ]);
  });

  it('takes layer 0 out of what an epoch event carries', () => {
    const kernel = new Float32Array(15);
    const bias = new Float32Array(5);
    expect(layer0Of([{ layer: 0, weights: [{ role: 'kernel', values: kernel }, { role: 'bias', values: bias }] }])).toEqual({ kernel, bias });
    expect(layer0Of([{ layer: 2, weights: [{ role: 'kernel', values: kernel }, { role: 'bias', values: bias }] }])).toBeNull();
    expect(layer0Of([])).toBeNull();
  });

  it('finds one colour scale over every epoch', () => {
    const snap = (k: number[], b: number[]) => ({ kernel: Float32Array.from(k), bias: Float32Array.from(b) });
    expect(largestMagnitude([snap([0.1, -0.5], [0]), snap([0.2, 0.3], [-0.7])])).toBeCloseTo(0.7, 6);
    expect(largestMagnitude([])).toBe(0);
  });

  it('prints a vector like numpy, with a sign column', () => {
    expect(formatVector([0.01234, -0.5, 0, -0])).toBe('[ 0.0123 -0.5000  0.0000  0.0000]');
    expect(formatVector([], 2)).toBe('[]');
  });
});

describe('generalisationGap', () => {
  it('is training minus validation accuracy of the last epoch, in points', () => {
    expect(generalisationGap({ acc: [0.8, 0.96], val_acc: [0.79, 0.89] })).toBe(7);
    expect(generalisationGap({ acc: [0.8], val_acc: [] })).toBeNull();
    expect(generalisationGap({ acc: [], val_acc: [] })).toBeNull();
  });
});

describe('guessPoints', () => {
  it('gives full points for a close guess, one less per point off, never negative', () => {
    expect(guessPoints(88, 0.8812)).toBe(GUESS_MAX_POINTS);
    expect(guessPoints(85, 0.88)).toBe(7);
    expect(guessPoints(91, 0.88)).toBe(7);
    expect(guessPoints(50, 0.88)).toBe(0);
    expect(guessPoints(Number.NaN, 0.88)).toBe(0);
  });
});
