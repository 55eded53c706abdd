// What the page and the service worker agree on: the cache that holds the Fashion-MNIST files
// (the page fills it after the first load, the worker answers from it) and the message that
// lets a waiting new version take over.

/** Runtime cache of `data/*`: the dataset never changes (its files are checked by SHA-256). */
export const DATA_CACHE = 'filterfit-data-v1';

/** Posted by the page when the learner accepts an update (workbox-window's messageSkipWaiting). */
export const SKIP_WAITING = 'SKIP_WAITING';
