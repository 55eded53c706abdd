// Importing tfjs-layers files: a Keras-converted layout reads too; every damaged, foreign or absurd
// file gives an ImportError with a code (and the SpecError behind an invalid model), never another
// exception (fast-check over truncations, byte flips and absurd values in any field).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planModel } from '../shared/plan';
import { preset } from '../shared/presets';
import type { ModelSpec } from '../shared/spec';
import { absurdValue } from '../shared/test-specs';
import { IMPORT_ERROR_CODES, ImportError, type ImportErrorCode } from './import-error';
import { exportLayersModel } from './tfjs-layers-export';
import { importLayersModel } from './tfjs-layers-import';

const FC_SEED = 20_251_209;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures edit model.json freely

const spec: ModelSpec = {
  name: 'fixture',
  input: [28, 28, 1],
  layers: [
    { kind: 'conv2d', filters: 4, kernelSize: [3, 3], padding: 'same', activation: 'relu' },
    { kind: 'avgPool2d', poolSize: [2, 2] },
    { kind: 'conv2d', filters: 5, kernelSize: [3, 3], activation: 'relu' },
    { kind: 'channelMaxPool' },
    { kind: 'dropout', rate: 0.25 },
    { kind: 'flatten' },
    { kind: 'dense', units: 10, activation: 'softmax' },
  ],
};
const weightCount = planModel(spec).totalParams;
const weights = Float32Array.from({ length: weightCount }, (_, i) => Math.sin(i) * 0.1);
const exported = exportLayersModel(spec, weights);
const fresh = (): Json => structuredClone(exported.modelJson) as Json;
const bytes = () => exported.weightData.slice(0);

function rejection(json: unknown, data: unknown = bytes()): ImportError {
  try {
    importLayersModel(json, data as ArrayBuffer);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw new Error(`importLayersModel threw a ${(error as Error)?.name}, not an ImportError: ${String(error)}`);
  }
  throw new Error('importLayersModel accepted the file');
}

/** model.json with layer `i`'s config changed by `edit`. */
function withLayer(i: number, edit: (layer: Json) => void): Json {
  const json = fresh();
  edit(json.modelTopology.config.layers[i]);
  return json;
}

