// AveragePooling2D and Dropout vs tfjs: forward and gradients on random shapes (both paddings),
// dropout with our mask applied in tfjs, the mask = the engine's generator, its kept fraction.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { SANDBOX_CASES, describeCase } from './cases';
import { checkCase } from './checks';
import { checkAvgPool2d, checkDropout } from './checks-avgpool-dropout';
import { FC_SEED, avgPoolCases, dropoutCases, expectPass, nodeContext, seeds } from './test-support';

describe('avgPool2d and dropout vs tfjs', () => {
  for (const c of SANDBOX_CASES) {
    it(`${c.kind} ${describeCase(c)}`, async () => void expectPass(await checkCase(await nodeContext(), c)));
  }

  it('avgPool2d forward and backward: pools 1–4, strides 1–3, valid and same, channels 1–33', async () => {
    const ctx = await nodeContext();
    await fc.assert(fc.asyncProperty(avgPoolCases, seeds, async (c, s) => void expectPass(await checkAvgPool2d(ctx, c, s))), { seed: FC_SEED, numRuns: 60 });
  });

  it('dropout forward, mask and backward with our mask in tfjs; kept fraction ≈ 1 − rate', async () => {
    const ctx = await nodeContext();
    fc.assert(fc.property(dropoutCases, seeds, (c, s) => void expectPass(checkDropout(ctx, c, s))), { seed: FC_SEED, numRuns: 40 });
  });
});
