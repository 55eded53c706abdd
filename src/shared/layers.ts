// The layer registry: kind → Keras class name, default name, option checks, output shape and
// parameter shapes. Everything that needs to know about a layer kind asks here (no string
// switches scattered through UI or engine).
import type { LayerKind, LayerSpec, Pair } from './spec';

/** Activation shape without the batch axis: [h, w, c] for images, [n] after flatten/dense. */
export type Shape = number[];

export interface ParamShape {
  role: 'kernel' | 'bias';
  /** Keras layout: conv kernel (KH,KW,C,K), dense kernel (I,O), bias (K). */
  shape: number[];
  /** Glorot fan-in / fan-out for kernels (Keras: receptive field × channels). */
  fanIn: number;
  fanOut: number;
}

/** A broken rule: code + params (for translation) + English text. */
export interface Problem {
  code: import('./spec-error').SpecErrorCode;
  params: Record<string, string | number>;
  message: string;
}

export interface LayerDefinition<S extends LayerSpec = LayerSpec> {
  kind: S['kind'];
  /** Keras class shown in summaries: Conv2D, MaxPooling2D, AveragePooling2D, Lambda, Dropout, Flatten, Dense. */
  kerasClass: string;
  /** Keras auto-name prefix: conv2d, conv2d_1, … */
  defaultName: string;
  /** Option checks that need no input shape. */
  checkOptions(spec: S): Problem | null;
  /** Output shape for a valid input, or the rule the input breaks. */
  outputShape(spec: S, input: Shape): Shape | Problem;
  params(spec: S, input: Shape): ParamShape[];
}

/** A value as a message shows it: numbers as JS prints them (NaN, Infinity), others as JSON, cut at 40 characters. */
export function shownValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value; // BigInt, cycles, symbols: JSON.stringify throws
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

function positiveInt(option: string, value: unknown): Problem | null {
  return isPositiveInt(value)
    ? null
    : {
        code: 'layer.notPositiveInteger',
        params: { option, value: shownValue(value) },
        message: `${option} must be a positive integer, got ${shownValue(value)}`,
      };
}

function positivePair(option: string, value: unknown): Problem | null {
  if (!Array.isArray(value) || value.length !== 2) {
    return {
      code: 'layer.notPositiveInteger',
      params: { option, value: shownValue(value) },
      message: `${option} must be a pair of positive integers [h, w], got ${shownValue(value)}`,
    };
  }
  return positiveInt(`${option}[0]`, value[0]) ?? positiveInt(`${option}[1]`, value[1]);
}

function oneOf(option: string, value: unknown, allowed: readonly string[]): Problem | null {
  if (value === undefined || allowed.includes(value as string)) return null;
  return {
    code: 'layer.badOption',
    params: { option, value: shownValue(value), allowed: allowed.join(' | ') },
    message: `${option} must be one of ${allowed.join(' | ')}, got ${shownValue(value)}`,
  };
}

function needsImage(input: Shape): Problem | null {
  return input.length === 3
    ? null
    : {
        code: 'layer.needsImageInput',
        params: { input: formatShape(input) },
        message: `needs an image input (height, width, channels), got ${formatShape(input)} — put it before Flatten`,
      };
}

function emptyOutput(shape: Shape): Problem {
  return {
    code: 'layer.emptyOutput',
    params: { output: formatShape(shape) },
    message: `output shape ${formatShape(shape)} has a size ≤ 0`,
  };
}

export function formatShape(shape: Shape): string {
  return `(${['None', ...shape].join(', ')})`;
}

/** Spatial output size along one axis, as TF: 'same' → ceil(n/s); 'valid' → floor((n−k)/s)+1. */
export function outputLength(n: number, window: number, stride: number, padding: 'valid' | 'same'): number {
  return padding === 'same' ? Math.ceil(n / stride) : Math.floor((n - window) / stride) + 1;
}

/** Implicit zero rows/cols before the input for 'same' (TF puts the odd one after). */
export function paddingBefore(n: number, window: number, stride: number, out: number, padding: 'valid' | 'same'): number {
  return padding === 'same' ? Math.floor(Math.max((out - 1) * stride + window - n, 0) / 2) : 0;
}

function windowedOutput(
  input: Shape,
  window: Pair,
  strides: Pair,
  padding: 'valid' | 'same',
  windowOption: string,
  depth: number,
): Shape | Problem {
  const [h, w] = input;
  if (padding === 'valid' && (window[0] > h || window[1] > w)) {
    return {
      code: 'layer.windowLargerThanInput',
      params: { option: windowOption, window: `${window[0]}×${window[1]}`, input: `${h}×${w}` },
      message: `${windowOption} ${window[0]}×${window[1]} is larger than its ${h}×${w} input (with 'valid' padding)`,
    };
  }
  const out = [outputLength(h, window[0], strides[0], padding), outputLength(w, window[1], strides[1], padding), depth];
  return out.every((d) => d > 0) ? out : emptyOutput(out);
}

