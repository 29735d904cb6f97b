// Ca.Re autovalutazione: the service worker, so that the app works offline once loaded.
//
// This file is a template: scripts/postbuild.mjs (trunk's post_build hook) writes dist/sw.js from it, with the build
// version (a hash of every file and of this code) and the precache list (every file of dist/ that the page uses,
// with its SRI hash: not the manifest's icons, which the browser asks for when the app is installed).
// A new release has a new version, so a new sw.js, which the browser installs next to the running one:
// - install: puts every file of the new release, checked (SRI), into a new cache, taking the copies the browser
//   already holds (the page has just loaded them) and asking the server only for the others; any failure aborts the
//   update. The app's two modules (light and full) are the exception (`lazy`): a page runs one of them, so each is
//   cached once a page has loaded it (message CACHE_LAZY, from the browser's copy) or asks this worker for it, and a
//   visitor never downloads a module that the page does not run. An update downloads at install the modules that
//   this browser has used (those the older release's cache holds), so that it is ready offline too;
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
    // The modules this browser has used, as the older releases of this deployment hold them: the same file (same
    // name, so same content) is carried over; the new release's copy of the same module is downloaded.
    const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
    const held = [];
    for (const name of older) held.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    await Promise.all(PRECACHE.filter((entry) => entry.lazy).map(async (entry) => {
      const href = new URL(entry.url, SCOPE).href;
      if (!held.some((url) => moduleOf(url) === moduleOf(href))) return undefined;
      for (const name of older) {
        const hit = await (await caches.open(name)).match(href);
        if (hit) return cache.put(href, hit);
      }
      return cache.put(href, await download(href, entry.integrity));
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

/** Which file of which module a URL is, whatever its release: `care-full.js`, `care-web_bg.wasm`... */
function moduleOf(href) {
  return new URL(href).pathname.split('/').pop().replace(/-[0-9a-f]{1,16}(?=(_bg\.wasm|\.js)$)/, '');
}

/**
 * The app's modules (`lazy` entries) are not fetched at install: a page that has loaded one sends CACHE_LAZY with
 * its files, or asks this worker for them; either way each is downloaded once, then kept. Concurrent asks share one
 * download.
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
  if (data && data.type === 'CACHE_LAZY' && Array.isArray(data.urls)) {
    const wanted = data.urls.map((u) => new URL(u, SCOPE).href);
    const entries = PRECACHE.filter((entry) => entry.lazy && wanted.includes(new URL(entry.url, SCOPE).href));
    event.waitUntil(Promise.all(entries.map(fillLazy)).catch(() => {}));
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
