// Issue 9's safety property: 10,000 random specs — plausible ones, and absurd ones (zero, negative,
// huge and fractional sizes, NaN, strings, missing fields, 7×7 kernels on 1×1 maps, 50 layers,
// huge dense layers, objects where numbers go) — each goes through validation (planModel and the
// sandbox rules) and, when valid, becomes a real model on the real kernels that takes one training
// step on 2 real images and predicts. Each spec gives a working model (finite loss, probabilities
// summing to 1) or a SpecError; anything else (a TypeError, a wasm trap, a hang) fails the run.
// Run time: 23 s of CPU (75 s wall on the shared 2-core machine at load 12); 3,335 of the 10,000
// specs are valid and train, the rest are rejected (validation takes well under a millisecond).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionMnist } from '../data/read-node';
import { checkSpec } from '../shared/plan';
import { checkSandboxSpec } from '../shared/sandbox-rules';
import type { LayerSpec, ModelSpec } from '../shared/spec';
import { SpecError } from '../shared/spec-error';
import { absurdValue, candidateSpec } from '../shared/test-specs';
import { createModel } from './node';

const RUNS = 10_000;
const PIXELS = 784;
let images: Uint8Array;
let labels: Uint8Array;

beforeAll(() => {
  const data = readFashionMnist();
  images = data.train.images.slice(0, 2 * PIXELS);
  labels = data.train.labels.slice(0, 2);
});

const KINDS = ['conv2d', 'maxPool2d', 'avgPool2d', 'channelMaxPool', 'dropout', 'flatten', 'dense'] as const;
const FIELDS = ['kind', 'name', 'filters', 'kernelSize', 'strides', 'padding', 'activation', 'useBias', 'poolSize', 'rate', 'units'] as const;
const size = fc.oneof(fc.integer({ min: -3, max: 9 }), fc.constantFrom(0, 0.5, 1e6, 2 ** 31, -1e9, NaN, Infinity));
const sizePair = fc.oneof(fc.tuple(size, size), fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })), absurdValue);

/** A layer of any kind whose every field may be absurd or missing; sometimes not a layer at all. */
const absurdLayer: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...KINDS), fc.string({ maxLength: 6 }), absurdValue),
      name: fc.oneof(fc.string({ maxLength: 70 }), absurdValue),
      filters: size, kernelSize: sizePair, strides: sizePair, poolSize: sizePair,
      padding: fc.oneof(fc.constantFrom('valid', 'same', 'full'), absurdValue),
      activation: fc.oneof(fc.constantFrom('relu', 'linear', 'softmax', 'tanh'), absurdValue),
      useBias: fc.oneof(fc.boolean(), absurdValue),
      rate: fc.oneof(fc.double({ min: -1, max: 2 }), absurdValue),
      units: fc.oneof(size, fc.integer({ min: 1, max: 10_000_000 })),
    },
    { requiredKeys: ['kind'] },
  ),
  absurdValue,
);

/** A plausible spec with one field of one layer (or of the spec) replaced by an absurd value or removed. */
const mutatedSpec: fc.Arbitrary<unknown> = fc.tuple(candidateSpec, fc.nat(), fc.constantFrom(...FIELDS, 'input', 'name', 'layers'), absurdValue, fc.boolean()).map(
  ([spec, at, field, value, remove]) => {
    const copy = structuredClone(spec) as unknown as Record<string, unknown>;
    const layers = copy.layers as Record<string, unknown>[];
    const target = field === 'input' || field === 'name' || field === 'layers' ? copy : layers[at % layers.length];
    if (remove) delete target[field];
    else target[field] = value;
    return copy;
  },
);

const tail: LayerSpec[] = [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }];

