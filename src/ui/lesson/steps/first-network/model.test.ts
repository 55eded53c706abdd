// The numbers come from the shared planner and must be the tutorial's (28×26×5 and 36,430).
import { describe, expect, it } from 'vitest';
import { checkFirstNetwork, diagramBoxes, firstNetworkPlan } from './model';

describe('the first network', () => {
  const plan = firstNetworkPlan();

  it('is the tutorial’s: 28×26×5 after the conv, 20 + 36,410 = 36,430 parameters', () => {
    expect(plan.layers.map((l) => l.outputShape)).toEqual([[28, 26, 5], [3640], [10]]);
    expect(plan.layers.map((l) => l.paramCount)).toEqual([20, 0, 36_410]);
    expect(plan.totalParams).toBe(36_430);
    expect(checkFirstNetwork({ height: 28, width: 26, channels: 5, params: 36_430 }, plan)).toEqual({ shape: true, params: true });
    expect(checkFirstNetwork({ height: 26, width: 28, channels: 5, params: 36_410 }, plan)).toEqual({ shape: false, params: false });
  });

  it('draws plot_model boxes with input and output shapes', () => {
    expect(diagramBoxes(plan)).toEqual([
      { name: 'input_1', kerasClass: 'InputLayer', input: '(None, 28, 28, 1)', output: '(None, 28, 28, 1)', params: 0 },
      { name: 'conv2d', kerasClass: 'Conv2D', input: '(None, 28, 28, 1)', output: '(None, 28, 26, 5)', params: 20 },
      { name: 'flatten', kerasClass: 'Flatten', input: '(None, 28, 26, 5)', output: '(None, 3640)', params: 0 },
      { name: 'dense', kerasClass: 'Dense', input: '(None, 3640)', output: '(None, 10)', params: 36_410 },
    ]);
  });
});
