// dense, softmax + cross-entropy, relu backward and Adam vs tfjs.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkAdam, checkDense, checkRelu, checkSoftmax } from './checks';
import { FC_SEED, denseCases, expectPass, nodeContext, seeds, softmaxCases } from './test-support';

describe('dense, softmax, relu, adam vs tfjs', () => {
  it('dense forward (+bias, +relu), backward input, backward weights, bias: inputs 1–400, units 1–33', async () => {
    const ctx = await nodeContext();
    await fc.assert(fc.asyncProperty(denseCases, seeds, async (c, s) => void expectPass(checkDense(ctx, c, s))), { seed: FC_SEED, numRuns: 40 });
  });

  it('softmax, fused cross-entropy probs, dlogits (scaled by 1/batch) and summed loss', async () => {
    const ctx = await nodeContext();
    await fc.assert(fc.asyncProperty(softmaxCases, seeds, async (c, s) => void expectPass(checkSoftmax(ctx, c, s))), { seed: FC_SEED, numRuns: 40 });
  });

  it('relu backward, counts around the SIMD width', async () => {
    const ctx = await nodeContext();
    const counts = fc.integer({ min: 1, max: 70 });
    await fc.assert(fc.asyncProperty(counts, seeds, async (count, s) => void expectPass(checkRelu(ctx, { kind: 'relu', count }, s))), { seed: FC_SEED, numRuns: 30 });
  });

  it('adam: 1–5 steps of tf.train.adam(1e-3, 0.9, 0.999, 1e-7) on params, m and v', async () => {
    const ctx = await nodeContext();
    const cases = fc.record({ count: fc.integer({ min: 1, max: 70 }), steps: fc.integer({ min: 1, max: 5 }) });
    await fc.assert(fc.asyncProperty(cases, seeds, async ({ count, steps }, s) => void expectPass(await checkAdam(ctx, { kind: 'adam', count, steps }, s))), { seed: FC_SEED, numRuns: 30 });
  });
});
