// A sandbox model and its training settings as a short, versioned, checked string for the URL
// hash (`#sandbox?m=<payload>`), and back. Payload v1: `1.<body>.<crc>` where body is base64url of
// compact JSON and crc the CRC-32 of body (8 hex digits), so any edited, cut or corrupted link is
// caught before its content is read. JSON v1:
//   { "n": name, "i": [h, w, c], "l": [layer…], "s": [epochs, batch, lr, "a"|"s", seed, limit|0, threads] }
// a layer is [tag, …fields, name] with trailing nulls dropped (codecs below). Decoding never
// trusts the content: structure, settings ranges, then the spec rules and the sandbox's limits.
import { shownValue } from './layers';
import { checkSandboxSpec } from './sandbox-rules';
import { OPTIMIZERS, SETTING_LIMITS, settingsProblem, type SandboxSettings } from './sandbox-settings';
import type { LayerKind, LayerSpec, ModelSpec } from './spec';
import { CodedError } from './coded-error';
import { base64UrlDecode, base64UrlEncode, crc32Hex } from './text-encoding';

export const SHARE_VERSION = 1;
/** Longest payload accepted (characters): a 20-layer spec with names needs about 1,500. */
export const MAX_SHARE_LENGTH = 3000;
const ROUTE = '#sandbox';

export type ShareLinkErrorCode =
  | 'share.empty'
  | 'share.tooLong' // { length, cap }
  | 'share.badFormat'
  | 'share.badVersion' // { version, supported }
  | 'share.checksum'
  | 'share.badEncoding'
  | 'share.badJson' // { detail }
  | 'share.badStructure' // { field }
  | 'share.badSetting' // { setting, value, min, max }: a number out of range (or not a number)
  | 'share.badOptimizer' // { value, allowed }
  | 'share.invalidSpec'; // { reason } + specError

export const SHARE_LINK_ERROR_CODES = {
  'share.empty': true, 'share.tooLong': true, 'share.badFormat': true, 'share.badVersion': true, 'share.checksum': true,
  'share.badEncoding': true, 'share.badJson': true, 'share.badStructure': true, 'share.badSetting': true, 'share.badOptimizer': true, 'share.invalidSpec': true,
} as const satisfies Record<ShareLinkErrorCode, true>;

/** specError: for 'share.invalidSpec', the rule the shared model breaks. */
export class ShareLinkError extends CodedError<ShareLinkErrorCode> {
  override readonly name = 'ShareLinkError';
}

export interface SharedRun {
  spec: ModelSpec;
  settings: SandboxSettings;
}

// ---- layers: [tag, …fields, name]; a codec per kind, so a new kind is a compile error here ----
type Field = unknown;
interface LayerCodec<S extends LayerSpec> {
  tag: string;
  encode(spec: S): Field[];
  /** Fields after the tag, without the name; undefined = a field this kind does not know. */
  decode(fields: Field[]): Omit<S, 'kind' | 'name'> | undefined;
  fieldCount: number;
}
type Codecs = { [K in LayerKind]: LayerCodec<Extract<LayerSpec, { kind: K }>> };

const PADDING = { v: 'valid', s: 'same' } as const;
const ACTIVATION = { r: 'relu', l: 'linear', s: 'softmax' } as const;
/** Short letter of an option value, or null when absent. */
const letter = <T extends string>(table: Record<string, T>, value: T | undefined): string | null =>
  value === undefined ? null : Object.keys(table).find((k) => table[k] === value)!;
/** Full option value of a letter; undefined for absent; throws on an unknown letter. */
function fromLetter<T extends string>(table: Record<string, T>, field: Field, what: string): T | undefined {
  if (field === null || field === undefined) return undefined;
  if (typeof field === 'string' && Object.hasOwn(table, field)) return table[field];
  throw new ShareLinkError('share.badStructure', { field: what });
}
const bool = (field: Field): boolean | undefined => (field === null || field === undefined ? undefined : field === 1 ? true : field === 0 ? false : (field as boolean));

