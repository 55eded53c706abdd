// A tfjs-layers (or Keras-converted) Sequential model as a FilterFit spec and weights. Only layers
// FilterFit computes the same way are read (Conv2D, MaxPooling2D, AveragePooling2D, Dropout,
// Flatten, Dense, an InputLayer, and Reshape → MaxPooling2D (1, C) → Reshape as the channel max,
// the pattern exportLayersModel writes); options that change what a layer computes must be ones
// FilterFit has. Initialisers, regularisers and constraints are ignored (they do not change the
// function). Everything is checked: a bad file gives an ImportError naming what and where.
import { layerDefinition, shownValue, type Shape } from '../shared/layers';
import { MAX_NAME_LENGTH, planModel } from '../shared/plan';
import { checkSandboxSpec } from '../shared/sandbox-rules';
import { DEFAULT_SANDBOX_SETTINGS, settingsProblem, type SandboxSettings } from '../shared/sandbox-settings';
import type { LayerSpec, ModelSpec, Pair, Shape3 } from '../shared/spec';
import { ImportError } from './import-error';
import type { LayerConfig } from './tfjs-layers-format';
import { readWeights } from './tfjs-layers-weights';

export interface ImportedLayersModel {
  spec: ModelSpec;
  /** The flat parameter vector (parameter table order): Model.importWeights / TrainerApi.importWeights. */
  weights: Float32Array;
  /** FilterFit's training settings, when the file carries valid ones (user-defined metadata). */
  settings?: SandboxSettings;
}

/** More Keras layers than this is no sandbox model (20 layers, 3 per channel max, an InputLayer). */
const MAX_LAYERS = 64;
/** model.json text longer than this is not a model FilterFit wrote or could train. */
const MAX_JSON_CHARS = 4 * 2 ** 20;

type Config = Record<string, unknown>;

const unsupported = (layer: string, option: string, value: unknown) => new ImportError('import.unsupportedOption', { layer, option, value: shownValue(value) });

/** kernel_size, strides, pool_size: Keras writes [h, w] (or one number for both). */
function pair(config: Config, key: string, layer: string, fallback?: Pair): Pair {
  const value = config[key] ?? fallback;
  if (typeof value === 'number') return [value, value];
  if (Array.isArray(value) && value.length === 2) return [value[0], value[1]];
  throw new ImportError('import.badLayerConfig', { layer, option: key, value: shownValue(value) });
}

/** An option FilterFit has only one value of (or a few): anything else changes the function. */
function only(config: Config, key: string, layer: string, allowed: readonly unknown[]): void {
  const value = config[key];
  if (value !== undefined && value !== null && !allowed.some((a) => JSON.stringify(a) === JSON.stringify(value))) throw unsupported(layer, key, value);
}

function oneOf<const T extends string>(config: Config, key: string, layer: string, allowed: readonly T[], fallback: NoInfer<T>): T {
  const value = config[key] ?? fallback;
  if (!allowed.includes(value as T)) throw unsupported(layer, key, value);
  return value as T;
}

function useBias(config: Config, layer: string): boolean {
  const value = config.use_bias ?? true;
  if (typeof value !== 'boolean') throw new ImportError('import.badLayerConfig', { layer, option: 'use_bias', value: shownValue(value) });
  return value;
}

/** One Keras layer as a FilterFit layer (the channel-max pattern is read separately). */
const READERS: Record<string, (c: Config, name: string) => LayerSpec> = {
  Conv2D: (c, name) => {
    only(c, 'data_format', name, ['channels_last']);
    only(c, 'dilation_rate', name, [[1, 1], 1]);
    only(c, 'groups', name, [1]);
    return {
      kind: 'conv2d', name, filters: c.filters as number, kernelSize: pair(c, 'kernel_size', name), strides: pair(c, 'strides', name, [1, 1]),
      padding: oneOf(c, 'padding', name, ['valid', 'same'], 'valid'), activation: oneOf(c, 'activation', name, ['relu', 'linear'], 'linear'), useBias: useBias(c, name),
    };
  },
  MaxPooling2D: (c, name) => {
    only(c, 'data_format', name, ['channels_last']);
    const poolSize = pair(c, 'pool_size', name);
    oneOf(c, 'padding', name, ['valid'], 'valid');
    return { kind: 'maxPool2d', name, poolSize, strides: pair(c, 'strides', name, poolSize) };
  },
  AveragePooling2D: (c, name) => {
    only(c, 'data_format', name, ['channels_last']);
    const poolSize = pair(c, 'pool_size', name);
    return { kind: 'avgPool2d', name, poolSize, strides: pair(c, 'strides', name, poolSize), padding: oneOf(c, 'padding', name, ['valid', 'same'], 'valid') };
  },
  Dropout: (c, name) => {
    only(c, 'noise_shape', name, []);
    return { kind: 'dropout', name, rate: c.rate as number };
  },
  Flatten: (c, name) => {
    only(c, 'data_format', name, ['channels_last']);
    return { kind: 'flatten', name };
  },
  Dense: (c, name) => ({ kind: 'dense', name, units: c.units as number, activation: oneOf(c, 'activation', name, ['softmax', 'relu', 'linear'], 'linear'), useBias: useBias(c, name) }),
};

