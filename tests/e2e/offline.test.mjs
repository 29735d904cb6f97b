// Offline use and updates, from a static host under a sub-path (/a/b/):
// - after a first visit the service worker controls the page and holds every file of the release that the page
//   uses (the full module once the page has loaded it; not the light one, which it did not run);
// - with the network cut, a reload (and a new tab) loads the app from the cache and it works: routes, language;
// - a new release on the server is installed next to the running one; the page offers "Ricarica", and the click
//   switches the page to the new release (its build id), with the old release's cache gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './lib/server.mjs';
import { launch, appReady, shot, pageCondition } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { newRelease, removeReleases, buildId, controlled, withServedApp, reloadFromBanner } from './lib/release.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  removeReleases();
});

/** The app's caches and how many entries each holds. */
const cacheSummary = (page) => page.evaluate(async () => {
  const out = {};
  for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).length;
  return out;
});

/** A copy of dist/ made into another release: one file changed, then the post-build step run again. */
const releaseB = () => newRelease('release-b', (dir) => {
  // A rule, not a comment: the post-build step minifies the stylesheet, so a comment alone would make no release.
  fs.appendFileSync(path.join(dir, 'css/app.css'), '\n.release-b { color: inherit; }\n');
});

test('after a first visit under /a/b/, the app loads and works with the network cut', async () => {
  await withServedApp(browser, {}, async ({ server, page, context, problems }) => {
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await controlled(page), server.url, 'the worker is scoped to the sub-path');
    const version = await buildId(page);
    assert.match(version, /^[0-9a-f]{16}$/);
    const name = `care:${server.url}:${version}`;
    // Every file of the release but the light module, which this page did not run (see firstpaint.test.mjs): the
    // full module is cached once the page has loaded it.
    const entries = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/"url":"[^"]+"/g) || [];
    const precached = entries.filter((e) => !e.includes('"care-web-')).length;
    await pageCondition(page, async (want) => {
      const names = await caches.keys();
      return names.length === 1 && (await (await caches.open(names[0])).keys()).length === want;
    }, precached);
    const cachesNow = await cacheSummary(page);
    assert.deepEqual(cachesNow, { [name]: precached }, 'one cache, named after the scope and the build, with every file the page uses');
    assert.equal(await page.locator('#update-banner').count(), 0, 'no update banner on a first install');

    await context.setOffline(true);
    const seen = server.requests.length;
    await page.reload();
    await appReady(page);
    assert.equal((await page.textContent('h1')).trim(), 'Quanto è maturo digitalmente il tuo Comune?');
    await page.click('a.nav-link[href="#/metodo"]');
    await page.waitForSelector('h1:has-text("Come calcoliamo")');
    await page.click('footer a[href="#/accessibilita"]');
    await page.waitForSelector('h1:has-text("Dichiarazione di accessibilità")');
    await page.click('button.lang-btn[lang=en]');
    await page.waitForSelector('h1:has-text("Accessibility statement")');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await shot(page, 'offline-statement-en');

    // A new tab on a deep link, still offline.
    const second = await context.newPage();
    await second.goto(`${server.url}#/metodo`);
    await appReady(second);
    await second.waitForSelector('h1:has-text("How we compute")');
    await second.close();
    assert.deepEqual(server.requests.slice(seen), [], 'offline, nothing reached the server');
    assert.deepEqual(problems(), []);
  });
});

test('a new release is offered with "Ricarica" and the click switches to it', async () => {
  const b = releaseB();
  await withServedApp(browser, {}, async ({ server, page, context, problems }) => {
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    await pageCondition(page, async (f) => (await caches.match(new URL(f, location.href).href)) != null,
      fs.readdirSync(DIST).find((f) => /^care-full-[0-9a-f]{16}_bg\.wasm$/.test(f)));
    const versionA = await buildId(page);
    assert.notEqual(versionA, b.version, 'release B has another version');

    server.setDir(b.dir);
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    const banner = page.locator('#update-banner');
    await banner.waitFor({ timeout: 30000 });
    assert.match(await banner.textContent(), /È disponibile una nuova versione\./);
    assert.equal(await buildId(page), versionA, 'the page still runs release A until the click');
    const both = Object.keys(await cacheSummary(page)).sort();
    assert.deepEqual(both, [`care:${server.url}:${b.version}`, `care:${server.url}:${versionA}`].sort(),
      'release B is installed next to A, whose cache stays while A runs');
    await axeClean(page, 'update banner');
    await shot(page, 'update-banner', { fullPage: false });

    await reloadFromBanner(page);
    assert.equal(await buildId(page), b.version, 'release B runs after the reload');
    assert.deepEqual(Object.keys(await cacheSummary(page)), [`care:${server.url}:${b.version}`],
      'the old release cache is deleted once the new worker took over');
    const full = fs.readdirSync(DIST).find((f) => /^care-full-[0-9a-f]{16}_bg\.wasm$/.test(f));
    assert.ok(await page.evaluate(async (f) => (await caches.match(new URL(f, location.href).href)) != null, full),
      'the full module of release A, unchanged in B, is carried over to B\'s cache without a download');
    assert.equal(await page.locator('#update-banner').count(), 0, 'no banner after the switch');
    const css = await page.evaluate(async () => (await fetch('css/app.css')).text());
    assert.match(css, /\.release-b\{color:inherit\}/, 'the page gets release B files');
    assert.deepEqual(problems(), []);
  });
});

test('the banner can be closed, and an update in another tab is offered as a plain reload', async () => {
  const b = releaseB();
  await withServedApp(browser, {}, async ({ server, page, context, problems }) => {
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    const other = await context.newPage();
    await other.goto(server.url);
    await appReady(other);

    server.setDir(b.dir);
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await page.locator('#update-banner').waitFor({ timeout: 30000 });
    await other.locator('#update-banner').waitFor({ timeout: 30000 });
    await other.getByRole('button', { name: 'Più tardi' }).click();
    assert.equal(await other.locator('#update-banner').count(), 0, 'closed');

    // The first tab switches; the second still runs A and is told so.
    await reloadFromBanner(page);
    assert.equal(await buildId(page), b.version);
    await other.locator('#update-banner').waitFor({ timeout: 30000 });
    await reloadFromBanner(other);
    assert.equal(await buildId(other), b.version);
    assert.deepEqual(problems(), []);
  });
});