type WindowSpec = Extract<LayerSpec, { kind: 'maxPool2d' | 'avgPool2d' }>;
const windowCodec = <S extends WindowSpec>(tag: string): LayerCodec<S> => ({
  tag,
  fieldCount: 3,
  encode: (s) => [s.poolSize, s.strides ?? null, letter<string>(PADDING, s.padding)],
  decode: ([poolSize, strides, padding]) =>
    ({ poolSize, ...(strides != null ? { strides } : {}), ...(padding != null ? { padding: fromLetter(PADDING, padding, 'padding') } : {}) }) as never,
});

const CODECS: Codecs = {
  conv2d: {
    tag: 'C',
    fieldCount: 6,
    encode: (s) => [s.filters, s.kernelSize, s.strides ?? null, letter(PADDING, s.padding), letter(ACTIVATION, s.activation), s.useBias === undefined ? null : s.useBias ? 1 : 0],
    decode: ([filters, kernelSize, strides, padding, activation, useBias]) => ({
      filters, kernelSize, ...(strides != null ? { strides } : {}),
      ...(padding != null ? { padding: fromLetter(PADDING, padding, 'padding') } : {}),
      ...(activation != null ? { activation: fromLetter(ACTIVATION, activation, 'activation') } : {}),
      ...(useBias != null ? { useBias: bool(useBias) } : {}),
    }) as never,
  },
  maxPool2d: windowCodec('M'),
  avgPool2d: windowCodec('A'),
  channelMaxPool: { tag: 'X', fieldCount: 0, encode: () => [], decode: () => ({}) },
  dropout: { tag: 'O', fieldCount: 1, encode: (s) => [s.rate], decode: ([rate]) => ({ rate }) as never },
  flatten: { tag: 'F', fieldCount: 0, encode: () => [], decode: () => ({}) },
  dense: {
    tag: 'D',
    fieldCount: 3,
    encode: (s) => [s.units, letter(ACTIVATION, s.activation), s.useBias === undefined ? null : s.useBias ? 1 : 0],
    decode: ([units, activation, useBias]) => ({
      units, ...(activation != null ? { activation: fromLetter(ACTIVATION, activation, 'activation') } : {}),
      ...(useBias != null ? { useBias: bool(useBias) } : {}),
    }) as never,
  },
};

const KIND_BY_TAG = new Map(Object.entries(CODECS).map(([kind, codec]) => [codec.tag, kind as LayerKind]));

function encodeLayer(layer: LayerSpec): Field[] {
  const codec = CODECS[layer.kind] as LayerCodec<LayerSpec>;
  const fields: Field[] = [codec.tag, ...codec.encode(layer), layer.name ?? null];
  while (fields[fields.length - 1] === null) fields.pop();
  return fields;
}

function decodeLayer(raw: unknown, index: number): LayerSpec {
  const bad = () => new ShareLinkError('share.badStructure', { field: `l[${index}]` });
  if (!Array.isArray(raw) || typeof raw[0] !== 'string') throw bad();
  const kind = KIND_BY_TAG.get(raw[0]);
  if (!kind) throw bad();
  const codec = CODECS[kind] as LayerCodec<LayerSpec>;
  if (raw.length > codec.fieldCount + 2) throw bad();
  const fields = Array.from({ length: codec.fieldCount }, (_, i) => raw[i + 1] ?? null);
  const name = raw[codec.fieldCount + 1];
  const options = codec.decode(fields);
  return { kind, ...(name != null ? { name } : {}), ...options } as LayerSpec;
}

// ---- settings: [epochs, batchSize, learningRate, optimizer, seed, trainLimit | 0, threads] ----
function encodeSettings(s: SandboxSettings): Field[] {
  return [s.epochs, s.batchSize, s.learningRate, s.optimizer[0], s.seed, s.trainLimit ?? 0, s.threads];
}

