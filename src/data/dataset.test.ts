import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fashionMnistFromFiles, validationSplit, type FashionMnistFiles, type ImageSet } from './dataset';
import { DatasetError } from './errors';
import { DATA_FILE_ROLES, DATA_FILES } from './files';
import { encodeIdxImages, encodeIdxLabels } from './idx';

function syntheticFiles(train: number, test: number, trainLabels = train): FashionMnistFiles {
  const labels = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 10);
  return {
    trainImages: encodeIdxImages(new Uint8Array(train * 784).fill(1), train),
    trainLabels: encodeIdxLabels(labels(trainLabels)),
    testImages: encodeIdxImages(new Uint8Array(test * 784).fill(2), test),
    testLabels: encodeIdxLabels(labels(test)),
  };
}

/** A set of `count` images whose pixels all equal the image index mod 256, label = index mod 10. */
function indexedSet(count: number): ImageSet {
  const images = new Uint8Array(count * 784);
  for (let i = 0; i < count; i++) images.fill(i % 256, i * 784, (i + 1) * 784);
  return { images, labels: Uint8Array.from({ length: count }, (_, i) => i % 10), count };
}

describe('fashionMnistFromFiles', () => {
  it('combines the four files', () => {
    const data = fashionMnistFromFiles(syntheticFiles(20, 7));
    expect(data.train.count).toBe(20);
    expect(data.test.count).toBe(7);
    expect(data.train.images.length).toBe(20 * 784);
    expect(data.test.images[0]).toBe(2);
    expect(Array.from(data.test.labels)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('rejects image and label counts that disagree, naming both files', () => {
    try {
      fashionMnistFromFiles(syntheticFiles(20, 7, 19));
      expect.fail('expected countMismatch');
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).code).toBe('countMismatch');
      expect((error as DatasetError).params).toEqual({
        images: 'train-images-idx3-ubyte',
        labels: 'train-labels-idx1-ubyte',
        imageCount: 20,
        labelCount: 19,
      });
    }
  });

  it('rejects a label outside 0..9', () => {
    const files = syntheticFiles(4, 3);
    const testLabels = encodeIdxLabels(Uint8Array.from([1, 12, 3]));
    expect(() => fashionMnistFromFiles({ ...files, testLabels })).toThrow(
      expect.objectContaining({ code: 'badLabel', params: expect.objectContaining({ file: 't10k-labels-idx1-ubyte', index: 1, value: 12 }) }),
    );
  });
});

describe('validationSplit', () => {
  it('takes the last 10 % as validation, as views (Keras validation_split=0.1)', () => {
    const set = indexedSet(60_000);
    const { train, validation } = validationSplit(set);
    expect(train.count).toBe(54_000);
    expect(validation.count).toBe(6_000);
    expect(train.images.length).toBe(54_000 * 784);
    expect(validation.labels.length).toBe(6_000);
    expect(validation.images[0]).toBe(54_000 % 256); // first validation image is training image 54,000
    expect(validation.labels[0]).toBe(54_000 % 10);
    expect(validation.images.buffer).toBe(set.images.buffer);
    expect(validation.images.byteOffset).toBe(54_000 * 784);
  });

  it('rounds like Keras, int(n · (1 − fraction)), and rejects fractions outside (0, 1)', () => {
    expect(validationSplit(indexedSet(25), 0.1).train.count).toBe(22);
    expect(validationSplit(indexedSet(10), 0.25).validation.count).toBe(3);
    expect(() => validationSplit(indexedSet(10), 0)).toThrow(RangeError);
    expect(() => validationSplit(indexedSet(10), 1)).toThrow(RangeError);
  });
});

const dataDir = resolve(import.meta.dirname, '../../public/data');
const realFilesPresent = DATA_FILE_ROLES.every((role) => existsSync(resolve(dataDir, DATA_FILES[role].name)));

describe('the real Fashion-MNIST files', () => {
  it.skipIf(!realFilesPresent)(
    realFilesPresent
      ? 'parse from public/data: 60,000 + 10,000, first test label 9 (Ankle boot)'
      : 'SKIPPED: public/data/ lacks the Fashion-MNIST files; run `npm run data` to test them',
    () => {
      const read = (role: (typeof DATA_FILE_ROLES)[number]) => new Uint8Array(readFileSync(resolve(dataDir, DATA_FILES[role].name)));
      const data = fashionMnistFromFiles({
        trainImages: read('trainImages'),
        trainLabels: read('trainLabels'),
        testImages: read('testImages'),
        testLabels: read('testLabels'),
      });
      expect(data.train.count).toBe(60_000);
      expect(data.test.count).toBe(10_000);
      expect(data.test.labels[0]).toBe(9);
      const { train, validation } = validationSplit(data.train);
      expect([train.count, validation.count]).toEqual([54_000, 6_000]);
      // Each class has 6,000 training and 1,000 test images.
      const perClass = new Array(10).fill(0);
      for (const label of data.test.labels) perClass[label]++;
      expect(perClass).toEqual(new Array(10).fill(1000));
    },
  );
});
