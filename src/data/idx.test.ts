import { describe, expect, it } from 'vitest';
import { DatasetError } from './errors';
import { encodeIdxImages, encodeIdxLabels, parseIdxImages, parseIdxLabels } from './idx';

/** `count` synthetic 28×28 images whose pixel p of image i is (i + p) mod 256. */
function syntheticPixels(count: number): Uint8Array {
  const pixels = new Uint8Array(count * 784);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (Math.floor(i / 784) + (i % 784)) % 256;
  return pixels;
}

function expectDatasetError(run: () => unknown, code: string, params: Record<string, unknown>): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).code).toBe(code);
    expect((error as DatasetError).key).toBe(`dataError.${code}`);
    expect((error as DatasetError).params).toMatchObject(params);
    return;
  }
  expect.fail(`expected DatasetError ${code}`);
}

describe('parseIdxImages', () => {
  it('parses a good file into views of its bytes', () => {
    const file = encodeIdxImages(syntheticPixels(3), 3);
    const parsed = parseIdxImages(file, 'img');
    expect(parsed).toMatchObject({ count: 3, rows: 28, cols: 28 });
    expect(parsed.pixels.length).toBe(3 * 784);
    expect(parsed.pixels.buffer).toBe(file.buffer); // a view, not a copy
    expect(parsed.pixels[784 * 2 + 5]).toBe(7);
  });

  it('parses a file that sits at an offset inside a larger buffer', () => {
    const file = encodeIdxImages(syntheticPixels(2), 2);
    const padded = new Uint8Array(file.length + 8);
    padded.set(file, 8);
    expect(parseIdxImages(padded.subarray(8), 'img').pixels[784]).toBe(1);
  });

  it('rejects a truncated file, naming it', () => {
    const file = encodeIdxImages(syntheticPixels(3), 3);
    expectDatasetError(() => parseIdxImages(file.subarray(0, file.length - 1), 'train-images-idx3-ubyte'), 'truncated', {
      file: 'train-images-idx3-ubyte',
      actual: 16 + 3 * 784 - 1,
      expected: 16 + 3 * 784,
    });
  });

  it('rejects bytes beyond what the header announces', () => {
    const file = encodeIdxImages(syntheticPixels(3), 2);
    expectDatasetError(() => parseIdxImages(file, 'img'), 'tooLong', { actual: 16 + 3 * 784, expected: 16 + 2 * 784 });
  });

  it('rejects a file shorter than the header', () => {
    expectDatasetError(() => parseIdxImages(new Uint8Array(10), 'img'), 'tooShort', { actual: 10, expected: 16 });
  });

  it('rejects a wrong magic number, e.g. a label file', () => {
    expectDatasetError(() => parseIdxImages(encodeIdxLabels(new Uint8Array(20)), 'img'), 'badImageMagic', {
      file: 'img',
      actual: '0x00000801',
      expected: '0x00000803',
    });
  });

  it('rejects images that are not 28×28', () => {
    const file = encodeIdxImages(new Uint8Array(2 * 32 * 32), 2, 32, 32);
    expectDatasetError(() => parseIdxImages(file, 'img'), 'badDimensions', { rows: 32, cols: 32 });
  });
});

describe('parseIdxLabels', () => {
  it('parses a good file into a view of its bytes', () => {
    const file = encodeIdxLabels(Uint8Array.from([9, 0, 3]));
    const parsed = parseIdxLabels(file, 'lbl');
    expect(parsed.count).toBe(3);
    expect(Array.from(parsed.labels)).toEqual([9, 0, 3]);
    expect(parsed.labels.buffer).toBe(file.buffer);
  });

  it('rejects truncated, wrong-magic and too-short files', () => {
    const file = encodeIdxLabels(new Uint8Array(5));
    expectDatasetError(() => parseIdxLabels(file.subarray(0, 10), 'lbl'), 'truncated', { file: 'lbl', actual: 10, expected: 13 });
    expectDatasetError(() => parseIdxLabels(encodeIdxImages(new Uint8Array(784), 1), 'lbl'), 'badLabelMagic', {
      actual: '0x00000803',
    });
    expectDatasetError(() => parseIdxLabels(new Uint8Array(4), 'lbl'), 'tooShort', { expected: 8 });
  });
});