describe('importLayersModel', () => {
  it('reads its own files: the spec (channel max pattern included) and the weights', () => {
    const imported = importLayersModel(JSON.stringify(exported.modelJson), bytes());
    expect(imported.spec.layers.map((l) => l.kind)).toEqual(spec.layers.map((l) => l.kind));
    expect(imported.spec.layers.map((l) => l.name)).toEqual(planModel(spec).layers.map((l) => l.name));
    expect(Array.from(imported.weights)).toEqual(Array.from(weights));
  });

  it('reads the Keras converter’s layout: model_config, an InputLayer, Keras 3 batch_shape', () => {
    const json = fresh();
    const layers = json.modelTopology.config.layers;
    delete layers[0].config.batch_input_shape;
    layers.unshift({ class_name: 'InputLayer', config: { batch_shape: [null, 28, 28, 1], dtype: 'float32', name: 'input_layer' } });
    json.modelTopology = { keras_version: '3.4.1', backend: 'tensorflow', model_config: { class_name: 'Sequential', config: json.modelTopology.config } };
    expect(importLayersModel(json, bytes()).spec.input).toEqual([28, 28, 1]);
  });

  const data = (edit: (f: Float32Array) => Float32Array | ArrayBuffer) => {
    const out = edit(new Float32Array(bytes()));
    return out instanceof ArrayBuffer ? out : out.buffer;
  };
  const cases: [string, () => unknown, () => unknown, ImportErrorCode, Record<string, unknown>?][] = [
    ['truncated weights file', fresh, () => bytes().slice(0, exported.weightData.byteLength - 4), 'import.weightDataSize', { expected: 4 * weightCount }],
    ['empty weights file', fresh, () => new ArrayBuffer(0), 'import.weightDataSize'],
    ['weights not bytes', fresh, () => 'not bytes', 'import.badWeightData'],
    ['a NaN weight', fresh, () => data((f) => ((f[7] = NaN), f)), 'import.nonFiniteWeight', { index: 7, value: 'NaN' }],
    ['an infinite bias', fresh, () => data((f) => ((f[36] = -Infinity), f)), 'import.nonFiniteWeight', { name: 'conv2d/bias', index: 0 }],
    ['a wrong kernel shape', () => { const j = fresh(); j.weightsManifest[0].weights[0].shape = [3, 3, 4, 1]; return j; }, bytes, 'import.weightShape', { name: 'conv2d/kernel', expected: '(3, 3, 1, 4)' }],
    ['huge dimensions in the manifest', () => { const j = fresh(); j.weightsManifest[0].weights[0].shape = [1e9, 1e9]; return j; }, bytes, 'import.weightShape'],
    ['a negative dimension', () => { const j = fresh(); j.weightsManifest[0].weights[2].shape = [-3]; return j; }, bytes, 'import.weightShape'],
    ['an int32 weight', () => { const j = fresh(); j.weightsManifest[0].weights[1].dtype = 'int32'; return j; }, bytes, 'import.weightDtype', { dtype: 'int32' }],
    ['quantized weights', () => { const j = fresh(); j.weightsManifest[0].weights[1].quantization = { dtype: 'uint8', scale: 1, min: 0 }; return j; }, bytes, 'import.weightDtype'],
    ['a missing weight', () => { const j = fresh(); const w = j.weightsManifest[0].weights; w.splice(w.length - 1, 1); return j; }, () => bytes().slice(0, exported.weightData.byteLength - 40), 'import.missingWeight', { name: 'dense/bias' }],
    ['an extra weight', () => { const j = fresh(); j.weightsManifest[0].weights.push({ name: 'extra/kernel', shape: [1], dtype: 'float32' }); return j; }, () => { const b = new Uint8Array(exported.weightData.byteLength + 4); b.set(new Uint8Array(bytes())); return b.buffer; }, 'import.unexpectedWeight', { name: 'extra/kernel' }],
    ['no manifest', () => { const j = fresh(); delete j.weightsManifest; return j; }, bytes, 'import.badManifest'],
    ['an unknown layer class', () => withLayer(1, (l) => (l.class_name = 'BatchNormalization')), bytes, 'import.unsupportedLayer', { className: 'BatchNormalization', index: 1 }],
    ['a Lambda layer', () => withLayer(3, (l) => (l.class_name = 'Lambda')), bytes, 'import.unsupportedLayer', { className: 'Lambda' }],
    ['a channel max reshaped to another image', () => withLayer(5, (l) => (l.config.target_shape = [11, 11, 1])), bytes, 'import.badLayerConfig', { layer: 'lambda_image', option: 'target_shape', value: '[11,11,1]' }],
    ['a lone Reshape', () => withLayer(6, (l) => ((l.class_name = 'Reshape'), (l.config = { target_shape: [64, 1, 1], name: 'r' }))), bytes, 'import.unsupportedLayer', { className: 'Reshape', index: 6 }],
    ['a dilated conv', () => withLayer(0, (l) => (l.config.dilation_rate = [2, 2])), bytes, 'import.unsupportedOption', { layer: 'conv2d', option: 'dilation_rate' }],
    ['a tanh conv', () => withLayer(0, (l) => (l.config.activation = 'tanh')), bytes, 'import.unsupportedOption', { option: 'activation', value: '"tanh"' }],
    ['channels_first', () => withLayer(1, (l) => (l.config.data_format = 'channels_first')), bytes, 'import.unsupportedOption'],
    ['max pooling with same padding', () => withLayer(4, (l) => (l.config.padding = 'same')), bytes, 'import.unsupportedLayer'], // no longer the channel max pattern
    ['dropout with a noise shape', () => withLayer(6, (l) => (l.config.noise_shape = [null, 1, 1, 5])), bytes, 'import.unsupportedOption'],
    ['a string kernel size', () => withLayer(0, (l) => (l.config.kernel_size = 'big')), bytes, 'import.badLayerConfig', { option: 'kernel_size' }],
    ['a 9×9 kernel (sandbox cap)', () => withLayer(2, (l) => (l.config.kernel_size = [9, 9])), bytes, 'import.invalidSpec'],
    ['huge input shape', () => withLayer(0, (l) => (l.config.batch_input_shape = [null, 1e6, 1e6, 1])), bytes, 'import.invalidSpec'],
    ['a flat input shape', () => withLayer(0, (l) => (l.config.batch_input_shape = [null, 784])), bytes, 'import.badInputShape'],
    ['no input shape', () => withLayer(0, (l) => delete l.config.batch_input_shape), bytes, 'import.badInputShape'],
    ['a linear last layer', () => withLayer(8, (l) => (l.config.activation = 'linear')), bytes, 'import.invalidSpec'],
    ['a functional model', () => { const j = fresh(); j.modelTopology.class_name = 'Functional'; return j; }, bytes, 'import.notSequential', { className: 'Functional' }],
    ['a graph model', () => ({ format: 'graph-model', modelTopology: { node: [] } }), bytes, 'import.notLayersModel'],
    ['70 layers', () => { const j = fresh(); j.modelTopology.config.layers.splice(6, 0, ...Array.from({ length: 61 }, (_, i) => ({ class_name: 'Dropout', config: { rate: 0.1, name: `d${i}` } }))); return j; }, bytes, 'import.tooManyLayers', { count: 70 }],
    ['no layers', () => { const j = fresh(); j.modelTopology.config.layers = []; return j; }, bytes, 'import.malformed'],
    ['not JSON', () => '{"format": "layers-model", ', bytes, 'import.malformed'],
    ['a JSON array', () => '[]', bytes, 'import.malformed'],
    ['null', () => null, bytes, 'import.malformed'],
  ];
  it.each(cases)('rejects %s', (_label, json, weightData, code, params) => {
    const error = rejection(json(), weightData());
    expect(error.code).toBe(code);
    if (params) expect(error.params).toMatchObject(params);
    if (code === 'import.invalidSpec') expect(error.specError?.code).toMatch(/^(spec|layer|model|sandbox)\./);
  });

  it('rejects every truncation of model.json (fast-check)', () => {
    const text = JSON.stringify(exported.modelJson);
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => void expect(rejection(text.slice(0, cut)).code).toBe('import.malformed')), { seed: FC_SEED, numRuns: 300 });
  });

  it('answers any flipped byte of the weights file with identical-shape weights or a nonFiniteWeight error (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat(exported.weightData.byteLength - 1), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const data = new Uint8Array(bytes());
        data[at] ^= 1 << bit;
        try {
          expect(importLayersModel(exported.modelJson, data.buffer).weights).toHaveLength(weightCount);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).code).toBe('import.nonFiniteWeight');
        }
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });

  it('answers an absurd value in any field of model.json with an ImportError or a valid model (fast-check)', () => {
    const paths = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(paths, absurdValue, (path, value) => {
        const json = fresh();
        let node: Json = json;
        for (let depth = 0; depth < path.length; depth++) {
          const keys = Object.keys(node);
          if (keys.length === 0) break;
          const key = keys[path[depth] % keys.length];
          if (depth === path.length - 1 || typeof node[key] !== 'object' || node[key] === null) {
            node[key] = value;
            break;
          }
          node = node[key];
        }
        try {
          const imported = importLayersModel(JSON.parse(JSON.stringify(json) ?? 'null'), bytes());
          expect(imported.weights).toHaveLength(planModel(imported.spec).totalParams);
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(Object.keys(IMPORT_ERROR_CODES)).toContain(error.code);
        }
      }),
      { seed: FC_SEED, numRuns: 2000 },
    );
  });

  it('round-trips every preset through its own files', () => {
    for (const name of ['seed-a', 'seed-notebook', 'bench-c']) {
      const s = preset(name)!;
      const w = Float32Array.from({ length: planModel(s).totalParams }, (_, i) => (i % 17) / 17 - 0.5);
      const files = exportLayersModel(s, w);
      expect(Array.from(importLayersModel(JSON.stringify(files.modelJson), files.weightData).weights)).toEqual(Array.from(w));
    }
  });
});
