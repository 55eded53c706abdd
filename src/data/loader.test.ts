import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeIdxImages, encodeIdxLabels } from './idx';
import { DATA_FILES } from './files';
import { dataFileUrl, expectedBodyBytes, loadFashionMnist, type LoadProgress } from './loader';

const files: Record<string, Uint8Array> = {
  [DATA_FILES.trainImages.name]: encodeIdxImages(new Uint8Array(30 * 784).fill(3), 30),
  [DATA_FILES.trainLabels.name]: encodeIdxLabels(new Uint8Array(30).fill(1)),
  [DATA_FILES.testImages.name]: encodeIdxImages(new Uint8Array(5 * 784).fill(4), 5),
  [DATA_FILES.testLabels.name]: encodeIdxLabels(Uint8Array.from([9, 2, 1, 1, 6])),
};

/**
 * Serves `files` from /data/ (and gzipped as /data/<name>.gz unless `noGzip`), in chunks of
 * 1,000 bytes; `transform` alters a file's body.
 */
function serve(
  transform: (name: string, bytes: Uint8Array) => { body: Uint8Array; headers?: Record<string, string> },
  noGzip = false,
) {
  const fetchMock = vi.fn(async (url: string) => {
    const match = /\/data\/([\w-]+?)(\.gz)?$/.exec(url);
    const bytes = match && !(noGzip && match[2]) ? files[match[1]] : undefined;
    if (!bytes) return new Response('missing', { status: 404 });
    const { body, headers } = transform(match![1], match![2] ? new Uint8Array(gzipSync(bytes)) : bytes);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < body.length; i += 1000) controller.enqueue(body.slice(i, i + 1000));
        controller.close();
      },
    });
    return new Response(stream, { headers: { 'content-length': String(body.length), ...headers } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadFashionMnist', () => {
  it('loads plain files, reporting progress summed over the four files', async () => {
    const fetchMock = serve((_, body) => ({ body }));
    const progress: LoadProgress[] = [];
    const data = await loadFashionMnist({ baseUrl: '/data/', variant: 'plain', onProgress: (p) => progress.push(p) });
    expect(fetchMock).toHaveBeenCalledWith('/data/t10k-images-idx3-ubyte', expect.anything());
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect([data.train.count, data.test.count, data.test.labels[0]]).toEqual([30, 5, 9]);
    const sum = Object.values(files).reduce((s, f) => s + f.length, 0);
    expect(progress.at(-1)).toEqual({ received: sum, total: sum });
    expect(progress[0].received).toBe(0);
    for (let i = 1; i < progress.length; i++) expect(progress[i].received).toBeGreaterThanOrEqual(progress[i - 1].received);
  });

  it('fetches <name>.gz by default and gunzips bodies that start with 1f 8b', async () => {
    const fetchMock = serve((_, body) => ({ body }));
    const data = await loadFashionMnist({ baseUrl: '/data/' });
    expect(fetchMock).toHaveBeenCalledWith('/data/t10k-images-idx3-ubyte.gz', expect.anything());
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(data.test.images[0]).toBe(4);
  });

  it('falls back to the plain file when <name>.gz is missing (404 or an HTML fallback page)', async () => {
    const fetchMock = serve((_, body) => ({ body }), true);
    expect((await loadFashionMnist({ baseUrl: '/data/' })).train.count).toBe(30);
    expect(fetchMock).toHaveBeenCalledTimes(8);
    vi.stubGlobal('fetch', async (url: string) =>
      url.endsWith('.gz')
        ? new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })
        : (fetchMock as unknown as typeof fetch)(url),
    );
    expect((await loadFashionMnist({ baseUrl: '/data/' })).test.count).toBe(5);
  });

  it('gunzips gzip bytes served under the plain name too', async () => {
    serve((_, body) => ({ body: new Uint8Array(gzipSync(body)) }));
    const data = await loadFashionMnist({ baseUrl: '/data/', variant: 'plain' });
    expect(Array.from(data.test.labels)).toEqual([9, 2, 1, 1, 6]);
  });

  it('rejects with a DatasetError naming a truncated file', async () => {
    serve((name, body) => ({ body: name === DATA_FILES.testImages.name ? body.subarray(0, 1000) : body }));
    await expect(loadFashionMnist({ baseUrl: '/data/', variant: 'plain' })).rejects.toMatchObject({
      code: 'truncated',
      params: { file: 't10k-images-idx3-ubyte', actual: 1000 },
    });
  });

  it('rejects a file missing in both forms, naming the last URL tried', async () => {
    vi.stubGlobal('fetch', async () => new Response('no', { status: 404 }));
    await expect(loadFashionMnist({ baseUrl: '/data/' })).rejects.toMatchObject({
      code: 'missing',
      params: { file: 'train-images-idx3-ubyte', url: '/data/train-images-idx3-ubyte' },
    });
  });

  it('rejects with the HTTP status of a server error', async () => {
    vi.stubGlobal('fetch', async () => new Response('no', { status: 503 }));
    await expect(loadFashionMnist({ baseUrl: '/data/' })).rejects.toMatchObject({ code: 'http', params: { status: 503 } });
  });
});

describe('expectedBodyBytes', () => {
  const file = DATA_FILES.testLabels;
  it('trusts Content-Length of an unencoded body', () => {
    expect(expectedBodyBytes(new Response('x', { headers: { 'content-length': '5000' } }), file)).toBe(5000);
  });
  it('uses the official size when the browser decodes Content-Encoding', () => {
    const response = new Response('x', { headers: { 'content-length': '5000', 'content-encoding': 'gzip' } });
    expect(expectedBodyBytes(response, file)).toBe(10_008);
    expect(expectedBodyBytes(new Response('x'), file)).toBe(10_008);
  });
  it('builds URLs under BASE_URL', () => {
    expect(dataFileUrl(file, 'plain')).toBe('/data/t10k-labels-idx1-ubyte');
    expect(dataFileUrl(file, 'gzip', '/app/data/')).toBe('/app/data/t10k-labels-idx1-ubyte.gz');
  });
});