/** Tiny maps: pool 28×28 down to 1×1 (or 2×2), then 7×7 kernels, 'same' and 'valid'. */
const tinyMaps: fc.Arbitrary<ModelSpec> = fc
  .record({ pool: fc.constantFrom(14, 28), kh: fc.integer({ min: 1, max: 7 }), kw: fc.integer({ min: 1, max: 7 }), padding: fc.constantFrom('valid' as const, 'same' as const), filters: fc.integer({ min: 1, max: 16 }) })
  .map(({ pool, kh, kw, padding, filters }) => ({
    name: 'tiny',
    input: [28, 28, 1],
    layers: [{ kind: 'maxPool2d', poolSize: [pool, pool] }, { kind: 'conv2d', filters, kernelSize: [kh, kw], padding, activation: 'relu' }, { kind: 'avgPool2d', poolSize: [3, 3], padding: 'same' }, ...tail],
  }));

/** Many layers (up to 50) and huge dense layers. */
const bigSpecs: fc.Arbitrary<ModelSpec> = fc.oneof(
  fc.integer({ min: 15, max: 50 }).map((n) => ({ name: 'deep', input: [28, 28, 1] as ModelSpec['input'], layers: [...Array.from({ length: n - 2 }, (_, i): LayerSpec => (i % 2 ? { kind: 'dropout', rate: 0.1 } : { kind: 'conv2d', filters: 2, kernelSize: [1, 1], activation: 'relu' })), ...tail] })),
  fc.integer({ min: 1, max: 100_000_000 }).map((units) => ({ name: 'wide', input: [28, 28, 1] as ModelSpec['input'], layers: [{ kind: 'flatten' }, { kind: 'dense', units, activation: 'relu' }, tail[1]] as LayerSpec[] })),
);

const anySpec: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: candidateSpec, weight: 2 },
  { arbitrary: mutatedSpec, weight: 3 },
  { arbitrary: fc.record({ name: fc.oneof(fc.string(), absurdValue), input: fc.oneof(fc.tuple(size, size, size), absurdValue), layers: fc.oneof(fc.array(absurdLayer, { maxLength: 50 }), absurdValue) }, { requiredKeys: [] }), weight: 3 },
  { arbitrary: tinyMaps, weight: 1 },
  { arbitrary: bigSpecs, weight: 1 },
  { arbitrary: absurdValue, weight: 1 },
);

/** Valid → a model that trains one step and predicts; invalid → a SpecError. Returns which. */
async function trainOrReject(spec: unknown): Promise<'trained' | 'rejected'> {
  const planned = checkSpec(spec as ModelSpec); // planModel: SpecError or null, never another exception
  const sandbox = checkSandboxSpec(spec as ModelSpec, { batchSize: 2, threads: 1 });
  for (const error of [planned, sandbox]) if (error !== null) expect(error).toBeInstanceOf(SpecError);
  if (sandbox) return 'rejected';
  const model = await createModel(spec as ModelSpec, { seed: 1, batchSize: 2 });
  const history = await model.fit(images, labels, { epochs: 1, batchSize: 2, validationSplit: 0 });
  expect(history.status).toBe('completed');
  expect(Number.isFinite(history.loss[0])).toBe(true);
  const probs = model.predict(images);
  expect(Math.abs(probs.slice(0, 10).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-4);
  return 'trained';
}

describe('10,000 random specs: a working model or a SpecError', () => {
  it('validates, plans and trains one step on 2 images, or rejects with a SpecError', async () => {
    const outcomes = { trained: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(anySpec, async (spec) => void outcomes[await trainOrReject(spec)]++),
      { seed: 20_251_209, numRuns: RUNS, endOnFailure: true },
    );
    expect(outcomes.trained + outcomes.rejected).toBe(RUNS);
    // both outcomes are common, so the property tests both paths
    expect(outcomes.trained).toBeGreaterThan(RUNS / 10);
    expect(outcomes.rejected).toBeGreaterThan(RUNS / 10);
    console.info(`spec fuzz: ${outcomes.trained} trained, ${outcomes.rejected} rejected`);
  }, 300_000);
});
