// The cost model against hand-computed figures: multiply-adds per layer (forward, training),
// activation bytes, and the FLOP count the benchmark uses.
import { describe, expect, it } from 'vitest';
import { modelCost } from './cost';
import { planModel } from './plan';
import { preset } from './presets';
import type { ModelSpec } from './spec';

const spec: ModelSpec = {
  name: 'costs',
  input: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 8, kernelSize: [3, 3], strides: [2, 2], padding: 'same', activation: 'relu' }, // 14×14×8
    { kind: 'avgPool2d', poolSize: [2, 2] }, // 7×7×8
    { kind: 'dropout', rate: 0.5 },
    { kind: 'conv2d', filters: 4, kernelSize: [3, 3] }, // 5×5×4
    { kind: 'maxPool2d', poolSize: [2, 2] }, // 2×2×4
    { kind: 'flatten' }, // 16
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
};

describe('modelCost', () => {
  const cost = modelCost(planModel(spec));

  it('gives each layer its output shape, parameters and multiply-adds', () => {
    // 'same', stride 2, 28 → 14: no padding before, the last output's third row/column is padding,
    // so 14·3 − 1 = 41 (output, tap) pairs per axis are done instead of 42
    const conv1 = 41 * 41 * 8 * 1; // 13,448 done
    const conv1Nominal = 14 * 14 * 8 * 3 * 3 * 1; // 14,112
    const conv2 = 5 * 5 * 4 * 3 * 3 * 8; // 7,200
    const dense = 16 * 10;
    expect(cost.layers.map((l) => [l.kerasClass, l.outputShape, l.params, l.forwardMacs, l.trainMacs])).toEqual([
      ['Conv2D', [14, 14, 8], 80, conv1, 2 * conv1], // layer 0: no backward-input
      ['AveragePooling2D', [7, 7, 8], 0, 0, 0],
      ['Dropout', [7, 7, 8], 0, 0, 0],
      ['Conv2D', [5, 5, 4], 292, conv2, 3 * conv2],
      ['MaxPooling2D', [2, 2, 4], 0, 0, 0],
      ['Flatten', [16], 0, 0, 0],
      ['Dense', [10], 170, dense, 3 * dense],
    ]);
    expect(cost.forwardMacs).toBe(conv1 + conv2 + dense);
    expect(cost.flops).toEqual({ infer: 2 * (conv1 + conv2 + dense), train: 2 * (2 * conv1 + 3 * conv2 + 3 * dense) });
    expect(cost.flopsNominal).toEqual({
      infer: 2 * (conv1Nominal + conv2 + dense),
      train: 2 * (2 * conv1Nominal + 3 * conv2 + 3 * dense),
    });
    expect(cost.totalParams).toBe(80 + 292 + 170);
  });

  it('counts activation bytes per image: outputs, max winners and dropout masks; Flatten owns none', () => {
    expect(cost.layers.map((l) => l.activationBytesPerImage)).toEqual([
      4 * 14 * 14 * 8, 4 * 7 * 7 * 8, 4 * 2 * 7 * 7 * 8, 4 * 5 * 5 * 4, 4 * 2 * 2 * 2 * 4, 0, 4 * 10,
    ]);
  });

  it('grows memory with the batch and splits it across lanes', () => {
    const plan = planModel(preset('bench-c')!);
    const small = modelCost(plan, 32).memory, large = modelCost(plan, 256).memory;
    expect(large.parameterBytes).toBe(small.parameterBytes);
    expect(large.activationBytes / small.activationBytes).toBeCloseTo(8, 1);
    const twoLanes = modelCost(plan, 256, 2).memory;
    expect(twoLanes.parameterBytes - large.parameterBytes).toBe(Math.ceil((4 * plan.totalParams) / 64) * 64); // one more gradient copy
    expect(twoLanes.activationBytes).toBe(large.activationBytes); // 2 × half a batch
    expect(large.totalBytes).toBe(large.parameterBytes + large.activationBytes + large.gradientBytes + 384);
  });
});
