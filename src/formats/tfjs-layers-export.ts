// A FilterFit model as tfjs-layers files (model.json + one weights .bin) that
// `tf.loadLayersModel` loads with built-in layers only. Each kind maps to the Keras layer that
// computes the same function; the channel max (the tutorial's Lambda, which tfjs cannot load) is
//   Reshape (H·W, C, 1) → MaxPooling2D pool (1, C) → Reshape (H, W, 1),
// the max over each pixel's C channels (importLayersModel turns the pattern back).
import { byLayerKind, planModel, type LayerKindMap, type LayerPlan } from '../shared/plan';
import type { SandboxSettings } from '../shared/sandbox-settings';
import { paramSlices } from '../shared/param-slices';
import type { ModelSpec } from '../shared/spec';
import {
  BACKEND, BIAS_INITIALIZER, KERAS_VERSION, KERNEL_INITIALIZER, fileStem,
  type LayerConfig, type ModelJson, type WeightSpec,
} from './tfjs-layers-format';

export interface ExportedLayersModel {
  /** The model.json object (JSON.stringify it to save). */
  modelJson: ModelJson;
  /** The weights file: every weight in manifest order, float32 little-endian. */
  weightData: ArrayBuffer;
  /** Suggested file names: `<stem>.json` and the manifest's `<stem>.weights.bin`. */
  modelFileName: string;
  weightsFileName: string;
}

/** Names for the extra Reshape layers of a channel max, unique among the model's names. */
type NameFor = (base: string) => string;

const common = (name: string) => ({ name, trainable: true });
const activation = (a: string | undefined) => a ?? 'linear';
const pool = (className: string, name: string, poolSize: number[], strides: number[], padding: string): LayerConfig => ({
  class_name: className,
  config: { pool_size: poolSize, padding, strides, data_format: 'channels_last', ...common(name) },
});

/** The Keras layers that compute one FilterFit layer (as tfjs-layers writes their configs). */
const KERAS_LAYERS: LayerKindMap<LayerConfig[], [nameFor: NameFor]> = {
  conv2d: ({ name, spec: s }) => [{
    class_name: 'Conv2D',
    config: {
      filters: s.filters, kernel_initializer: KERNEL_INITIALIZER, kernel_regularizer: null, kernel_constraint: null,
      kernel_size: s.kernelSize, strides: s.strides ?? [1, 1], padding: s.padding ?? 'valid', data_format: 'channels_last',
      dilation_rate: [1, 1], activation: activation(s.activation), use_bias: s.useBias !== false, bias_initializer: BIAS_INITIALIZER,
      bias_regularizer: null, activity_regularizer: null, bias_constraint: null, ...common(name),
    },
  }],
  maxPool2d: ({ name, spec: s }) => [pool('MaxPooling2D', name, s.poolSize, s.strides ?? s.poolSize, 'valid')],
  avgPool2d: ({ name, spec: s }) => [pool('AveragePooling2D', name, s.poolSize, s.strides ?? s.poolSize, s.padding ?? 'valid')],
  channelMaxPool: ({ name, inputShape: [h, w, c] }, nameFor) => [
    { class_name: 'Reshape', config: { target_shape: [h * w, c, 1], ...common(nameFor(`${name}_pixels`)) } },
    pool('MaxPooling2D', name, [1, c], [1, c], 'valid'),
    { class_name: 'Reshape', config: { target_shape: [h, w, 1], ...common(nameFor(`${name}_image`)) } },
  ],
  dropout: ({ name, spec: s }) => [{ class_name: 'Dropout', config: { rate: s.rate, noise_shape: null, seed: null, ...common(name) } }],
  flatten: ({ name }) => [{ class_name: 'Flatten', config: common(name) }],
  dense: ({ name, spec: s }) => [{
    class_name: 'Dense',
    config: {
      units: s.units, activation: activation(s.activation), use_bias: s.useBias !== false, kernel_initializer: KERNEL_INITIALIZER,
      bias_initializer: BIAS_INITIALIZER, kernel_regularizer: null, bias_regularizer: null, activity_regularizer: null,
      kernel_constraint: null, bias_constraint: null, ...common(name),
    },
  }],
};

function layerConfigs(layers: LayerPlan[], input: number[]): LayerConfig[] {
  const taken = new Set(layers.map((l) => l.name));
  const nameFor: NameFor = (base) => {
    let name = base;
    for (let i = 1; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    return name;
  };
  const configs = layers.flatMap((layer) => byLayerKind(KERAS_LAYERS, layer, nameFor));
  configs[0] = { ...configs[0], config: { ...configs[0].config, batch_input_shape: [null, ...input], dtype: 'float32' } };
  return configs;
}

/**
 * The tfjs-layers files of `spec` with `weights` (the flat parameter vector in the parameter
 * table's order: Model.exportWeights / TrainerApi.exportWeights). `settings` travel along as
 * user-defined metadata. Throws SpecError for an invalid spec, RangeError for a wrong weight count.
 */
export function exportLayersModel(spec: ModelSpec, weights: Float32Array, settings?: SandboxSettings): ExportedLayersModel {
  const plan = planModel(spec);
  if (weights.length !== plan.totalParams) {
    throw new RangeError(`the model "${spec.name}" has ${plan.totalParams} weights, got ${weights.length}`);
  }
  const stem = fileStem(spec.name);
  const weightsFileName = `${stem}.weights.bin`;
  const layerNames = plan.layers.map((l) => l.name);
  const weightSpecs: WeightSpec[] = paramSlices(plan).map((s) => ({ name: `${layerNames[s.layer]}/${s.role}`, shape: [...s.shape], dtype: 'float32' }));
  const modelJson: ModelJson = {
    format: 'layers-model',
    generatedBy: 'FilterFit',
    convertedBy: null,
    modelTopology: {
      class_name: 'Sequential',
      config: { name: spec.name, layers: layerConfigs(plan.layers, spec.input) },
      keras_version: KERAS_VERSION,
      backend: BACKEND,
    },
    weightsManifest: [{ paths: [weightsFileName], weights: weightSpecs }],
    ...(settings ? { userDefinedMetadata: { filterfit: { settings } } } : {}),
  };
  // Float32Array is little-endian on every platform a browser runs on (and tfjs reads it so).
  const weightData = weights.slice().buffer as ArrayBuffer;
  return { modelJson, weightData, modelFileName: `${stem}.json`, weightsFileName };
}
