// Shape inference, parameter table and validation of a ModelSpec, exactly as Keras counts them.
// `planModel` either returns the full plan or throws a SpecError naming the layer and the rule:
// never a crash deeper in the engine, never a silent clamp.
import { LAYER_DEFINITIONS, formatShape, layerDefinition, shownValue, type ParamShape, type Problem, type Shape } from './layers';
import { CLASS_COUNT, type LayerKind, type LayerSpec, type ModelSpec } from './spec';
import { SpecError } from './spec-error';

/** Caps that keep a learner's network inside a school laptop's memory at batch 128. */
export const MAX_PARAMS = 2_000_000;
/** Sum of every layer's output size for ONE image (activations and their gradients scale with it). */
export const MAX_ACTIVATIONS_PER_IMAGE = 250_000;
/** Longest model or layer name (they appear in summaries, exported files and share links). */
export const MAX_NAME_LENGTH = 64;
/** Layer names as Keras and tfjs-layers accept them in weight paths (`<layer>/kernel`). */
const LAYER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export interface LayerPlan {
  index: number;
  name: string;
  spec: LayerSpec;
  kerasClass: string;
  inputShape: Shape;
  outputShape: Shape;
  params: ParamShape[];
  paramCount: number;
}

/** A LayerPlan whose spec is of kind K. */
export type LayerPlanOf<K extends LayerKind> = LayerPlan & { spec: Extract<LayerSpec, { kind: K }> };

/**
 * One function per layer kind, each seeing its own spec type: how the engine, the benchmark's
 * tfjs and ConvNetJS builders and the FLOP count keep their per-kind code. A complete map, so a
 * new kind that misses an entry is a compile error where the map is written.
 */
export type LayerKindMap<R, A extends unknown[] = []> = { [K in LayerKind]: (layer: LayerPlanOf<K>, ...args: A) => R };

/** Calls `map`'s entry for the layer's kind. */
export function byLayerKind<R, A extends unknown[]>(map: LayerKindMap<R, A>, layer: LayerPlan, ...args: A): R {
  return (map[layer.spec.kind] as (layer: LayerPlan, ...args: A) => R)(layer, ...args);
}

export interface ModelPlan {
  spec: ModelSpec;
  layers: LayerPlan[];
  totalParams: number;
  /** Sum of the layers' output sizes for one image. */
  activationsPerImage: number;
}

export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

function fail(problem: Problem, index: number, name: string): never {
  throw new SpecError(problem.code, { ...problem.params, layer: name, index }, index, `Layer ${index} "${name}": ${problem.message}`);
}

function failModel(problem: Problem): never {
  throw new SpecError(problem.code, problem.params, -1, `Model: ${problem.message}`);
}

function checkInput(spec: ModelSpec): Shape {
  const input = spec?.input;
  if (!Array.isArray(input) || input.length !== 3 || !input.every((d) => Number.isInteger(d) && d > 0)) {
    failModel({
      code: 'spec.inputShape',
      params: { input: shownValue(input) },
      message: `input must be [height, width, channels] of positive integers, got ${shownValue(input)}`,
    });
  }
  return [...input];
}

/** Keras-style automatic names: conv2d, conv2d_1, … per kind, unless the spec names the layer. */
function layerNames(layers: LayerSpec[]): string[] {
  const counters = new Map<string, number>();
  const names = layers.map((layer, i) => {
    const given: unknown = (layer as { name?: unknown } | null)?.name;
    if (given !== undefined && !(typeof given === 'string' && LAYER_NAME.test(given) && given.length <= MAX_NAME_LENGTH)) {
      fail({
        code: 'layer.badName',
        params: { value: shownValue(given), max: MAX_NAME_LENGTH },
        message: `a layer name is 1 to ${MAX_NAME_LENGTH} letters, digits, _ . or -, starting with a letter or _, got ${shownValue(given)}`,
      }, i, `#${i}`);
    }
    if (typeof given === 'string') return given;
    const base = layerDefinition((layer as { kind?: unknown } | null)?.kind as string)?.defaultName ?? 'layer';
    const n = counters.get(base) ?? 0;
    counters.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  });
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) {
      fail({ code: 'layer.duplicateName', params: { name }, message: `the name "${name}" is already used by layer ${names.indexOf(name)}` }, i, name);
    }
  });
  return names;
}

