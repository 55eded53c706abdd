// The sandbox's limits: every preset passes; each rule names its layer (when it has one) and its cap.
import { describe, expect, it } from 'vitest';
import { presetNames, preset } from './presets';
import { checkSandboxSpec, planSandboxModel, SANDBOX_LIMITS } from './sandbox-rules';
import type { LayerSpec, ModelSpec } from './spec';
import { SpecError } from './spec-error';

const model = (...layers: LayerSpec[]): ModelSpec => ({
  name: 't',
  input: [28, 28, 1],
  layers: [...layers, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }],
});
const conv = (extra: Partial<Extract<LayerSpec, { kind: 'conv2d' }>>): LayerSpec => ({ kind: 'conv2d', filters: 4, kernelSize: [3, 3], ...extra });

describe('checkSandboxSpec', () => {
  it.each(presetNames())('accepts the preset %s', (name) => {
    expect(checkSandboxSpec(preset(name)!)).toBeNull();
    expect(planSandboxModel(preset(name)!).totalParams).toBeGreaterThan(0);
  });

  it('accepts the limits themselves: 7×7 kernels, strides 1 and 3', () => {
    expect(checkSandboxSpec(model(conv({ kernelSize: [7, 7], strides: [3, 1] })))).toBeNull();
  });

  const cases: [string, ModelSpec, string, number, Record<string, unknown>][] = [
    ['stride 0 (the spec rule comes first)', model(conv({ strides: [0, 1] })), 'layer.notPositiveInteger', 0, { option: 'strides[0]', value: '0' }],
    ['stride 4', model(conv({}), conv({ strides: [1, 4] })), 'sandbox.strideOutOfRange', 1, { strides: '1×4', min: 1, max: 3, layer: 'conv2d_1', index: 1 }],
    ['kernel 8×3', model(conv({ kernelSize: [8, 3] })), 'sandbox.kernelTooLarge', 0, { kernel: '8×3', cap: '7×7', layer: 'conv2d' }],
    ['dropout rate 1', model({ kind: 'dropout', rate: 1 }), 'layer.rateOutOfRange', 0, { option: 'rate', value: '1' }],
    ['dropout rate NaN', model({ kind: 'dropout', rate: NaN }), 'layer.rateOutOfRange', 0, { value: 'NaN' }],
    ['21 layers', model(...Array.from({ length: 19 }, () => ({ kind: 'dropout', rate: 0.1 }) as LayerSpec)), 'sandbox.tooManyLayers', -1, { count: 21, cap: 20 }],
    ['RGB input', { ...model(conv({})), input: [32, 32, 3] }, 'sandbox.inputShape', -1, { input: '32×32×3', expected: '28×28×1' }],
    ['1.6 M parameters', { name: 't', input: [28, 28, 1], layers: [conv({ filters: 32, padding: 'same' }), { kind: 'flatten' }, { kind: 'dense', units: 64 }, { kind: 'dense', units: 10, activation: 'softmax' }] },
      'sandbox.tooManyParams', -1, { cap: SANDBOX_LIMITS.maxParams }],
  ];
  it.each(cases)('%s', (_label, spec, code, layerIndex, params) => {
    const error = checkSandboxSpec(spec);
    expect(error).toBeInstanceOf(SpecError);
    expect(error!.code).toBe(code);
    expect(error!.layerIndex).toBe(layerIndex);
    expect(error!.params).toMatchObject(params);
  });

  it('caps training memory at the run’s batch size and threads, and says the cap', () => {
    const wide = model(conv({ filters: 64, padding: 'same' }), conv({ filters: 64, padding: 'same' }), conv({ filters: 64, padding: 'same' }));
    expect(checkSandboxSpec(wide, { batchSize: 32, threads: 1 })).toBeNull();
    const error = checkSandboxSpec(wide, { batchSize: 1024, threads: 1 })!;
    expect(error.code).toBe('sandbox.tooMuchMemory');
    expect(error.params).toMatchObject({ capMib: 256, batchSize: 1024 });
    expect(error.params.mib as number).toBeGreaterThan(256);
    expect(error.message).toMatch(/needs \d+ MiB, more than the sandbox's cap of 256 MiB/);
    expect(() => planSandboxModel(wide, { batchSize: 1024, threads: 1 })).toThrow(SpecError);
  });
});
