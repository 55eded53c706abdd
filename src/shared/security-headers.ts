// The one set of HTTP response headers FilterFit is served with: cross-origin isolation (COOP +
// COEP, so SharedArrayBuffer lanes work) and a strict Content Security Policy. Read by the Vite
// dev and preview servers (vite.config.ts), the static-host header file written at build time
// (dist/_headers), the service worker (responses served from its caches get them too) and the
// classroom server (src/server/http/security-headers.ts). Plain data and functions: importable
// from Node, the browser and workers.

/** CSP directive → its sources, in the order they are written out. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The production policy.
 * - script-src: only our own files; 'wasm-unsafe-eval' lets WebAssembly compile (our kernels,
 *   tfjs-wasm on the engine check) without allowing JavaScript eval. No inline scripts.
 * - worker-src blob:: Pixi (image decoding) and tfjs-wasm start workers from blob URLs.
 * - style-src 'self': stylesheets are files; inline styles set through the CSSOM (element.style)
 *   are not governed by CSP, style="" attributes and <style> elements are refused.
 * - img-src data: blob:: images drawn from canvases and typed arrays.
 */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The dev server's policy: Vite's dev client injects each CSS module as a <style> element and
 * connects to its HMR web socket, so styles may be inline and ws: is allowed. Scripts stay strict.
 */
export const DEV_CSP_DIRECTIVES: CspDirectives = {
  ...CSP_DIRECTIVES,
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws:', 'wss:'],
};

export function cspHeaderValue(directives: CspDirectives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Cross-origin isolation: makes SharedArrayBuffer available (the data-parallel trainer's shared memory). */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Every header FilterFit's responses carry (`dev`: the dev server's looser style and connect rules). */
export function securityHeaders({ dev = false }: { dev?: boolean } = {}): Record<string, string> {
  return {
    ...ISOLATION_HEADERS,
    'Content-Security-Policy': cspHeaderValue(dev ? DEV_CSP_DIRECTIVES : CSP_DIRECTIVES),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers that predate frame-ancestors; and no powerful features for anyone.
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The header set as a Netlify / Cloudflare Pages `_headers` file (every path gets every header). */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written by the build from src/shared/security-headers.ts; edit that file, not this one.', '/*', ...lines, ''].join('\n');
}
