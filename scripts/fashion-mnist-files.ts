// The four official Fashion-MNIST IDX files, identified by the SHA-256 of their DECOMPRESSED
// bytes: gzip output differs between mirrors and packagers, the content does not.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

export interface DatasetFile {
  /** Official file name without `.gz`; also the name served from public/data/. */
  name: string;
  bytes: number;
  sha256: string;
}

export const FASHION_MNIST_FILES: readonly DatasetFile[] = [
  { name: 'train-images-idx3-ubyte', bytes: 47_040_016, sha256: 'c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888' },
  { name: 'train-labels-idx1-ubyte', bytes: 60_008, sha256: 'bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9' },
  { name: 't10k-images-idx3-ubyte', bytes: 7_840_016, sha256: '5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b' },
  { name: 't10k-labels-idx1-ubyte', bytes: 10_008, sha256: '0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34' },
];

export const DEBIAN_DIR = '/usr/share/datasets/fashion-mnist';
/** Zalando's own repository, served over HTTPS (the S3 website mirror is plain HTTP). */
export const ZALANDO_MIRROR = 'https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Gunzips when the bytes carry the gzip magic (1f 8b); plain bytes pass through. */
export function maybeGunzip(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? new Uint8Array(gunzipSync(bytes)) : bytes;
}

/** Why `content` is not the official file, or null when it is. */
export function verifyContent(file: DatasetFile, content: Uint8Array): string | null {
  if (content.length !== file.bytes) {
    return `${file.name}: ${content.length.toLocaleString('en')} bytes, expected ${file.bytes.toLocaleString('en')} (truncated or not this file)`;
  }
  const actual = sha256Hex(content);
  if (actual !== file.sha256) {
    return `${file.name}: SHA-256 ${actual} does not match the official ${file.sha256} (corrupt or modified)`;
  }
  return null;
}
