// The four official Fashion-MNIST files as the app fetches them from public/data/ (see
// scripts/fashion-mnist-files.ts for their SHA-256; a unit test keeps both lists in step).

export type DataFileRole = 'trainImages' | 'trainLabels' | 'testImages' | 'testLabels';

export interface DataFile {
  /** Official name without `.gz`; also the name under public/data/. */
  name: string;
  /** Decompressed size in bytes: the IDX header plus the payload. */
  bytes: number;
}

export const DATA_FILES: Readonly<Record<DataFileRole, DataFile>> = {
  trainImages: { name: 'train-images-idx3-ubyte', bytes: 47_040_016 },
  trainLabels: { name: 'train-labels-idx1-ubyte', bytes: 60_008 },
  testImages: { name: 't10k-images-idx3-ubyte', bytes: 7_840_016 },
  testLabels: { name: 't10k-labels-idx1-ubyte', bytes: 10_008 },
};

export const DATA_FILE_ROLES = Object.keys(DATA_FILES) as DataFileRole[];
