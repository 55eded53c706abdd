import { describe, expect, it } from 'vitest';
import { planModel } from '../../../../shared/plan';
import { preset } from '../../../../shared/presets';
import type { TrainedModel } from '../../step';
import { checkGuess, convolve, isValidSize, kernelPresets, largestDifference, settingsKey } from './model';

describe('what a convolution does', () => {
  it('names the settings a prediction is about', () => {
    expect(settingsKey({ size: '1x3', presetId: 'edge', stride: 1, padding: 'valid' })).toBe('1x3-s1-valid');
    expect(settingsKey({ size: '3x3', presetId: 'blur', stride: 2, padding: 'same' })).toBe('3x3-s2-same');
  });

  it('checks a predicted output size: whole numbers 1–100, both sides right', () => {
    const out = { outH: 28, outW: 26 };
    expect(checkGuess(28, 26, out)).toBe('right');
    expect(checkGuess(26, 28, out)).toBe('wrong');
    expect(checkGuess(28, NaN, out)).toBe('invalid');
    expect(checkGuess(0, 26, out)).toBe('invalid');
    expect(checkGuess(28, 26.5, out)).toBe('invalid');
    expect([1, 100].every(isValidSize)).toBe(true);
    expect(isValidSize(101)).toBe(false);
  });

  it('convolves the image under the settings', () => {
    const pixels = new Uint8Array(784).fill(255);
    const { layout, output, outputMax } = convolve(pixels, { size: '3x3', presetId: 'blur', stride: 2, padding: 'same' }, { id: 'ones', nameKey: 'views.presetBlur', weights: new Array(9).fill(1), bias: 0 });
    expect([layout.outH, layout.outW]).toEqual([14, 14]);
    expect(output[0]).toBeCloseTo(9, 9); // TF's 'same' pads after: the first window is inside
    expect(output[14 * 14 - 1]).toBeCloseTo(4, 9); // the last one holds 4 pixels, the rest is padding
    expect(outputMax).toBeCloseTo(9, 9);
  });

  it('measures the engine against the arithmetic', () => {
    expect(largestDifference(Float32Array.of(1, 2.5, 3), [1, 2, 3.25])).toBe(0.5);
    expect(largestDifference([], [])).toBe(0);
  });

  it('offers the learner’s trained filters after the hand-made kernels', () => {
    const weights = Float32Array.from({ length: planModel(preset('seed-a')!).totalParams }, (_, i) => i);
    const trained = (name: string): TrainedModel | undefined =>
      name === 'seed-a' ? { preset: name, seed: 1, weights, history: { loss: [], acc: [], val_loss: [], val_acc: [] }, quick: true } : undefined;
    const presets = kernelPresets(trained);
    expect(presets['1x3'].map((p) => p.id)).toEqual(['edge', 'edge-reverse', 'average', 'trained-0', 'trained-1', 'trained-2', 'trained-3', 'trained-4']);
    expect(presets['1x3'][3]).toMatchObject({ filter: 1, weights: [0, 5, 10], bias: 15 });
    expect(presets['3x3'].map((p) => p.id)).toEqual(['vertical', 'horizontal', 'blur', 'sharpen']);
  });
});
