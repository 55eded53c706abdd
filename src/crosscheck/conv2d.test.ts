// conv2d forward (+bias, +relu), input and filter gradients, bias gradient vs tfjs, random shapes.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkConv2d } from './checks';
import { FC_SEED, convCases, expectPass, nodeContext, seeds } from './test-support';

describe('conv2d vs tfjs', () => {
  it('forward, backward input, backward filter, bias: kernels 1–5, strides 1–3, same/valid, channels 1–33', async () => {
    const ctx = await nodeContext();
    await fc.assert(fc.asyncProperty(convCases, seeds, async (c, s) => void expectPass(await checkConv2d(ctx, c, s))), { seed: FC_SEED, numRuns: 40 });
  });
});
