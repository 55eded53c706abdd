/// <reference lib="webworker" />
// The service worker: after the first visit FilterFit opens and trains without a network.
// - Precache (Workbox): the built app, its workers, the kernel and tfjs wasm files, icons and the
//   manifest, listed with their revisions by the build (self.__WB_MANIFEST).
// - data/*: the Fashion-MNIST files, answered from DATA_CACHE (filled by the page after its first
//   load, src/ui/app/offline.ts); on a miss they are fetched and kept.
// - Every response it serves carries the security header set (COOP/COEP and the CSP): Chromium
//   takes a document's cross-origin isolation from the response the worker gives it, so without
//   them an offline reload would lose SharedArrayBuffer and train on one thread.
// - A new version waits until the page says SKIP_WAITING (the learner clicked "Reload").
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { securityHeaders } from '../shared/security-headers';
import { DATA_CACHE, SKIP_WAITING } from './offline-protocol';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const HEADERS = Object.entries(securityHeaders());

/** The same response with the security headers set (an opaque or error response stays as it is). */
function withSecurityHeaders(response: Response): Response {
  if (response.type === 'opaque' || response.type === 'error' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of HEADERS) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const securityHeadersPlugin: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withSecurityHeaders(response),
};

addPlugins([securityHeadersPlugin]);
// `?debug=1`, `?unlock=all`, `?data=plain`: the page is the same file whatever its query.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

const scope = new URL(self.registration.scope);
registerRoute(
  ({ url }) => url.origin === scope.origin && url.pathname.startsWith(`${scope.pathname}data/`),
  new CacheFirst({ cacheName: DATA_CACHE, plugins: [securityHeadersPlugin] }),
);

// Any other navigation inside the scope opens the app (its routes live in the hash).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/data\//] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
clientsClaim();
