// Named architectures used by the CLI, the lessons, the benchmark and the tests.
// The comparison presets follow the tutorial's table: 10 and 20 filters of 3×3, 'same' padding.
import type { LayerSpec, ModelSpec } from './spec';

const INPUT: ModelSpec['input'] = [28, 28, 1];
const logistic: LayerSpec[] = [{ kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }];
const conv = (filters: number, name?: string): LayerSpec => ({
  kind: 'conv2d', ...(name ? { name } : {}), filters, kernelSize: [3, 3], strides: [1, 1], padding: 'same', activation: 'relu',
});
const pool: LayerSpec = { kind: 'maxPool2d', poolSize: [2, 2] };

export const PRESETS = {
  /** The article's first network: 5 filters 1×3 → Flatten → softmax. 20 + 36,410 = 36,430. */
  'seed-a': {
    name: 'seed-a',
    input: INPUT,
    layers: [{ kind: 'conv2d', filters: 5, kernelSize: [1, 3], strides: [1, 1], padding: 'valid', activation: 'relu' }, ...logistic],
  },
  /**
   * The notebook's final model with the custom depth max-pool. 100 + 1,820 + 7,850 = 9,770. Its
   * layer names are the notebook's; they count layers from 0, as Keras' model.layers[i] does and
   * as every "Layer N" in the app does.
   */
  'seed-notebook': {
    name: 'seed-notebook',
    input: INPUT,
    layers: [
      conv(10, 'L0-Conv2D'),
      conv(20, 'L1-Conv2D'),
      { kind: 'channelMaxPool', name: 'L2-DepthMaxPool' },
      { kind: 'flatten', name: 'L3-Flatten' },
      { kind: 'dense', name: 'Logistic', units: 10, activation: 'softmax' },
    ],
  },
  'compare-conv': { name: 'compare-conv', input: INPUT, layers: [conv(10), ...logistic] },
  'compare-conv-pool': { name: 'compare-conv-pool', input: INPUT, layers: [conv(10), pool, ...logistic] },
  'compare-conv-conv-pool': { name: 'compare-conv-conv-pool', input: INPUT, layers: [conv(10), conv(20), pool, ...logistic] },
  'compare-conv-pool-conv-pool': { name: 'compare-conv-pool-conv-pool', input: INPUT, layers: [conv(10), pool, conv(20), pool, ...logistic] },
  /** Benchmark C: two 32-filter 3×3 valid convs + 2×2 max-pool. 55,658 params. */
  'bench-c': {
    name: 'bench-c',
    input: INPUT,
    layers: [
      { kind: 'conv2d', filters: 32, kernelSize: [3, 3], padding: 'valid', activation: 'relu' },
      { kind: 'conv2d', filters: 32, kernelSize: [3, 3], padding: 'valid', activation: 'relu' },
      pool,
      ...logistic,
    ],
  },
} satisfies Record<string, ModelSpec>;

export type PresetName = keyof typeof PRESETS | 'bench-a' | 'bench-b';

/** The comparison the lesson trains, in table order. */
export const COMPARISON_PRESETS = [
  'compare-conv',
  'compare-conv-pool',
  'compare-conv-conv-pool',
  'compare-conv-pool-conv-pool',
  'seed-notebook',
] as const satisfies readonly PresetName[];

const ALIASES: Record<string, keyof typeof PRESETS> = { 'bench-a': 'seed-a', 'bench-b': 'seed-notebook' };

export function presetNames(): string[] {
  return [...Object.keys(PRESETS), ...Object.keys(ALIASES)];
}

/** A deep copy of a preset (callers may edit it), or undefined for an unknown name. */
export function preset(name: string): ModelSpec | undefined {
  const key = ALIASES[name] ?? name;
  if (!Object.hasOwn(PRESETS, key)) return undefined;
  const spec = structuredClone(PRESETS[key as keyof typeof PRESETS]) as ModelSpec;
  return ALIASES[name] ? { ...spec, name } : spec;
}
