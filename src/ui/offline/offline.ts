// Offline use after the first visit (production builds): registers the service worker
// (src/sw/service-worker.ts) with workbox-window, has it keep the Fashion-MNIST files, and tells
// the page when FilterFit is ready offline and when a new version waits to take over.
//   saving → ready              the app is precached and every data file is in DATA_CACHE
//   saving → failed             registration or caching failed (the app works online as before)
//   + updateWaiting             a new build is installed; applyUpdate() switches and reloads
import { Workbox } from 'workbox-window';
import { DATA_CACHE } from '../../sw/offline-protocol';

export type OfflineState = { status: 'off' } | { status: 'saving' } | { status: 'ready' } | { status: 'failed'; detail: string };

export interface OfflineController {
  readonly state: OfflineState;
  /** A new version is installed and waits for the learner (applyUpdate). */
  readonly updateWaiting: boolean;
  subscribe(listener: () => void): () => void;
  /** Lets the waiting version take over, then reloads the page with it. */
  applyUpdate(): void;
}

/** Browsers look for a new version on navigation; a page left open looks every hour too. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** `dataUrls`: where the page loaded the Fashion-MNIST files from (loader's onSource). */
export function startOffline(dataUrls: readonly string[]): OfflineController {
  const listeners = new Set<() => void>();
  let workbox: Workbox | undefined;
  const controller = {
    state: { status: 'off' } as OfflineState,
    updateWaiting: false,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyUpdate() {
      if (!workbox) return;
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    },
  };
  const changed = (patch: Partial<typeof controller>) => {
    Object.assign(controller, patch);
    for (const listener of listeners) listener();
  };
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !globalThis.caches) return controller;

  const base = import.meta.env.BASE_URL;
  workbox = new Workbox(`${base}service-worker.js`, { scope: base });
  workbox.addEventListener('waiting', () => changed({ updateWaiting: true }));
  changed({ state: { status: 'saving' } });
  void (async () => {
    try {
      await workbox.register({ immediate: true });
      await navigator.serviceWorker.ready; // installed: the app and the wasm files are precached
      await keepDataFiles(workbox, dataUrls);
      changed({ state: { status: 'ready' } });
      setInterval(() => void workbox.update().catch(() => {}), UPDATE_CHECK_MS);
    } catch (error) {
      console.warn('FilterFit: offline use is not available', error);
      changed({ state: { status: 'failed', detail: String((error as Error)?.message ?? error) } });
    }
  })();
  return controller;
}

/**
 * Makes sure every data URL is in DATA_CACHE: the worker fetches what is missing through its
 * cache-first route (workbox-routing's CACHE_URLS message), so the page never holds the bytes.
 */
async function keepDataFiles(workbox: Workbox, urls: readonly string[]): Promise<void> {
  const cache = await caches.open(DATA_CACHE);
  const missing: string[] = [];
  for (const url of urls) if (!(await cache.match(url))) missing.push(url);
  if (missing.length === 0) return;
  await workbox.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: missing.map((url) => new URL(url, location.href).href) } });
  for (const url of missing) if (!(await cachedSoon(cache, url))) throw new Error(`${url} could not be kept for offline use`);
}

/** The worker writes the cache entry while the body streams; it lands a moment after the last byte. */
async function cachedSoon(cache: Cache, url: string, timeoutMs = 20_000): Promise<boolean> {
  const until = performance.now() + timeoutMs;
  while (!(await cache.match(url))) {
    if (performance.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
