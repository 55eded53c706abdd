// The tfjs-layers model.json format as FilterFit writes and reads it (pure TS: no tfjs in the
// app bundle). Field names and values follow what tfjs-layers 4.22 itself writes from
// `model.save()`: `format: 'layers-model'`, a Keras-style `modelTopology` (Sequential, snake_case
// layer configs, `batch_input_shape` on the first layer) and a `weightsManifest` naming every
// weight `<layer>/kernel` or `<layer>/bias`, float32, little-endian, in layer order in one file.

export const TFJS_LAYERS_VERSION = '4.22.0';
export const KERAS_VERSION = `tfjs-layers ${TFJS_LAYERS_VERSION}`;
export const BACKEND = 'tensor_flow.js';

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

export interface WeightsManifestGroup {
  paths: string[];
  weights: WeightSpec[];
}

export interface LayerConfig {
  class_name: string;
  config: Record<string, unknown>;
}

export interface ModelJson {
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  modelTopology: {
    class_name: 'Sequential';
    config: { name: string; layers: LayerConfig[] };
    keras_version: string;
    backend: string;
  };
  weightsManifest: WeightsManifestGroup[];
  /** FilterFit's training settings, under `filterfit` (tfjs keeps it as the model's user-defined metadata). */
  userDefinedMetadata?: { filterfit: { settings: unknown } };
}

/** The initialisers tfjs-layers writes for Conv2D and Dense (Keras' glorot_uniform and zeros). */
export const KERNEL_INITIALIZER = { class_name: 'VarianceScaling', config: { scale: 1, mode: 'fan_avg', distribution: 'uniform', seed: null } };
export const BIAS_INITIALIZER = { class_name: 'Zeros', config: {} };

/** A file name stem from a model name: letters, digits, - and _ only ('model' if nothing is left). */
export function fileStem(name: string): string {
  const stem = name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return stem || 'model';
}
