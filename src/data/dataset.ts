// Fashion-MNIST in memory: the four IDX files combined into a training and a test set, and the
// Keras validation split. Every array is a view into the downloaded bytes.
import { CLASS_COUNT } from '../shared/spec';
import { trainCountAfterSplit, VALIDATION_SPLIT } from '../shared/training-types';
import { DatasetError } from './errors';
import { DATA_FILES, type DataFileRole } from './files';
import { IMAGE_SIZE, parseIdxImages, parseIdxLabels } from './idx';

export interface ImageSet {
  /** (count, 28, 28) u8 pixels, row-major; divide by 255 for the network input. */
  images: Uint8Array;
  /** (count) u8 class indices 0..9 (see classes.ts). */
  labels: Uint8Array;
  count: number;
}

export interface FashionMnist {
  train: ImageSet;
  test: ImageSet;
}

export const PIXELS_PER_IMAGE = IMAGE_SIZE * IMAGE_SIZE;

/** The decompressed bytes of each file, by role. */
export type FashionMnistFiles = Readonly<Record<DataFileRole, Uint8Array>>;

function imageSet(imageBytes: Uint8Array, imageFile: string, labelBytes: Uint8Array, labelFile: string): ImageSet {
  const images = parseIdxImages(imageBytes, imageFile);
  const labels = parseIdxLabels(labelBytes, labelFile);
  if (images.count !== labels.count) {
    throw new DatasetError('countMismatch', {
      images: imageFile,
      labels: labelFile,
      imageCount: images.count,
      labelCount: labels.count,
    });
  }
  const bad = labels.labels.findIndex((label) => label >= CLASS_COUNT);
  if (bad >= 0) {
    throw new DatasetError('badLabel', { file: labelFile, index: bad, value: labels.labels[bad], classes: CLASS_COUNT });
  }
  return { images: images.pixels, labels: labels.labels, count: images.count };
}

/** Parses and cross-checks the four files; throws DatasetError naming the first bad file. */
export function fashionMnistFromFiles(files: FashionMnistFiles): FashionMnist {
  return {
    train: imageSet(files.trainImages, DATA_FILES.trainImages.name, files.trainLabels, DATA_FILES.trainLabels.name),
    test: imageSet(files.testImages, DATA_FILES.testImages.name, files.testLabels, DATA_FILES.testLabels.name),
  };
}

/** Images [start, end) of `set`, as views. */
export function sliceImageSet(set: ImageSet, start: number, end: number): ImageSet {
  return {
    images: set.images.subarray(start * PIXELS_PER_IMAGE, end * PIXELS_PER_IMAGE),
    labels: set.labels.subarray(start, end),
    count: end - start,
  };
}

/**
 * Keras `fit(validation_split=fraction)`: the LAST `fraction` of the training arrays, taken before
 * any shuffling, is the validation set (60,000 → 54,000 + 6,000). Views, no copies.
 */
export function validationSplit(set: ImageSet, fraction = VALIDATION_SPLIT): { train: ImageSet; validation: ImageSet } {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`validation fraction ${fraction} is not in (0, 1)`);
  const splitAt = trainCountAfterSplit(set.count, fraction);
  return { train: sliceImageSet(set, 0, splitAt), validation: sliceImageSet(set, splitAt, set.count) };
}
