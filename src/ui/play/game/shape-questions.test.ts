import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../engine/random';
import { planModel } from '../../../shared/plan';
import { shapeQuestion } from './shape-questions';

describe('shapeQuestion', () => {
  it('has four distinct positive options, the right one being what the planner computes', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const q = shapeQuestion(mulberry32(seed));
        expect(new Set(q.options).size).toBe(4);
        for (const option of q.options) expect(option).toBeGreaterThanOrEqual(1);
        // The engine's own planner agrees with the answer (a conv layer of this geometry).
        const plan = planModel({
          name: 'shape-check',
          input: [q.input, q.input, 1],
          layers: [
            { kind: 'conv2d', filters: 1, kernelSize: [q.window, q.window], strides: [q.stride, q.stride], padding: q.padding },
            { kind: 'flatten' },
            { kind: 'dense', units: 10, activation: 'softmax' },
          ],
        });
        expect(q.options[q.answer]).toBe(plan.layers[0].outputShape[0]);
      }),
      { numRuns: 200 },
    );
  });

  it('puts the right answer in every position over many seeds', () => {
    const positions = new Set(Array.from({ length: 60 }, (_, seed) => shapeQuestion(mulberry32(seed)).answer));
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });
});