export function planModel(spec: ModelSpec): ModelPlan {
  if (typeof spec !== 'object' || spec === null || !Array.isArray(spec.layers)) {
    failModel({ code: 'spec.shape', params: {}, message: 'a model spec is { name, input: [h, w, c], layers: [...] }' });
  }
  if (typeof spec.name !== 'string' || spec.name.length > MAX_NAME_LENGTH) {
    failModel({ code: 'spec.badName', params: { value: shownValue(spec.name), max: MAX_NAME_LENGTH }, message: `the model name must be text of at most ${MAX_NAME_LENGTH} characters, got ${shownValue(spec.name)}` });
  }
  let shape = checkInput(spec);
  if (spec.layers.length === 0) failModel({ code: 'spec.noLayers', params: {}, message: 'the model has no layers' });
  const names = layerNames(spec.layers);
  const layers: LayerPlan[] = [];
  let totalParams = 0;
  let activationsPerImage = 0;

  spec.layers.forEach((layer, index) => {
    const name = names[index];
    const definition = layerDefinition((layer as { kind?: unknown })?.kind as string);
    if (!definition) {
      const kinds = Object.keys(LAYER_DEFINITIONS).join(', ');
      const kind = shownValue((layer as { kind?: unknown } | null)?.kind);
      fail({ code: 'layer.unknownKind', params: { kind, kinds }, message: `unknown layer kind ${kind} (known: ${kinds})` }, index, name);
    }
    const optionProblem = definition.checkOptions(layer);
    if (optionProblem) fail(optionProblem, index, name);
    const output = definition.outputShape(layer, shape);
    if (!Array.isArray(output)) fail(output, index, name);
    if (layer.kind === 'dense' && layer.activation === 'softmax' && index !== spec.layers.length - 1) {
      fail({ code: 'layer.softmaxNotLast', params: {}, message: 'softmax is only allowed on the last layer' }, index, name);
    }
    const params = definition.params(layer, shape);
    const paramCount = params.reduce((sum, p) => sum + sizeOf(p.shape), 0);
    layers.push({ index, name, spec: layer, kerasClass: definition.kerasClass, inputShape: shape, outputShape: output, params, paramCount });
    totalParams += paramCount;
    activationsPerImage += sizeOf(output);
    shape = output;
  });

  const last = spec.layers[spec.layers.length - 1];
  if (last.kind !== 'dense' || last.activation !== 'softmax' || last.units !== CLASS_COUNT) {
    failModel({
      code: 'model.lastMustBeSoftmax',
      params: { classes: CLASS_COUNT, output: formatShape(shape) },
      message: `the last layer must be Dense(${CLASS_COUNT}, softmax) — one probability per class — got ${formatShape(shape)}`,
    });
  }
  if (totalParams > MAX_PARAMS) {
    failModel({
      code: 'model.tooManyParams',
      params: { count: totalParams, cap: MAX_PARAMS },
      message: `${totalParams.toLocaleString('en')} parameters exceed the cap of ${MAX_PARAMS.toLocaleString('en')}`,
    });
  }
  if (activationsPerImage > MAX_ACTIVATIONS_PER_IMAGE) {
    failModel({
      code: 'model.tooManyActivations',
      params: { count: activationsPerImage, cap: MAX_ACTIVATIONS_PER_IMAGE },
      message: `${activationsPerImage.toLocaleString('en')} activations per image exceed the cap of ${MAX_ACTIVATIONS_PER_IMAGE.toLocaleString('en')}`,
    });
  }
  return { spec, layers, totalParams, activationsPerImage };
}

/** The first problem with a spec, or null: for forms that validate as the learner types. */
export function checkSpec(spec: ModelSpec): SpecError | null {
  try {
    planModel(spec);
    return null;
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
}
