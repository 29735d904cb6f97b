// Ca.Re autovalutazione: the service worker, so that the app works offline once loaded.
//
// This file is a template: scripts/postbuild.mjs (trunk's post_build hook) writes dist/sw.js from it, with the build
// version (a hash of every file and of this code) and the precache list (every file of dist/ with its SRI hash).
// A new release has a new version, so a new sw.js, which the browser installs next to the running one:
// - install: fetches and checks (SRI) every file of the new release into a new cache; any failure aborts the update;
// - the new worker then waits: the page shows "a new version is available: Reload" (src/components/update_banner.rs)
//   and on that click sends SKIP_WAITING; the page reloads on `controllerchange`;
// - activate: only then are the caches of older releases of this same deployment deleted, and the pages claimed.
// Fetch: cache-first for the precached files of this release, network otherwise; navigations to the app's page get
// the cached index.html. Requests to other origins, non-GET requests and URLs outside the scope are left alone.
/* eslint-env serviceworker */
'use strict';

const VERSION = '__CARE_VERSION__';
const PRECACHE = __CARE_PRECACHE__;

// One deployment per scope: several copies of the app under different sub-paths of one origin share the origin's
// cache storage, so each keeps to the caches named after its own scope.
const SCOPE = self.registration.scope;
const PREFIX = `care:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async ({ url, integrity }) => {
      const request = new Request(new URL(url, SCOPE).href, { cache: 'no-cache', integrity, credentials: 'same-origin' });
      const response = await fetch(request);
      if (!response.ok) throw new Error(`precache: HTTP ${response.status} for ${url}`);
      await cache.put(request.url, response);
    }));
  })().catch(async (error) => {
    await caches.delete(CACHE); // no half-filled cache: the update is tried again later
    throw error;
  }));
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data === 'SKIP_WAITING' || (data && data.type === 'SKIP_WAITING')) self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

/** Whether a URL is the app's page itself (the scope, or index.html, with any query). */
function isAppPage(url) {
  const bare = url.origin + url.pathname;
  return bare === SCOPE || bare === INDEX;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !request.url.startsWith(SCOPE)) return; // never another origin
  if (request.mode === 'navigate' && isAppPage(url)) {
    event.respondWith(fromCache(INDEX).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(fromCache(url.origin + url.pathname).then((hit) => hit || fetch(request)));
});

/** The response cached by this release for a URL, or undefined. */
async function fromCache(href) {
  const cache = await caches.open(CACHE);
  return cache.match(href);
}
