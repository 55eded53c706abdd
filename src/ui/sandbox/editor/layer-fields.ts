// What the editor lets a learner set on each layer kind (a complete map: a new kind without its
// fields is a compile error here), how each field reads and writes the layer's spec, and which
// fields a broken rule points at, so the message appears at the input that caused it.
import type { Conv2dSpec, LayerKind, LayerSpec, Pair } from '../../../shared/spec';
import type { SpecError } from '../../../shared/spec-error';
import type { MessageKey } from '../../i18n/messages';

export type FieldId = 'filters' | 'kernelH' | 'kernelW' | 'strideH' | 'strideW' | 'padding' | 'activation' | 'poolH' | 'poolW' | 'units' | 'rate';

export interface NumberField<S extends LayerSpec = LayerSpec> {
  readonly type: 'number';
  readonly id: FieldId;
  readonly label: MessageKey;
  /** The input's hints (the rules themselves are the spec's and the sandbox's). */
  readonly min: number;
  readonly max: number;
  readonly step: number | 'any';
  read(spec: S): number;
  /** A copy of `spec` with the typed value (NaN for an empty or unreadable input). */
  write(spec: S, value: number): S;
}

export interface ChoiceField<S extends LayerSpec = LayerSpec> {
  readonly type: 'choice';
  readonly id: FieldId;
  readonly label: MessageKey;
  /** Option values as the spec writes them (Keras names: shown as they are in every language). */
  readonly options: readonly string[];
  read(spec: S): string;
  write(spec: S, value: string): S;
}

export type LayerField<S extends LayerSpec = LayerSpec> = NumberField<S> | ChoiceField<S>;

type Of<K extends LayerKind> = Extract<LayerSpec, { kind: K }>;
type Windowed = Of<'conv2d' | 'maxPool2d' | 'avgPool2d'>;

/** One side of a [h, w] option (kernelSize, strides, poolSize), `fallback` when it is unset. */
function pairField<S extends Windowed>(
  id: FieldId,
  label: MessageKey,
  option: 'kernelSize' | 'strides' | 'poolSize',
  side: 0 | 1,
  range: { min: number; max: number },
  fallback: (spec: S) => Pair,
): NumberField<S> {
  const current = (spec: S): Pair => ((spec as unknown as Record<string, Pair | undefined>)[option] ?? fallback(spec));
  return {
    type: 'number',
    id,
    label,
    ...range,
    step: 1,
    read: (spec) => current(spec)[side],
    write: (spec, value) => {
      const pair: Pair = [...current(spec)];
      pair[side] = value;
      return { ...spec, [option]: pair };
    },
  };
}

const kernel = (id: FieldId, side: 0 | 1, label: MessageKey) => pairField<Conv2dSpec>(id, label, 'kernelSize', side, { min: 1, max: 7 }, (s) => s.kernelSize);
const stride = (id: FieldId, side: 0 | 1, label: MessageKey) => pairField<Conv2dSpec>(id, label, 'strides', side, { min: 1, max: 3 }, () => [1, 1]);
const pool = <S extends Of<'maxPool2d' | 'avgPool2d'>>(id: FieldId, side: 0 | 1, label: MessageKey) =>
  pairField<S>(id, label, 'poolSize', side, { min: 1, max: 28 }, (s) => s.poolSize);

function choice<S extends LayerSpec, V extends string>(id: FieldId, label: MessageKey, options: readonly V[], read: (spec: S) => V, write: (spec: S, value: V) => S): ChoiceField<S> {
  return { type: 'choice', id, label, options, read, write: (spec, value) => (options.includes(value as V) ? write(spec, value as V) : spec) };
}

const PADDINGS = ['valid', 'same'] as const;