const sameShape = (a: unknown, b: readonly number[]) => Array.isArray(a) && a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * Whether configs[i…i+2] are Reshape (P, C, 1) → MaxPooling2D (1, C) strides (1, C) valid →
 * Reshape (H, W, 1): 'no'; 'yes' when the input shape is (H, W, C) with H·W = P (the channel max);
 * the index of the Reshape that does not fit when the pattern is there but its shapes do not.
 */
function channelMaxPattern(configs: LayerConfig[], i: number, shape: Shape | null): 'no' | 'yes' | { misfit: number } {
  const [into, pool, back] = [configs[i], configs[i + 1], configs[i + 2]];
  if (pool?.class_name !== 'MaxPooling2D' || back?.class_name !== 'Reshape') return 'no';
  const p = pool.config ?? {};
  const target = into.config?.target_shape;
  if (!Array.isArray(target) || target.length !== 3 || target[2] !== 1) return 'no';
  const c = target[1];
  const pattern = sameShape(p.pool_size, [1, c]) && sameShape(p.strides ?? p.pool_size, [1, c]) &&
    (p.padding ?? 'valid') === 'valid' && (p.data_format ?? 'channels_last') === 'channels_last';
  if (!pattern) return 'no';
  if (!shape || shape.length !== 3) return { misfit: i };
  const [h, w] = shape;
  if (shape[2] !== c || target[0] !== h * w) return { misfit: i };
  return sameShape(back.config?.target_shape, [h, w, 1]) ? 'yes' : { misfit: i + 2 };
}

/**
 * Why the layers read so far cannot be right, if a FilterFit or sandbox rule says so: a later
 * Reshape that no longer fits is then not the file's first problem.
 */
