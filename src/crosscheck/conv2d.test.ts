// conv2d forward (+bias, +relu), input and filter gradients, bias gradient vs tfjs, random shapes;
// and the benchmark's tfjs-wasm XNNPACK gradient shims vs tfjs-cpu on the same shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConv2d } from './checks';
import { FC_SEED, convCases, expectPass, nodeContext, seeds, winogradCases } from './test-support';

describe('conv2d vs tfjs', () => {
  it('forward, backward input, backward filter, bias: kernels 1–5, strides 1–3, same/valid, channels 1–33', async () => {
    const ctx = await nodeContext();
    const shimRows = new Set<string>();
    await fc.assert(
      fc.asyncProperty(convCases, seeds, async (c, s) => {
        for (const row of expectPass(await checkConv2d(ctx, c, s))) if (row.op.includes('XNNPACK')) shimRows.add(row.op);
      }),
      { seed: FC_SEED, numRuns: 40 },
    );
    // the shims really ran (the context is tfjs-wasm), so the benchmark's fast tfjs rows compute the right gradients
    expect([...shimRows].sort()).toEqual(['tfjs-wasm XNNPACK Conv2DBackpropFilter shim', 'tfjs-wasm XNNPACK Conv2DBackpropInput shim']);
  });

  it('Winograd forward, input and filter gradients: 3×3, stride 1, same/valid, channels 4–33', async () => {
    const ctx = await nodeContext();
    const winogradRows = new Set<string>();
    await fc.assert(
      fc.asyncProperty(winogradCases, seeds, async (c, s) => {
        for (const row of expectPass(await checkConv2d(ctx, c, s))) if (row.op.includes('Winograd')) winogradRows.add(row.op);
      }),
      { seed: FC_SEED, numRuns: 25 },
    );
    expect([...winogradRows].sort()).toEqual(['conv2dBackwardFilterWinograd', 'conv2dBackwardInputWinograd', 'conv2dForwardWinograd', 'conv2dForwardWinograd(relu=1, b=0)']);
  });
});
