import { describe, expect, it } from 'vitest';
import { planModel, checkSpec, MAX_PARAMS } from './plan';
import { preset, presetNames } from './presets';
import { summaryText } from './summary';
import type { LayerSpec, ModelSpec } from './spec';
import { SpecError } from './spec-error';

const model = (...layers: LayerSpec[]): ModelSpec => ({
  name: 't',
  input: [28, 28, 1],
  layers: [...layers, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }],
});

function rejection(spec: ModelSpec): SpecError {
  const error = checkSpec(spec);
  if (!error) throw new Error('expected the spec to be rejected');
  return error;
}

describe('planModel: Keras shapes and parameter counts', () => {
  it('counts the notebook model as Keras: 100, 1,820, 0, 0, 7,850 = 9,770', () => {
    const plan = planModel(preset('seed-notebook')!);
    expect(plan.layers.map((l) => l.paramCount)).toEqual([100, 1820, 0, 0, 7850]);
    expect(plan.layers.map((l) => l.outputShape)).toEqual([[28, 28, 10], [28, 28, 20], [28, 28, 1], [784], [10]]);
    expect(plan.totalParams).toBe(9770);
  });

  it('counts the first network as 20 + 36,410 = 36,430 with output 28×26×5', () => {
    const plan = planModel(preset('seed-a')!);
    expect(plan.layers[0].outputShape).toEqual([28, 26, 5]);
    expect(plan.layers.map((l) => l.paramCount)).toEqual([20, 0, 36410]);
    expect(plan.totalParams).toBe(36430);
  });

  it('counts the comparison and benchmark presets', () => {
    const totals = Object.fromEntries(presetNames().map((n) => [n, planModel(preset(n)!).totalParams]));
    expect(totals).toMatchObject({
      'compare-conv': 100 + 78410,
      'compare-conv-pool': 100 + 19610,
      'compare-conv-conv-pool': 100 + 1820 + 39210,
      'compare-conv-pool-conv-pool': 100 + 1820 + 9810,
      'bench-a': 36430,
      'bench-b': 9770,
      'bench-c': 55658,
    });
  });

  it('follows TF output sizes for strides and padding', () => {
    const plan = planModel(model(
      { kind: 'conv2d', filters: 4, kernelSize: [3, 2], strides: [2, 3], padding: 'same' },
      { kind: 'conv2d', filters: 3, kernelSize: [2, 2], strides: [3, 1], padding: 'valid' },
      { kind: 'maxPool2d', poolSize: [2, 2], strides: [1, 2] },
    ));
    // same: ceil(28/2)=14, ceil(28/3)=10; valid: floor((14-2)/3)+1=5, floor((10-2)/1)+1=9; pool: 4, 4
    expect(plan.layers.slice(0, 3).map((l) => l.outputShape)).toEqual([[14, 10, 4], [5, 9, 3], [4, 4, 3]]);
  });

  it('omits the bias when useBias is false', () => {
    const plan = planModel(model({ kind: 'conv2d', filters: 5, kernelSize: [1, 3], useBias: false }));
    expect(plan.layers[0].paramCount).toBe(15);
  });
});

