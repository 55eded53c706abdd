// Data errors carry a message key and parameters instead of prose, so the UI can say what went
// wrong, and with which file, in the reader's language (namespace `dataError` in messages.ts).

export type DatasetErrorCode =
  | 'missing' // { file, url }: 404, or a dev/preview server's HTML fallback page
  | 'http' // { file, status }
  | 'network' // { file, detail }
  | 'gzip' // { file, detail }
  | 'tooShort' // { file, actual, expected }: shorter than the IDX header
  | 'badImageMagic' // { file, actual, expected }: hex strings
  | 'badLabelMagic' // { file, actual, expected }
  | 'badDimensions' // { file, rows, cols, expectedRows, expectedCols }
  | 'truncated' // { file, actual, expected }: fewer bytes than the header announces
  | 'tooLong' // { file, actual, expected }: more bytes than the header announces
  | 'countMismatch' // { images, labels, imageCount, labelCount }
  | 'badLabel'; // { file, index, value, classes }

export type DatasetErrorParams = Readonly<Record<string, string | number>>;

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly key: `dataError.${DatasetErrorCode}`;

  constructor(
    readonly code: DatasetErrorCode,
    readonly params: DatasetErrorParams,
  ) {
    // The English-ish message is for logs and Node; the UI translates `key` with `params`.
    super(`${code}: ${JSON.stringify(params)}`);
    this.key = `dataError.${code}`;
  }
}
