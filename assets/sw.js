// Ca.Re autovalutazione: the service worker, so that the app works offline once loaded.
//
// This file is a template: scripts/postbuild.mjs (trunk's post_build hook) writes dist/sw.js from it, with the build
// version (a hash of every file and of this code) and the precache list (every file of dist/ with its SRI hash).
// A new release has a new version, so a new sw.js, which the browser installs next to the running one:
// - install: puts every file of the new release, checked (SRI), into a new cache, taking the copies the browser
//   already holds (the page has just loaded them) and asking the server only for the others; any failure aborts the
//   update. The full app's module is the exception: it is cached once the page asks for it (idle, or a route that
//   needs it), so that a visitor who saves data does not download it for nothing;
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
    const page = await pageAddress();
    await Promise.all(PRECACHE.filter((entry) => !entry.lazy).map(async ({ url, integrity }) => {
      const href = url === 'index.html' ? page : new URL(url, SCOPE).href;
      await cache.put(url === 'index.html' ? INDEX : href, await download(href, integrity));
    }));
    // The lazy files that an older release of this deployment holds (same name, so same content) are carried over.
    const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    await Promise.all(PRECACHE.filter((entry) => entry.lazy).map(async ({ url }) => {
      const href = new URL(url, SCOPE).href;
      for (const name of older) {
        const hit = await (await caches.open(name)).match(href);
        if (hit) return cache.put(href, hit);
      }
      return undefined;
    }));
  })().catch(async (error) => {
    await caches.delete(CACHE); // no half-filled cache: the update is tried again later
    throw error;
  }));
});

/**
 * Where the page of this release was loaded from: the address of a window of this scope showing the app (the scope
 * itself, or index.html), so that the response the browser just got for it is reused; else index.html.
 */
async function pageAddress() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const shown = windows.map((c) => new URL(c.url)).find((u) => isAppPage(u));
  return shown ? shown.origin + shown.pathname : INDEX;
}

/**
 * A file of this release, checked against its hash. The page has usually just downloaded it: the browser's HTTP
 * cache gives it back without a request (`force-cache` takes what it holds whatever its age, since the hash check
 * guarantees the content). Only if that copy is missing or is another release's is the server asked (`no-cache`).
 */
async function download(href, integrity) {
  const get = (mode) => fetch(new Request(href, { cache: mode, integrity, credentials: 'same-origin' }));
  let response = await get('force-cache').catch(() => null);
  if (!response || !response.ok) response = await get('no-cache');
  if (!response.ok) throw new Error(`precache: HTTP ${response.status} for ${href}`);
  return response;
}

/**
 * The full app's module (`lazy` entries) is not fetched at install: the page asks for it when it is idle (message
 * CACHE_LAZY), or a route needs it; either way it is downloaded once, then kept. Concurrent asks share one download.
 */
const lazyFills = new Map();
function fillLazy({ url, integrity }) {
  const href = new URL(url, SCOPE).href;
  if (!lazyFills.has(href)) {
    lazyFills.set(href, (async () => {
      const cache = await caches.open(CACHE);
      if (!(await cache.match(href))) await cache.put(href, await download(href, integrity));
    })().finally(() => lazyFills.delete(href)));
  }
  return lazyFills.get(href);
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data === 'SKIP_WAITING' || (data && data.type === 'SKIP_WAITING')) self.skipWaiting();
  if (data === 'CACHE_LAZY') {
    event.waitUntil(Promise.all(PRECACHE.filter((entry) => entry.lazy).map(fillLazy)).catch(() => {}));
  }
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
  event.respondWith(cachedOrFetched(request, url.origin + url.pathname));
});

/** This release's copy of a file; a lazy one is downloaded into the cache first; anything else from the network. */
async function cachedOrFetched(request, href) {
  const hit = await fromCache(href);
  if (hit) return hit;
  const lazy = PRECACHE.find((entry) => entry.lazy && new URL(entry.url, SCOPE).href === href);
  if (lazy) {
    try {
      await fillLazy(lazy);
      return (await fromCache(href)) || fetch(request);
    } catch {
      return fetch(request);
    }
  }
  return fetch(request);
}

/** The response cached by this release for a URL, or undefined. */
async function fromCache(href) {
  const cache = await caches.open(CACHE);
  return cache.match(href);
}
