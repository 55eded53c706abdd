// Shared by the cross-check tests (Node only): the context, fast-check shape generators and the
// assertion that prints every failing row with its largest gap and first values.
import fc from 'fast-check';
import type { AvgPoolCase, ChannelMaxCase, ConvCase, DenseCase, DropoutCase, PoolCase, SoftmaxCase } from './cases';
import type { CrossCheckContext } from './checks';
import { type CheckRow, formatRow } from './compare';
import { createNodeCrossCheck } from './node';

/** Fixed seed: a failure reproduces; change it deliberately to explore new shapes. */
export const FC_SEED = 20_251_128;

let shared: Promise<CrossCheckContext> | undefined;
export const nodeContext = () => (shared ??= createNodeCrossCheck());

/** Throws with one formatted block per failing row; returns the rows for further use. */
export function expectPass(rows: CheckRow[]): CheckRow[] {
  const failed = rows.filter((r) => !r.pass);
  if (failed.length) throw new Error(`${failed.length} of ${rows.length} checks failed:\n${failed.map(formatRow).join('\n')}`);
  return rows;
}

const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const channels = fc.integer({ min: 1, max: 33 });
const batch = fc.integer({ min: 1, max: 9 });
const stride = fc.integer({ min: 1, max: 3 });

/** Kernels 1–5 (non-square too), strides 1–3, both paddings, channels 1–33, batch 1–9, sizes up to window + 11. */
export const convCases: fc.Arbitrary<ConvCase> = fc
  .record({ kh: fc.integer({ min: 1, max: 5 }), kw: fc.integer({ min: 1, max: 5 }), padding: fc.constantFrom('same' as const, 'valid' as const) })
  .chain(({ kh, kw, padding }) =>
    fc.record({
      kind: fc.constant('conv2d' as const), n: batch, c: channels, k: channels, kh: fc.constant(kh), kw: fc.constant(kw),
      h: fc.integer({ min: padding === 'valid' ? kh : 1, max: kh + 11 }),
      w: fc.integer({ min: padding === 'valid' ? kw : 1, max: kw + 11 }),
      sh: stride, sw: stride, padding: fc.constant(padding),
    }),
  );

/** Half of them multiples of 4, the filter gradient's Winograd condition. */
const winogradChannels = fc.oneof(fc.integer({ min: 4, max: 33 }), fc.constantFrom(4, 8, 12, 16, 20, 32));

/** The Winograd path's shapes: 3×3, stride 1, both paddings, channels 4–33 in and out, odd and even sizes. */
export const winogradCases: fc.Arbitrary<ConvCase> = fc.constantFrom('same' as const, 'valid' as const).chain((padding) =>
  fc.record({
    kind: fc.constant('conv2d' as const), n: batch, c: winogradChannels, k: winogradChannels,
    kh: fc.constant(3), kw: fc.constant(3),
    h: fc.integer({ min: padding === 'valid' ? 3 : 1, max: 14 }), w: fc.integer({ min: padding === 'valid' ? 3 : 1, max: 14 }),
    sh: fc.constant(1), sw: fc.constant(1), padding: fc.constant(padding),
  }),
);

/** Pools 1–3 (non-square too), strides 1–3 (overlapping and gapped windows), odd sizes. */
export const poolCases: fc.Arbitrary<PoolCase> = fc
  .record({ ph: fc.integer({ min: 1, max: 3 }), pw: fc.integer({ min: 1, max: 3 }) })
  .chain(({ ph, pw }) =>
    fc.record({
      kind: fc.constant('maxPool2d' as const), n: batch, c: channels, ph: fc.constant(ph), pw: fc.constant(pw),
      h: fc.integer({ min: ph, max: ph + 12 }), w: fc.integer({ min: pw, max: pw + 12 }), sh: stride, sw: stride,
    }),
  );

/** Pools 1–4 (non-square too), strides 1–3, both paddings ('same' also with windows larger than the image). */
export const avgPoolCases: fc.Arbitrary<AvgPoolCase> = fc
  .record({ ph: fc.integer({ min: 1, max: 4 }), pw: fc.integer({ min: 1, max: 4 }), padding: fc.constantFrom('same' as const, 'valid' as const) })
  .chain(({ ph, pw, padding }) =>
    fc.record({
      kind: fc.constant('avgPool2d' as const), n: batch, c: channels, ph: fc.constant(ph), pw: fc.constant(pw),
      h: fc.integer({ min: padding === 'valid' ? ph : 1, max: ph + 12 }), w: fc.integer({ min: padding === 'valid' ? pw : 1, max: pw + 12 }),
      sh: stride, sw: stride, padding: fc.constant(padding),
    }),
  );

/** Sizes 1–20,000 (every SIMD tail), rates 0–0.95, any u32 seed, offsets as lanes have them. */
export const dropoutCases: fc.Arbitrary<DropoutCase> = fc.record({
  kind: fc.constant('dropout' as const), count: fc.integer({ min: 1, max: 20_000 }),
  rate: fc.integer({ min: 0, max: 95 }).map((p) => p / 100), seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }), offset: fc.integer({ min: 0, max: 50_000 }),
});

export const channelMaxCases: fc.Arbitrary<ChannelMaxCase> = fc.record({
  kind: fc.constant('channelMax' as const), n: batch, h: fc.integer({ min: 1, max: 13 }), w: fc.integer({ min: 1, max: 13 }), c: channels,
});

export const denseCases: fc.Arbitrary<DenseCase> = fc.record({
  kind: fc.constant('dense' as const), n: batch, inputs: fc.integer({ min: 1, max: 400 }), units: channels,
});

export const softmaxCases: fc.Arbitrary<SoftmaxCase> = fc
  .record({ n: batch, classes: fc.integer({ min: 2, max: 33 }), extra: fc.integer({ min: 0, max: 20 }) })
  .map(({ n, classes, extra }) => ({ kind: 'softmax' as const, n, classes, batch: n + extra }));

export { seed as seeds };