export const LAYER_FIELDS: { [K in LayerKind]: readonly LayerField<Of<K>>[] } = {
  conv2d: [
    { type: 'number', id: 'filters', label: 'sandbox.fieldFilters', min: 1, max: 256, step: 1, read: (s) => s.filters, write: (s, v) => ({ ...s, filters: v }) },
    kernel('kernelH', 0, 'sandbox.fieldKernelH'),
    kernel('kernelW', 1, 'sandbox.fieldKernelW'),
    stride('strideH', 0, 'sandbox.fieldStrideH'),
    stride('strideW', 1, 'sandbox.fieldStrideW'),
    choice('padding', 'sandbox.fieldPadding', PADDINGS, (s) => s.padding ?? 'valid', (s, padding) => ({ ...s, padding })),
    choice('activation', 'sandbox.fieldActivation', ['relu', 'linear'] as const, (s) => s.activation ?? 'linear', (s, activation) => ({ ...s, activation })),
  ],
  maxPool2d: [pool('poolH', 0, 'sandbox.fieldPoolH'), pool('poolW', 1, 'sandbox.fieldPoolW')],
  avgPool2d: [
    pool('poolH', 0, 'sandbox.fieldPoolH'),
    pool('poolW', 1, 'sandbox.fieldPoolW'),
    choice('padding', 'sandbox.fieldPadding', PADDINGS, (s) => s.padding ?? 'valid', (s, padding) => ({ ...s, padding })),
  ],
  channelMaxPool: [],
  dropout: [{ type: 'number', id: 'rate', label: 'sandbox.fieldRate', min: 0, max: 0.95, step: 'any', read: (s) => s.rate, write: (s, v) => ({ ...s, rate: v }) }],
  flatten: [],
  dense: [
    { type: 'number', id: 'units', label: 'sandbox.fieldUnits', min: 1, max: 1024, step: 1, read: (s) => s.units, write: (s, v) => ({ ...s, units: v }) },
    choice('activation', 'sandbox.fieldActivation', ['softmax', 'relu', 'linear'] as const, (s) => s.activation ?? 'linear', (s, activation) => ({ ...s, activation })),
  ],
};

export function fieldsOf(kind: LayerKind): readonly LayerField[] {
  return LAYER_FIELDS[kind] as readonly LayerField[];
}

/** Which of the editor's fields an option name in a SpecError means ('kernelSize[1]' → kernelW). */
const OPTION_FIELDS: Readonly<Record<string, readonly FieldId[]>> = {
  filters: ['filters'],
  units: ['units'],
  rate: ['rate'],
  padding: ['padding'],
  activation: ['activation'],
  kernelSize: ['kernelH', 'kernelW'],
  'kernelSize[0]': ['kernelH'],
  'kernelSize[1]': ['kernelW'],
  strides: ['strideH', 'strideW'],
  'strides[0]': ['strideH'],
  'strides[1]': ['strideW'],
  poolSize: ['poolH', 'poolW'],
  'poolSize[0]': ['poolH'],
  'poolSize[1]': ['poolW'],
};

/** Rules without an option name, and the fields that set what they judge. */
const CODE_FIELDS: Partial<Record<SpecError['code'], readonly FieldId[]>> = {
  'layer.softmaxNotLast': ['activation'],
};

/** The sides of an "h×w" pair param outside [min, max] (both when it cannot be read). */
function sidesOutside(pair: unknown, min: number, max: number, fields: readonly [FieldId, FieldId]): FieldId[] {
  const sides = typeof pair === 'string' ? pair.split('×').map(Number) : [];
  if (sides.length !== 2) return [...fields];
  return fields.filter((_, i) => !(sides[i] >= min && sides[i] <= max));
}

/**
 * The fields of a layer of `kind` that `error` points at (marked invalid, described by the
 * message); none when the rule is about the layer as a whole (e.g. it needs a flat input).
 */
export function fieldsOfProblem(error: SpecError, kind: LayerKind): FieldId[] {
  const { option, kernel, cap, strides, min, max } = error.params;
  let named: readonly FieldId[];
  if (error.code === 'sandbox.kernelTooLarge') named = sidesOutside(kernel, 1, Number(String(cap).split('×')[0]), ['kernelH', 'kernelW']);
  else if (error.code === 'sandbox.strideOutOfRange') named = sidesOutside(strides, Number(min), Number(max), ['strideH', 'strideW']);
  else named = (typeof option === 'string' ? OPTION_FIELDS[option] : undefined) ?? CODE_FIELDS[error.code] ?? [];
  const own = new Set(fieldsOf(kind).map((f) => f.id));
  return named.filter((id) => own.has(id));
}
