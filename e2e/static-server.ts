// A small static server for the offline tests: serves dist/ with the app's header set (as a
// static host with the _headers file would), can swap a file's content (a "new build"), and can
// be shut down for real (no network at all). Listens on a free port: a fresh origin per test.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { securityHeaders } from '../src/shared/security-headers';

const DIST = resolve(import.meta.dirname, '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.gz': 'application/gzip',
};

export interface StaticServer {
  /** http://localhost:<port> */
  readonly url: string;
  /** Serves `body` at `path` from now on (e.g. '/service-worker.js'). */
  override(path: string, body: string | Buffer): void;
  /** Reads a file as served now. */
  read(path: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function serveDist(root = DIST): Promise<StaticServer> {
  const overrides = new Map<string, string | Buffer>();
  const headers = securityHeaders();
  const read = async (path: string) => {
    const override = overrides.get(path);
    if (override !== undefined) return Buffer.from(override);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) throw new Error('outside the root');
    return readFile(file);
  };
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.endsWith('/') ? `${path}index.html` : path;
    try {
      const body = await read(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    override: (path, body) => void overrides.set(path, body),
    read,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
