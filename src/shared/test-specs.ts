// Tests only: fast-check generators of model specs and sandbox settings — valid ones (every kind,
// every optional field present or absent), and absurd ones (anything a learner, a tampered link
// or a bad file could produce).
import fc from 'fast-check';
import { checkSandboxSpec } from './sandbox-rules';
import type { SandboxSettings } from './sandbox-settings';
import type { LayerSpec, ModelSpec, Pair } from './spec';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const pair = (min: number, max: number): fc.Arbitrary<Pair> => fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }));
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/);
/** Drops keys whose value is undefined, as a spec written by hand has them. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const conv: fc.Arbitrary<LayerSpec> = fc
  .record({
    filters: fc.integer({ min: 1, max: 12 }), kernelSize: pair(1, 7), strides: maybe(pair(1, 3)),
    padding: maybe(fc.constantFrom('valid' as const, 'same' as const)), activation: maybe(fc.constantFrom('relu' as const, 'linear' as const)),
    useBias: maybe(fc.boolean()), name: maybe(name),
  })
  .map((o) => defined({ kind: 'conv2d' as const, ...o }));

const pool = (kind: 'maxPool2d' | 'avgPool2d'): fc.Arbitrary<LayerSpec> =>
  fc
    .record({ poolSize: pair(1, 3), strides: maybe(pair(1, 3)), padding: kind === 'avgPool2d' ? maybe(fc.constantFrom('valid' as const, 'same' as const)) : fc.constant(undefined), name: maybe(name) })
    .map((o) => defined({ kind, ...o }) as LayerSpec);

const dropout: fc.Arbitrary<LayerSpec> = fc
  .record({ rate: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.95, noNaN: true })), name: maybe(name) })
  .map((o) => defined({ kind: 'dropout' as const, ...o }));

const imageLayer = fc.oneof(
  { arbitrary: conv, weight: 4 },
  { arbitrary: pool('maxPool2d'), weight: 1 },
  { arbitrary: pool('avgPool2d'), weight: 1 },
  { arbitrary: dropout, weight: 1 },
  { arbitrary: fc.record({ name: maybe(name) }).map((o) => defined({ kind: 'channelMaxPool' as const, ...o }) as LayerSpec), weight: 1 },
);

const hidden: fc.Arbitrary<LayerSpec> = fc.oneof(
  dropout,
  fc.record({ units: fc.integer({ min: 1, max: 40 }), activation: maybe(fc.constantFrom('relu' as const, 'linear' as const)), useBias: maybe(fc.boolean()), name: maybe(name) })
    .map((o) => defined({ kind: 'dense' as const, ...o }) as LayerSpec),
);

/** Specs of every kind in an order that can work; some still break a rule (a pool too many, a clashing name). */
export const candidateSpec: fc.Arbitrary<ModelSpec> = fc
  .record({
    name: fc.string({ maxLength: 20 }),
    image: fc.array(imageLayer, { maxLength: 6 }),
    flatten: fc.record({ name: maybe(name) }).map((o) => defined({ kind: 'flatten' as const, ...o }) as LayerSpec),
    hidden: fc.array(hidden, { maxLength: 3 }),
    last: fc.record({ useBias: maybe(fc.boolean()), name: maybe(name) }).map((o) => defined({ kind: 'dense' as const, units: 10, activation: 'softmax' as const, ...o }) as LayerSpec),
  })
  .map(({ name: n, image, flatten, hidden: h, last }) => ({ name: n, input: [28, 28, 1] as ModelSpec['input'], layers: [...image, flatten, ...h, last] }));

/** Specs the sandbox accepts. */
export const validSandboxSpec: fc.Arbitrary<ModelSpec> = candidateSpec.filter((spec) => checkSandboxSpec(spec) === null);

export const validSettings: fc.Arbitrary<SandboxSettings> = fc.record({
  epochs: fc.integer({ min: 1, max: 100 }),
  batchSize: fc.integer({ min: 1, max: 256 }),
  learningRate: fc.double({ min: 1e-6, max: 1, noNaN: true }),
  optimizer: fc.constantFrom('adam' as const, 'sgd' as const),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  trainLimit: fc.option(fc.integer({ min: 100, max: 60_000 }), { nil: null }),
  threads: fc.integer({ min: 1, max: 4 }),
});

/** Anything in a field: wrong types, NaN, ±Infinity, huge and negative numbers, nesting. */
export const absurdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -1, 1e9, 2 ** 31, -0, 0.5, 1e300, null, undefined, '', '3', true, [], {}),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer({ min: -3, max: 100_000 }), { maxLength: 4 }),
  fc.anything({ maxDepth: 2 }),
);