function earlierProblem(input: Shape3, layers: LayerSpec[]): ImportError | null {
  const trial: ModelSpec = { name: 'trial', input, layers: [...layers, { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax' }] };
  const error = checkSandboxSpec(trial, DEFAULT_SANDBOX_SETTINGS);
  const inPrefix = error && ((error.layerIndex >= 0 && error.layerIndex < layers.length) || error.code === 'sandbox.inputShape' || error.code === 'spec.inputShape');
  return inPrefix ? new ImportError('import.invalidSpec', { reason: error.message }, error) : null;
}

/** [null, h, w, c] from batch_input_shape (tfjs, Keras 2) or batch_shape (Keras 3). */
function inputShapeOf(config: Config): Shape3 | undefined {
  const shape = config.batch_input_shape ?? config.batch_shape;
  if (shape === undefined) return undefined;
  if (!Array.isArray(shape) || shape.length !== 4 || shape[0] !== null || !shape.slice(1).every((d) => Number.isInteger(d) && d > 0)) {
    throw new ImportError('import.badInputShape', { shape: shownValue(shape) });
  }
  return [shape[1], shape[2], shape[3]];
}

/** The output shape of `layer` on `shape`, or null once a layer is invalid (planModel will say why). */
function nextShape(layer: LayerSpec, shape: Shape | null): Shape | null {
  const definition = layerDefinition(layer.kind);
  if (!shape || !definition || definition.checkOptions(layer)) return null;
  const out = definition.outputShape(layer, shape);
  return Array.isArray(out) ? out : null;
}

function topologyOf(json: Config): { name: unknown; configs: LayerConfig[] } {
  if (json.format !== undefined && json.format !== 'layers-model') throw new ImportError('import.notLayersModel', { format: shownValue(json.format) });
  const topology = (json.modelTopology ?? json) as Config;
  const model = ((topology as Config).model_config ?? topology) as Config;
  if (typeof model !== 'object' || model === null || typeof model.class_name !== 'string') throw new ImportError('import.notLayersModel', { format: shownValue(json.format ?? 'unknown') });
  if (model.class_name !== 'Sequential') throw new ImportError('import.notSequential', { className: model.class_name });
  const config = model.config as Config | unknown[];
  const layers = Array.isArray(config) ? config : (config as Config | null)?.layers;
  if (!Array.isArray(layers) || !layers.every((l) => typeof l === 'object' && l !== null && typeof l.class_name === 'string')) {
    throw new ImportError('import.malformed', { detail: 'the Sequential model has no list of layers' });
  }
  if (layers.length > MAX_LAYERS) throw new ImportError('import.tooManyLayers', { count: layers.length, cap: MAX_LAYERS });
  return { name: Array.isArray(config) ? undefined : (config as Config).name, configs: layers as LayerConfig[] };
}

function specOf(name: unknown, configs: LayerConfig[]): ModelSpec {
  let input: Shape3 | undefined;
  let shape: Shape | null = null;
  const layers: LayerSpec[] = [];
  for (let i = 0; i < configs.length; i++) {
    const { class_name: className } = configs[i];
    const config = (configs[i].config ?? {}) as Config;
    if (i === 0) {
      input = inputShapeOf(config);
      if (!input) throw new ImportError('import.badInputShape', { shape: 'none' });
      shape = [...input];
    }
    if (className === 'InputLayer' && i === 0) continue;
    const layerName = typeof config.name === 'string' ? config.name : `#${i}`;
    let layer: LayerSpec;
    const pattern = className === 'Reshape' ? channelMaxPattern(configs, i, shape) : 'no';
    if (pattern === 'yes') {
      layer = { kind: 'channelMaxPool', name: (configs[i + 1].config as Config).name as string };
      i += 2;
    } else if (typeof pattern === 'object') {
      const misfit = (configs[pattern.misfit].config ?? {}) as Config;
      throw earlierProblem(input!, layers) ?? new ImportError('import.badLayerConfig', { layer: String(misfit.name), option: 'target_shape', value: shownValue(misfit.target_shape) });
    } else if (Object.hasOwn(READERS, className)) {
      layer = READERS[className](config, layerName);
    } else {
      throw new ImportError('import.unsupportedLayer', { className, index: i });
    }
    if (typeof config.name !== 'string') delete layer.name; // planModel names it (and its weights will not be found)
    layers.push(layer);
    shape = nextShape(layer, shape);
  }
  const modelName = typeof name === 'string' && name.length > 0 ? name.slice(0, MAX_NAME_LENGTH) : 'imported-model';
  return { name: modelName, input: input!, layers };
}

/** Only the fields SandboxSettings has (metadata may carry more). */
function knownSettings(s: SandboxSettings): SandboxSettings {
  const { epochs, batchSize, learningRate, optimizer, seed, trainLimit, threads } = s;
  return { epochs, batchSize, learningRate, optimizer, seed, trainLimit, threads };
}

/**
 * Reads model.json (the parsed object or its text) and the weights file. Throws ImportError, with
 * the SpecError behind it when the model is readable but breaks a FilterFit or sandbox rule.
 */
export function importLayersModel(modelJson: unknown, weightData: ArrayBuffer): ImportedLayersModel {
  let json: unknown = modelJson;
  if (typeof modelJson === 'string') {
    if (modelJson.length > MAX_JSON_CHARS) throw new ImportError('import.malformed', { detail: `more than ${MAX_JSON_CHARS} characters` });
    try {
      json = JSON.parse(modelJson);
    } catch (error) {
      throw new ImportError('import.malformed', { detail: (error as Error).message.slice(0, 80) });
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ImportError('import.malformed', { detail: 'not a JSON object' });
  const { name, configs } = topologyOf(json as Config);
  if (configs.length === 0) throw new ImportError('import.malformed', { detail: 'the model has no layers' });
  const spec = specOf(name, configs);
  const metadata = (json as { userDefinedMetadata?: { filterfit?: { settings?: unknown } } }).userDefinedMetadata?.filterfit?.settings;
  const settings = metadata !== undefined && settingsProblem(metadata) === null ? knownSettings(metadata as SandboxSettings) : undefined;
  const specError = checkSandboxSpec(spec, settings ?? DEFAULT_SANDBOX_SETTINGS);
  if (specError) throw new ImportError('import.invalidSpec', { reason: specError.message }, specError);
  const weights = readWeights(planModel(spec), (json as Config).weightsManifest, weightData);
  return settings ? { spec, weights, settings } : { spec, weights };
}