function decodeSettings(raw: unknown): SandboxSettings {
  if (!Array.isArray(raw) || raw.length !== 7) throw new ShareLinkError('share.badStructure', { field: 's' });
  const [epochs, batchSize, learningRate, optimizer, seed, trainLimit, threads] = raw;
  const settings = {
    epochs, batchSize, learningRate, seed, threads,
    optimizer: OPTIMIZERS.find((o) => o[0] === optimizer) ?? optimizer,
    trainLimit: trainLimit === 0 ? null : trainLimit,
  } as SandboxSettings;
  checkSettings(settings);
  return settings;
}

function checkSettings(settings: SandboxSettings): void {
  const problem = settingsProblem(settings);
  if (!problem) return;
  if (problem.setting === 'optimizer') throw new ShareLinkError('share.badOptimizer', { value: shownValue(problem.value), allowed: OPTIMIZERS.join(' | ') });
  const { min, max } = SETTING_LIMITS[problem.setting];
  throw new ShareLinkError('share.badSetting', { setting: problem.setting, value: shownValue(problem.value), min, max });
}

function checkSpec(spec: ModelSpec, settings: SandboxSettings): void {
  const error = checkSandboxSpec(spec, settings);
  if (error) throw new ShareLinkError('share.invalidSpec', { reason: error.message }, error);
}

/** The payload for a valid run (throws ShareLinkError for a run that could not be shared back). */
export function encodeShare(spec: ModelSpec, settings: SandboxSettings): string {
  checkSettings(settings);
  checkSpec(spec, settings);
  const json = JSON.stringify({ n: spec.name, i: spec.input, l: spec.layers.map(encodeLayer), s: encodeSettings(settings) });
  const body = base64UrlEncode(json);
  const payload = `${SHARE_VERSION}.${body}.${crc32Hex(body)}`;
  if (payload.length > MAX_SHARE_LENGTH) throw new ShareLinkError('share.tooLong', { length: payload.length, cap: MAX_SHARE_LENGTH });
  return payload;
}

/** The run in a payload; throws ShareLinkError (never anything else) for any bad payload. */
export function decodeShare(payload: unknown): SharedRun {
  if (typeof payload !== 'string' || payload.length === 0) throw new ShareLinkError('share.empty', {});
  if (payload.length > MAX_SHARE_LENGTH) throw new ShareLinkError('share.tooLong', { length: payload.length, cap: MAX_SHARE_LENGTH });
  const parts = payload.split('.');
  if (parts.length !== 3 || !/^\d{1,4}$/.test(parts[0])) throw new ShareLinkError('share.badFormat', {});
  const [version, body, crc] = parts;
  if (Number(version) !== SHARE_VERSION) throw new ShareLinkError('share.badVersion', { version, supported: SHARE_VERSION });
  if (crc32Hex(body) !== crc) throw new ShareLinkError('share.checksum', {});
  let json: string;
  try {
    json = base64UrlDecode(body);
  } catch {
    throw new ShareLinkError('share.badEncoding', {});
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ShareLinkError('share.badJson', { detail: (error as Error).message.slice(0, 80) });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ShareLinkError('share.badStructure', { field: '{}' });
  const { n, i, l, s } = raw as Record<string, unknown>;
  if (!Array.isArray(l)) throw new ShareLinkError('share.badStructure', { field: 'l' });
  const settings = decodeSettings(s);
  const spec = { name: n, input: i, layers: l.map(decodeLayer) } as ModelSpec;
  checkSpec(spec, settings);
  return { spec, settings };
}

/** `#sandbox?m=<payload>`. */
export function shareHash(payload: string): string {
  return `${ROUTE}?m=${payload}`;
}

/** The payload of a `#sandbox?m=…` hash, '' for a sandbox hash without one, null for another route. */
export function sharePayloadOf(hash: string): string | null {
  if (hash !== ROUTE && !hash.startsWith(`${ROUTE}?`)) return null;
  return new URLSearchParams(hash.slice(ROUTE.length + 1)).get('m') ?? '';
}