describe('planModel: rejects invalid specs naming the layer and the rule', () => {
  const cases: [string, ModelSpec, string, RegExp][] = [
    ['kernel larger than input', model({ kind: 'conv2d', filters: 2, kernelSize: [29, 3] }), 'layer.windowLargerThanInput', /Layer 0 "conv2d".*29×3 is larger than its 28×28/],
    ['stride 0', model({ kind: 'conv2d', filters: 2, kernelSize: [3, 3], strides: [0, 1] }), 'layer.notPositiveInteger', /strides\[0\] must be a positive integer, got 0/],
    ['negative kernel', model({ kind: 'conv2d', filters: 2, kernelSize: [-1, 3] }), 'layer.notPositiveInteger', /kernelSize\[0\]/],
    ['fractional filters', model({ kind: 'conv2d', filters: 2.5, kernelSize: [3, 3] }), 'layer.notPositiveInteger', /filters must be a positive integer, got 2.5/],
    ['zero filters', model({ kind: 'conv2d', filters: 0, kernelSize: [3, 3] }), 'layer.notPositiveInteger', /filters/],
    ['pool to nothing', model({ kind: 'maxPool2d', poolSize: [2, 2] }, { kind: 'maxPool2d', poolSize: [2, 2] }, { kind: 'maxPool2d', poolSize: [2, 2] }, { kind: 'maxPool2d', poolSize: [2, 2] }, { kind: 'maxPool2d', poolSize: [2, 2] }), 'layer.windowLargerThanInput', /Layer 4 "max_pooling2d_4"/],
    ['unknown kind', model({ kind: 'gaussianNoise' } as unknown as LayerSpec), 'layer.unknownKind', /unknown layer kind "gaussianNoise"/],
    ['bad padding', model({ kind: 'conv2d', filters: 2, kernelSize: [3, 3], padding: 'full' as 'same' }), 'layer.badOption', /padding must be one of valid \| same/],
    ['too many params', model({ kind: 'conv2d', filters: 3000, kernelSize: [1, 1] }), 'model.tooManyParams', new RegExp(MAX_PARAMS.toLocaleString('en'))],
  ];
  it.each(cases)('%s', (_label, spec, code, message) => {
    const error = rejection(spec);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('rejects softmax before the last layer', () => {
    const error = rejection({
      name: 't', input: [28, 28, 1],
      layers: [{ kind: 'flatten' }, { kind: 'dense', units: 32, activation: 'softmax' }, { kind: 'dense', units: 10, activation: 'softmax' }],
    });
    expect(error.code).toBe('layer.softmaxNotLast');
    expect(error.layerIndex).toBe(1);
  });

  it('requires a 10-way softmax at the end', () => {
    const error = rejection({ name: 't', input: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10 }] });
    expect(error.code).toBe('model.lastMustBeSoftmax');
  });

  it('requires Flatten before Dense and images before Conv2D', () => {
    expect(rejection({ name: 't', input: [28, 28, 1], layers: [{ kind: 'dense', units: 10, activation: 'softmax' }] }).code).toBe('layer.needsFlatInput');
    expect(rejection({ name: 't', input: [28, 28, 1], layers: [{ kind: 'flatten' }, { kind: 'conv2d', filters: 1, kernelSize: [1, 1] }, { kind: 'dense', units: 10, activation: 'softmax' }] }).code).toBe('layer.needsImageInput');
  });

  it('rejects a malformed input shape and duplicate names', () => {
    expect(rejection({ name: 't', input: [28, 0, 1], layers: [] } as ModelSpec).code).toBe('spec.inputShape');
    expect(rejection(model({ kind: 'conv2d', name: 'a', filters: 1, kernelSize: [1, 1] }, { kind: 'conv2d', name: 'a', filters: 1, kernelSize: [1, 1] })).code).toBe('layer.duplicateName');
  });
});

describe('summaryText', () => {
  it('prints the notebook summary in Keras format', () => {
    const text = summaryText(planModel(preset('seed-notebook')!));
    expect(text).toBe(
      [
        'Model: "seed-notebook"',
        '_________________________________________________________________',
        ' Layer (type)                Output Shape              Param #',
        '=================================================================',
        ' L0-Conv2D (Conv2D)          (None, 28, 28, 10)        100',
        '',
        ' L1-Conv2D (Conv2D)          (None, 28, 28, 20)        1820',
        '',
        ' L2-DepthMaxPool (Lambda)    (None, 28, 28, 1)         0',
        '',
        ' L3-Flatten (Flatten)        (None, 784)               0',
        '',
        ' Logistic (Dense)            (None, 10)                7850',
        '=================================================================',
        'Total params: 9,770',
        'Trainable params: 9,770',
        'Non-trainable params: 0',
        '_________________________________________________________________',
      ].join('\n'),
    );
  });
});
