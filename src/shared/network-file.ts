// The FilterFit network file pair: `<name>.json` (what the network is, how it was trained, what it
// scored) + `<name>.bin` (every parameter as float32 little-endian, in paramSlices(plan) order —
// Model.exportWeights()). Written by `npm run train -- --save <dir>`, read by the browser's house
// network loader and the tests. Both sides parse through here, so a corrupted or mismatched file
// gets the same clear message everywhere.
import { checkSpec, planModel } from './plan';
import type { ModelSpec } from './spec';

export const NETWORK_FILE_FORMAT = 'filterfit-network';
export const NETWORK_FILE_VERSION = 1;

export interface NetworkTrainingSettings {
  epochs: number;
  seed: number;
  batchSize: number;
  threads: number;
  /** Kernel build the weights were trained on (src/engine/kernel-variant.ts), e.g. 'simd'. */
  kernelBuild: string;
  /** Training images seen per epoch (after the validation split). */
  trainImages: number;
  /** Wall time of fit(), seconds. */
  trainSeconds: number;
}

export interface NetworkFileHeader {
  format: typeof NETWORK_FILE_FORMAT;
  version: typeof NETWORK_FILE_VERSION;
  spec: ModelSpec;
  training: NetworkTrainingSettings;
  /** On the 10,000 official test images, 0..1. */
  testAccuracy: number;
  testErrors: number;
  /** Float32 values in the .bin file (= the plan's totalParams). */
  paramCount: number;
  /** Hex SHA-256 of the .bin file's bytes. */
  sha256: string;
  /** ISO 8601, when the file was written. */
  date: string;
}

export interface NetworkFile {
  header: NetworkFileHeader;
  weights: Float32Array;
}

/** Why a network file cannot be used; `code` is stable for UI messages, `message` is for people. */
export class NetworkFileError extends Error {
  constructor(
    readonly code: 'json' | 'format' | 'spec' | 'size' | 'checksum' | 'nonFinite',
    message: string,
  ) {
    super(message);
    this.name = 'NetworkFileError';
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Parameters → the .bin bytes (float32 little-endian whatever the host's byte order). */
export function encodeWeights(weights: Float32Array): Uint8Array {
  const bytes = new Uint8Array(weights.length * 4);
  const view = new DataView(bytes.buffer);
  weights.forEach((w, i) => view.setFloat32(i * 4, w, true));
  return bytes;
}

function decodeWeights(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(i * 4, true);
  return weights;
}

/** The header and bytes of a file pair for `weights` of `spec` (checksum and count filled in). */
export async function buildNetworkFile(
  spec: ModelSpec,
  weights: Float32Array,
  fields: { training: NetworkTrainingSettings; testAccuracy: number; testErrors: number; date?: Date },
): Promise<{ header: NetworkFileHeader; bin: Uint8Array }> {
  const plan = planModel(spec);
  if (plan.totalParams !== weights.length) throw new NetworkFileError('size', `${weights.length} weights for a network of ${plan.totalParams} parameters`);
  const bin = encodeWeights(weights);
  const header: NetworkFileHeader = {
    format: NETWORK_FILE_FORMAT,
    version: NETWORK_FILE_VERSION,
    spec,
    training: fields.training,
    testAccuracy: fields.testAccuracy,
    testErrors: fields.testErrors,
    paramCount: weights.length,
    sha256: await sha256Hex(bin),
    date: (fields.date ?? new Date()).toISOString(),
  };
  return { header, bin };
}

function checkHeader(raw: unknown): NetworkFileHeader {
  const header = raw as Partial<NetworkFileHeader> | null;
  if (typeof header !== 'object' || header === null || header.format !== NETWORK_FILE_FORMAT) {
    throw new NetworkFileError('format', `not a FilterFit network file (expected "format": "${NETWORK_FILE_FORMAT}")`);
  }
  if (header.version !== NETWORK_FILE_VERSION) throw new NetworkFileError('format', `network file version ${String(header.version)}; this app reads version ${NETWORK_FILE_VERSION}`);
  if (typeof header.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(header.sha256)) throw new NetworkFileError('format', 'the network file has no valid "sha256"');
  if (!Number.isInteger(header.paramCount)) throw new NetworkFileError('format', 'the network file has no "paramCount"');
  let problem: string | null;
  try {
    problem = checkSpec(header.spec as ModelSpec)?.message ?? null;
  } catch {
    problem = 'not a model spec';
  }
  if (problem) throw new NetworkFileError('spec', `the network file's "spec" is invalid: ${problem}`);
  return header as NetworkFileHeader;
}

/**
 * Validates a file pair: header shape, spec, byte count against the spec's parameters, SHA-256,
 * and every weight finite. Throws NetworkFileError saying which check failed.
 */
export async function parseNetworkFile(jsonText: string, bin: Uint8Array): Promise<NetworkFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    throw new NetworkFileError('json', `the network description is not valid JSON (${(error as Error).message})`);
  }
  const header = checkHeader(raw);
  const totalParams = planModel(header.spec).totalParams;
  if (header.paramCount !== totalParams || bin.byteLength !== totalParams * 4) {
    throw new NetworkFileError('size', `the weights file has ${bin.byteLength} bytes; "${header.spec.name}" needs ${totalParams} float32 values (${totalParams * 4} bytes)`);
  }
  const actual = await sha256Hex(bin);
  if (actual !== header.sha256) throw new NetworkFileError('checksum', `the weights file is corrupted: SHA-256 ${actual.slice(0, 12)}… does not match ${header.sha256.slice(0, 12)}…`);
  const weights = decodeWeights(bin);
  const bad = weights.findIndex((w) => !Number.isFinite(w));
  if (bad >= 0) throw new NetworkFileError('nonFinite', `weight ${bad} is ${weights[bad]}; weights must be finite numbers`);
  return { header, weights };
}
