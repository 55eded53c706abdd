import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../src/data/files';
import { FASHION_MNIST_FILES, maybeGunzip, sha256Hex, verifyContent, type DatasetFile } from './fashion-mnist-files';

const content = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
const entry: DatasetFile = { name: 'synthetic-idx1-ubyte', bytes: content.length, sha256: sha256Hex(content) };

describe('verifyContent', () => {
  it('accepts the exact content', () => {
    expect(verifyContent(entry, content)).toBeNull();
  });

  it('rejects a file with one byte flipped (SHA-256 mismatch)', () => {
    const modified = content.slice();
    modified[500] ^= 0x01;
    expect(verifyContent(entry, modified)).toMatch(/^synthetic-idx1-ubyte: SHA-256 [0-9a-f]{64} does not match/);
  });

  it('rejects a truncated file by its length', () => {
    expect(verifyContent(entry, content.subarray(0, 999))).toMatch(/999 bytes, expected 1,000 \(truncated/);
  });
});

describe('maybeGunzip', () => {
  it('gunzips gzip bytes and passes plain bytes through', () => {
    expect(maybeGunzip(new Uint8Array(gzipSync(content)))).toEqual(content);
    expect(maybeGunzip(content)).toBe(content);
  });
});

describe('the manifest', () => {
  it('names the same files and sizes as the browser loader (src/data/files.ts)', () => {
    expect(FASHION_MNIST_FILES.map(({ name, bytes }) => ({ name, bytes }))).toEqual(Object.values(DATA_FILES));
  });
});
