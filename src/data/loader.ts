// Browser download of the four Fashion-MNIST files from `${BASE_URL}data/`, with one progress
// figure summed over all four. A file may arrive as plain IDX bytes or gzipped: bytes starting
// with 1f 8b are gunzipped here (DecompressionStream); a response with Content-Encoding: gzip was
// already decoded by the browser, so its Content-Length (the compressed size) is not the number of
// bytes we will receive and the official decompressed size stands in for it.
import { DatasetError } from './errors';
import { fashionMnistFromFiles, type FashionMnist, type FashionMnistFiles } from './dataset';
import { DATA_FILE_ROLES, DATA_FILES, type DataFile, type DataFileRole } from './files';

/**
 * 'gzip' fetches `<name>.gz` and falls back to `<name>` when that is missing; 'plain' fetches
 * `<name>` only. Gzip is the default: in Chromium it loaded 2–3× faster than the plain files even
 * from localhost (Vite's servers send *.gz with Content-Encoding: gzip; see README, Data).
 */
export type DataVariant = 'plain' | 'gzip';

export interface LoadProgress {
  /** Bytes received so far, summed over the four files (compressed bytes for gzip bodies). */
  received: number;
  /** Best estimate of the bytes to receive in all; never below `received`. */
  total: number;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  variant?: DataVariant;
  /** Folder URL ending in '/'; defaults to `${import.meta.env.BASE_URL}data/`. */
  baseUrl?: string;
  signal?: AbortSignal;
  /** Hears which URL each file came from (the service worker keeps those for offline use). */
  onSource?: (file: DataFile, url: string) => void;
}

export function dataFileUrl(file: DataFile, variant: DataVariant, baseUrl = `${import.meta.env.BASE_URL}data/`): string {
  return `${baseUrl}${file.name}${variant === 'gzip' ? '.gz' : ''}`;
}

/** The URLs to try for `file`, best first. */
export function dataFileUrls(file: DataFile, variant: DataVariant, baseUrl?: string): string[] {
  const plain = dataFileUrl(file, 'plain', baseUrl);
  return variant === 'gzip' ? [dataFileUrl(file, 'gzip', baseUrl), plain] : [plain];
}

/** 404, or the index.html that Vite's dev and preview servers send for any unknown path. */
const isMissing = (response: Response) =>
  response.status === 404 || (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html'));

/**
 * How many bytes the body of `response` will yield: Content-Length when the body is not
 * content-encoded (then the header counts exactly the bytes we read, gzip file or not), else the
 * official decompressed size.
 */
export function expectedBodyBytes(response: Response, file: DataFile): number {
  const encoding = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length'));
  const encoded = encoding !== null && encoding !== '' && encoding !== 'identity';
  return !encoded && Number.isSafeInteger(length) && length > 0 ? length : file.bytes;
}

export const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gunzip(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    throw new DatasetError('gzip', { file, detail: String((error as Error).message ?? error) });
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function request(file: DataFile, urls: readonly string[], signal: AbortSignal, onSource?: LoadOptions['onSource']): Promise<Response> {
  for (const [i, url] of urls.entries()) {
    let response: Response;
    try {
      response = await fetch(url, { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DatasetError('network', { file: file.name, detail: String((error as Error).message ?? error) });
    }
    if (isMissing(response)) {
      await response.body?.cancel();
      if (i + 1 < urls.length) continue;
      throw new DatasetError('missing', { file: file.name, url });
    }
    if (!response.ok || !response.body) throw new DatasetError('http', { file: file.name, status: response.status });
    onSource?.(file, url);
    return response;
  }
  throw new RangeError('no URL to fetch');
}

/** Downloads one file, reporting (bytes received, expected body bytes) as chunks arrive. */
async function fetchFile(
  file: DataFile,
  urls: readonly string[],
  signal: AbortSignal,
  report: (received: number, expected: number) => void,
  onSource?: LoadOptions['onSource'],
): Promise<Uint8Array> {
  const response = await request(file, urls, signal, onSource);
  if (!response.body) throw new DatasetError('http', { file: file.name, status: response.status });
  const expected = expectedBodyBytes(response, file);
  report(0, expected);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      report(received, expected);
    }
  } catch (error) {
    if (signal.aborted) throw error;
    throw new DatasetError('network', { file: file.name, detail: String((error as Error).message ?? error) });
  }
  const bytes = concat(chunks, received);
  return isGzip(bytes) ? gunzip(bytes, file.name) : bytes;
}

/**
 * Fetches the four files in parallel and parses them. Rejects with a DatasetError naming the
 * file on the first failure (the other downloads are aborted).
 */
export async function loadFashionMnist(options: LoadOptions = {}): Promise<FashionMnist> {
  const variant = options.variant ?? 'gzip';
  const abort = new AbortController();
  const onOuterAbort = () => abort.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  // Per-file (received, expected), starting from the official sizes until headers arrive.
  const received = new Map<DataFileRole, number>(DATA_FILE_ROLES.map((role) => [role, 0]));
  const expected = new Map<DataFileRole, number>(DATA_FILE_ROLES.map((role) => [role, DATA_FILES[role].bytes]));
  const report = () => {
    let got = 0;
    let total = 0;
    for (const role of DATA_FILE_ROLES) {
      got += received.get(role)!;
      total += Math.max(expected.get(role)!, received.get(role)!);
    }
    options.onProgress?.({ received: got, total });
  };
  report();

  try {
    const bytes = await Promise.all(
      DATA_FILE_ROLES.map((role) =>
        fetchFile(DATA_FILES[role], dataFileUrls(DATA_FILES[role], variant, options.baseUrl), abort.signal, (got, of) => {
          received.set(role, got);
          expected.set(role, of);
          report();
        }, options.onSource),
      ),
    );
    const files = Object.fromEntries(DATA_FILE_ROLES.map((role, i) => [role, bytes[i]])) as FashionMnistFiles;
    return fashionMnistFromFiles(files);
  } catch (error) {
    abort.abort();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}
