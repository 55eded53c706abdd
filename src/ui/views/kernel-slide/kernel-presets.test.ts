import { describe, expect, it } from 'vitest';
import { HAND_MADE, KERNEL_SHAPES, trainedPresets } from './kernel-presets';

describe('kernel presets', () => {
  it('has hand-made kernels of the right size, the tutorial edge detector first', () => {
    for (const size of ['1x3', '3x3'] as const) {
      const [kh, kw] = KERNEL_SHAPES[size];
      for (const p of HAND_MADE[size]) expect(p.weights).toHaveLength(kh * kw);
    }
    expect(HAND_MADE['1x3'][0]).toMatchObject({ id: 'edge', weights: [-1, 0, 1], bias: 0 });
  });

  it("makes one preset per trained filter from get_weights' [kernel, bias]", () => {
    const kernel = { role: 'kernel' as const, shape: [1, 3, 1, 2], values: Float32Array.of(1, 2, 3, 4, 5, 6) };
    const bias = { role: 'bias' as const, shape: [2], values: Float32Array.of(0.5, -0.5) };
    const presets = trainedPresets([kernel, bias], 'stepConvolution.presetTrainedFirst');
    expect(presets).toEqual([
      { id: 'trained-0', nameKey: 'stepConvolution.presetTrainedFirst', filter: 1, weights: [1, 3, 5], bias: 0.5 },
      { id: 'trained-1', nameKey: 'stepConvolution.presetTrainedFirst', filter: 2, weights: [2, 4, 6], bias: -0.5 },
    ]);
    expect(trainedPresets([{ ...kernel, shape: [3, 3, 10, 20] }], 'stepConvolution.presetTrainedFirst')).toEqual([]);
  });
});