const conv2d: LayerDefinition<Extract<LayerSpec, { kind: 'conv2d' }>> = {
  kind: 'conv2d',
  kerasClass: 'Conv2D',
  defaultName: 'conv2d',
  checkOptions: (s) =>
    positiveInt('filters', s.filters) ??
    positivePair('kernelSize', s.kernelSize) ??
    (s.strides === undefined ? null : positivePair('strides', s.strides)) ??
    oneOf('padding', s.padding, ['valid', 'same']) ??
    oneOf('activation', s.activation, ['relu', 'linear']) ??
    (s.useBias === undefined || typeof s.useBias === 'boolean' ? null : oneOf('useBias', String(s.useBias), ['true', 'false'])),
  outputShape: (s, input) =>
    needsImage(input) ?? windowedOutput(input, s.kernelSize, s.strides ?? [1, 1], s.padding ?? 'valid', 'kernelSize', s.filters),
  params: (s, input) => {
    const [kh, kw] = s.kernelSize;
    const c = input[2];
    const kernel: ParamShape = { role: 'kernel', shape: [kh, kw, c, s.filters], fanIn: kh * kw * c, fanOut: kh * kw * s.filters };
    return s.useBias === false ? [kernel] : [kernel, { role: 'bias', shape: [s.filters], fanIn: 0, fanOut: 0 }];
  },
};

const maxPool2d: LayerDefinition<Extract<LayerSpec, { kind: 'maxPool2d' }>> = {
  kind: 'maxPool2d',
  kerasClass: 'MaxPooling2D',
  defaultName: 'max_pooling2d',
  checkOptions: (s) =>
    positivePair('poolSize', s.poolSize) ??
    (s.strides === undefined ? null : positivePair('strides', s.strides)) ??
    oneOf('padding', s.padding, ['valid']),
  outputShape: (s, input) =>
    needsImage(input) ?? windowedOutput(input, s.poolSize, s.strides ?? s.poolSize, 'valid', 'poolSize', input[2]),
  params: () => [],
};

const avgPool2d: LayerDefinition<Extract<LayerSpec, { kind: 'avgPool2d' }>> = {
  kind: 'avgPool2d',
  kerasClass: 'AveragePooling2D',
  defaultName: 'average_pooling2d',
  checkOptions: (s) =>
    positivePair('poolSize', s.poolSize) ??
    (s.strides === undefined ? null : positivePair('strides', s.strides)) ??
    oneOf('padding', s.padding, ['valid', 'same']),
  outputShape: (s, input) =>
    needsImage(input) ?? windowedOutput(input, s.poolSize, s.strides ?? s.poolSize, s.padding ?? 'valid', 'poolSize', input[2]),
  params: () => [],
};

const dropout: LayerDefinition<Extract<LayerSpec, { kind: 'dropout' }>> = {
  kind: 'dropout',
  kerasClass: 'Dropout',
  defaultName: 'dropout',
  checkOptions: (s) =>
    typeof s.rate === 'number' && s.rate >= 0 && s.rate < 1
      ? null
      : {
          code: 'layer.rateOutOfRange',
          params: { option: 'rate', value: shownValue(s.rate) },
          message: `rate must be a number from 0 up to (not including) 1, got ${shownValue(s.rate)}`,
        },
  outputShape: (_s, input) => [...input],
  params: () => [],
};

const channelMaxPool: LayerDefinition<Extract<LayerSpec, { kind: 'channelMaxPool' }>> = {
  kind: 'channelMaxPool',
  kerasClass: 'Lambda',
  defaultName: 'lambda',
  checkOptions: () => null,
  outputShape: (_s, input) => needsImage(input) ?? [input[0], input[1], 1],
  params: () => [],
};

const flatten: LayerDefinition<Extract<LayerSpec, { kind: 'flatten' }>> = {
  kind: 'flatten',
  kerasClass: 'Flatten',
  defaultName: 'flatten',
  checkOptions: () => null,
  outputShape: (_s, input) => [input.reduce((a, b) => a * b, 1)],
  params: () => [],
};

const dense: LayerDefinition<Extract<LayerSpec, { kind: 'dense' }>> = {
  kind: 'dense',
  kerasClass: 'Dense',
  defaultName: 'dense',
  checkOptions: (s) =>
    positiveInt('units', s.units) ??
    oneOf('activation', s.activation, ['softmax', 'relu', 'linear']) ??
    (s.useBias === undefined || typeof s.useBias === 'boolean' ? null : oneOf('useBias', String(s.useBias), ['true', 'false'])),
  outputShape: (s, input) =>
    input.length === 1
      ? [s.units]
      : {
          code: 'layer.needsFlatInput',
          params: { input: formatShape(input) },
          message: `needs a flat input, got ${formatShape(input)} — add a Flatten layer before it`,
        },
  params: (s, input) => {
    const kernel: ParamShape = { role: 'kernel', shape: [input[0], s.units], fanIn: input[0], fanOut: s.units };
    return s.useBias === false ? [kernel] : [kernel, { role: 'bias', shape: [s.units], fanIn: 0, fanOut: 0 }];
  },
};

export const LAYER_DEFINITIONS: { [K in LayerKind]: LayerDefinition<Extract<LayerSpec, { kind: K }>> } = {
  conv2d,
  maxPool2d,
  avgPool2d,
  channelMaxPool,
  dropout,
  flatten,
  dense,
};

export function layerDefinition(kind: string): LayerDefinition | undefined {
  return Object.hasOwn(LAYER_DEFINITIONS, kind) ? (LAYER_DEFINITIONS[kind as LayerKind] as LayerDefinition) : undefined;
}
