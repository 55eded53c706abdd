// IDX files (the MNIST container): a big-endian header, then unsigned bytes, row-major.
//   images: magic 2051 (0x00000803), count, rows, cols, then count·rows·cols pixels (0..255)
//   labels: magic 2049 (0x00000801), count, then count labels
// Parsers validate the header against the byte length and return views into `bytes` (no copies).
import { DatasetError } from './errors';

export const IDX_IMAGES_MAGIC = 2051;
export const IDX_LABELS_MAGIC = 2049;
export const IMAGE_SIZE = 28;

const IMAGES_HEADER_BYTES = 16;
const LABELS_HEADER_BYTES = 8;

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** (count, rows, cols) row-major, a view into the file's bytes. */
  pixels: Uint8Array;
}

export interface IdxLabels {
  count: number;
  /** (count), a view into the file's bytes. */
  labels: Uint8Array;
}

const hex = (magic: number) => `0x${magic.toString(16).padStart(8, '0')}`;

function header(bytes: Uint8Array, file: string, words: number): DataView {
  if (bytes.length < words * 4) {
    throw new DatasetError('tooShort', { file, actual: bytes.length, expected: words * 4 });
  }
  return new DataView(bytes.buffer, bytes.byteOffset, words * 4);
}

function checkMagic(view: DataView, file: string, expected: number): void {
  const actual = view.getUint32(0);
  if (actual !== expected) {
    const code = expected === IDX_IMAGES_MAGIC ? 'badImageMagic' : 'badLabelMagic';
    throw new DatasetError(code, { file, actual: hex(actual), expected: hex(expected) });
  }
}

function checkLength(bytes: Uint8Array, file: string, expected: number): void {
  if (bytes.length < expected) throw new DatasetError('truncated', { file, actual: bytes.length, expected });
  if (bytes.length > expected) throw new DatasetError('tooLong', { file, actual: bytes.length, expected });
}

/** Parses an IDX image file of 28×28 images; `file` names it in errors. */
export function parseIdxImages(bytes: Uint8Array, file: string): IdxImages {
  const view = header(bytes, file, IMAGES_HEADER_BYTES / 4);
  checkMagic(view, file, IDX_IMAGES_MAGIC);
  const count = view.getUint32(4);
  const rows = view.getUint32(8);
  const cols = view.getUint32(12);
  if (rows !== IMAGE_SIZE || cols !== IMAGE_SIZE) {
    throw new DatasetError('badDimensions', { file, rows, cols, expectedRows: IMAGE_SIZE, expectedCols: IMAGE_SIZE });
  }
  checkLength(bytes, file, IMAGES_HEADER_BYTES + count * rows * cols);
  return { count, rows, cols, pixels: bytes.subarray(IMAGES_HEADER_BYTES) };
}

/** Parses an IDX label file; `file` names it in errors. */
export function parseIdxLabels(bytes: Uint8Array, file: string): IdxLabels {
  const view = header(bytes, file, LABELS_HEADER_BYTES / 4);
  checkMagic(view, file, IDX_LABELS_MAGIC);
  const count = view.getUint32(4);
  checkLength(bytes, file, LABELS_HEADER_BYTES + count);
  return { count, labels: bytes.subarray(LABELS_HEADER_BYTES) };
}

/** Builds an IDX image file (tests, tools): `pixels` holds count·rows·cols bytes. */
export function encodeIdxImages(pixels: Uint8Array, count: number, rows = IMAGE_SIZE, cols = IMAGE_SIZE): Uint8Array {
  const out = new Uint8Array(IMAGES_HEADER_BYTES + pixels.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, IDX_IMAGES_MAGIC);
  view.setUint32(4, count);
  view.setUint32(8, rows);
  view.setUint32(12, cols);
  out.set(pixels, IMAGES_HEADER_BYTES);
  return out;
}

/** Builds an IDX label file (tests, tools). */
export function encodeIdxLabels(labels: Uint8Array): Uint8Array {
  const out = new Uint8Array(LABELS_HEADER_BYTES + labels.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, IDX_LABELS_MAGIC);
  view.setUint32(4, labels.length);
  out.set(labels, LABELS_HEADER_BYTES);
  return out;
}
