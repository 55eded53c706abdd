// max-pool and channel max: forward values, winner indices (no ties by construction), gradients.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkChannelMax, checkMaxPool2d } from './checks';
import { FC_SEED, channelMaxCases, expectPass, nodeContext, poolCases, seeds } from './test-support';

describe('pooling vs tfjs', () => {
  it('maxPool2d forward, winners, backward: pools 1–3, strides 1–3, channels 1–33', async () => {
    const ctx = await nodeContext();
    await fc.assert(fc.asyncProperty(poolCases, seeds, async (c, s) => void expectPass(await checkMaxPool2d(ctx, c, s))), { seed: FC_SEED, numRuns: 40 });
  });

  it('channel max forward, winners, backward: channels 1–33', async () => {
    const ctx = await nodeContext();
    await fc.assert(fc.asyncProperty(channelMaxCases, seeds, async (c, s) => void expectPass(checkChannelMax(ctx, c, s))), { seed: FC_SEED, numRuns: 40 });
  });
});
