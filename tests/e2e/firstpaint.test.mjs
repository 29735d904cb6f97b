// The first paint does not wait for WebAssembly, and a first visit downloads each file once:
// - index.html holds the start page in the app's frame, rendered at build time by the app's own components: with
//   JavaScript off it shows the title and the lead paragraph; on a first visit the app (the full one, or the light
//   one when the browser asks to save data) then puts its own render in its place: the same markup, without a
//   layout shift (screenshots at 1280 and 360 px), with the keyboard focus and the scroll position where they were,
//   and without losing a click made before it ran; a returning visitor (saved state, English) gets the app's own
//   render in its place, and so does a page whose structure changed before the app ran;
// - opened on another route, the page shows the frame with a quiet loading state, not the start page;
// - a first visit asks the server for each file at most once, the service worker's offline copy included: the
//   start page is the page, its style and its fonts; one module (the full one) comes once that page has loaded, and
//   the light one not at all; on a first visit that asks to save data the light one, and the full one only when a
//   route needs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady, pageCondition, askToSaveData } from './lib/browser.mjs';

const TITLE = 'Quanto è maturo digitalmente il tuo Comune?';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve({ prefix: '/a/b/' });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The markup of #app, comments (the build's marks) left out and each element's attributes in name order, to compare
 * two renders.
 */
const appMarkup = (page) => page.evaluate(() => {
  const out = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(' ');
    return `<${node.localName}${attrs ? ` ${attrs}` : ''}>${[...node.childNodes].map(out).join('')}</${node.localName}>`;
  };
  return [...document.getElementById('app').childNodes].map(out).join('');
});

/** Holds the app's wasm (either module) until `release()` is called, so that a test can act on the built-in page. */
async function holdAppModule(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(/care-(web|full)-[0-9a-f]+_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return release;
}

/** A fresh page on the start page whose boot script runs while the app's module is held (release() lets it go). */
async function startPageBeforeTheApp() {
  const opened = await openPage(browser, server.origin);
  const release = await holdAppModule(opened.page);
  await opened.page.goto(server.url);
  await opened.page.waitForFunction(() => typeof window.careLoadFull === 'function'); // the boot script runs
  await opened.page.waitForLoadState('load');
  return { ...opened, release };
}

test('with JavaScript off, the built-in start page shows its title, lead paragraph, navigation and footer', async () => {
  const { context, page, problems } = await openPage(browser, server.origin, { javaScriptEnabled: false });
  const seen = server.requests.length;
  await page.goto(server.url);
  assert.equal((await page.textContent('h1')).trim(), TITLE);
  const lead = page.locator('.hero .lead');
  assert.ok(await lead.isVisible(), 'the lead paragraph is shown');
  assert.match(await lead.textContent(), /^Un'autovalutazione secondo il modello Ca\.Re/);
  assert.ok(await page.locator('nav a.nav-link[href="#/questionario"]').isVisible());
  assert.ok(await page.locator('footer a[href="#/accessibilita"]').isVisible());
  assert.ok(await page.locator('noscript').count() === 1);
  const wasm = server.requests.slice(seen).filter((p) => p.endsWith('.wasm'));
  assert.deepEqual(wasm, [], 'no module is fetched without JavaScript');
  await shot(page, 'firstpaint-nojs-1280');
  assert.deepEqual(problems(), []);
  await context.close();
});

for (const [width, saveData] of [[1280, false], [360, false], [360, true]]) {
  const app = saveData ? 'the light app (the browser asks to save data)' : 'the full app';
  test(`at ${width} px ${app} takes the built-in start page's place: the same markup, no layout shift, focus and scroll kept, working`, async () => {
    const { context, page, problems } = await openPage(browser, server.origin, { viewport: { width, height: 800 } });
    if (saveData) await askToSaveData(page);
    const ran = [];
    page.on('request', (r) => { if (/_bg\.wasm$/.test(r.url())) ran.push(r.url()); });
    const release = await holdAppModule(page);
    await page.goto(server.url);
    await page.waitForSelector('.hero .lead');
    assert.equal(await page.locator('.route-loading').isVisible(), false, 'no loading state on the start page');
    const built = await appMarkup(page);
    await page.evaluate(() => { document.querySelector('.hero .lead').careBuilt = true; });
    await page.focus('.hero-actions .btn-primary'); // reached with the keyboard before the app runs
    await page.evaluate(() => document.fonts.ready);
    // The reader has scrolled the page a little (the start page is taller than the window).
    const scrolled = await page.evaluate(() => { window.scrollTo(0, 240); return window.scrollY; });
    assert.equal(scrolled, 240);
    release();
    await appReady(page);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.querySelector('.hero .lead').careBuilt), undefined,
      'the app runs on its own render');
    assert.equal(await appMarkup(page), built, 'the app\'s render is the page built into index.html');
    assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('.hero-actions .btn-primary')),
      'the keyboard focus stays on the same control');
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page stays scrolled where it was');
    const marks = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.getElementById('app'), NodeFilter.SHOW_COMMENT);
      let n = 0;
      while (walker.nextNode()) n += 1;
      return n;
    });
    assert.equal(marks, 0, 'no mark of the build is left in the page');
    const cls = await page.evaluate(() => new Promise((resolve) => {
      let sum = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) sum += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(sum), 100);
    }));
    assert.ok(cls < 0.01, `cumulative layout shift ${cls}`);
    assert.equal(ran.length, 1, `one module: ${ran}`);
    assert.match(ran[0], saveData ? /care-web-/ : /care-full-/);
    await shot(page, `firstpaint-live-${width}${saveData ? '-savedata' : ''}`);
    await page.click('.hero-actions .btn-primary'); // the app's button works
    await page.waitForSelector('#q-comune-name');
    assert.match(page.url(), /#\/questionario/);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test('a returning visitor (a saved state, English) gets the app\'s own start page in place of the built-in one', async () => {
  // No service worker: the module's request must reach page.route on the second load too.
  const { context, page, problems } = await openPage(browser, server.origin, { serviceWorkers: 'block' });
  await page.goto(server.url);
  await appReady(page);
  await page.click('.lang-switch button[lang="en"]');
  await page.waitForSelector('html[lang="en"]');
  const release = await holdAppModule(page);
  await page.reload();
  await page.waitForSelector('.hero .lead');
  await page.evaluate(() => { document.querySelector('.hero .lead').careBuilt = true; });
  release();
  await appReady(page);
  assert.equal((await page.textContent('h1')).trim(), 'How digitally mature is your comune?');
  assert.equal(await page.evaluate(() => document.querySelector('.hero .lead').careBuilt), undefined,
    'the Italian page built into index.html is replaced');
  assert.equal(await page.locator('.lang-switch button[lang="en"]').getAttribute('aria-pressed'), 'true');
  await page.click('.hero-actions .btn-primary');
  await page.waitForSelector('#q-comune-name');
  assert.match(page.url(), /#\/questionario/);
  // Back on the start page in Italian, with an assessment under way: its "resume" button is there.
  await page.click('.lang-switch button[lang="it"]');
  await page.goto(`${server.url}#/`);
  await page.reload();
  await appReady(page);
  assert.equal((await page.textContent('h1')).trim(), TITLE);
  assert.equal(await page.locator('.hero-actions a[href="#/questionario"]').count(), 1, 'the resume button');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a built-in page changed before the app runs (a translation wraps its text) is replaced by the app\'s render', async () => {
  const { context, page, problems, release } = await startPageBeforeTheApp();
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.hero h1, .hero .lead')) { // as a browser's translation does
      const font = document.createElement('font');
      font.append(...el.childNodes);
      el.append(font);
    }
  });
  release();
  await appReady(page);
  assert.equal(await page.locator('#app font').count(), 0, 'the app renders its own page');
  assert.equal((await page.textContent('h1')).trim(), TITLE);
  await page.click('.hero-actions .btn-primary');
  await page.waitForSelector('#q-comune-name');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a click on the built-in page before the app runs is made again once it does', async () => {
  const { context, page, problems, release } = await startPageBeforeTheApp();
  await page.click('.hero-actions .btn-primary'); // "Inizia l'autovalutazione", a button of the built-in page
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app is not running yet');
  release();
  await page.waitForSelector('#q-comune-name');
  assert.match(page.url(), /#\/questionario/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('opened on another route, the page shows its frame with a quiet loading state, then the route', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const release = await holdAppModule(page);
  await page.goto(`${server.url}#/accessibilita`);
  await page.waitForSelector('.route-loading', { state: 'visible' });
  assert.equal(await page.locator('.hero').isVisible(), false, 'the start page is not shown');
  assert.ok(await page.locator('header nav').isVisible(), 'the frame is');
  await shot(page, 'firstpaint-route-loading', { fullPage: false });
  release();
  await page.waitForSelector('h1:has-text("Dichiarazione di accessibilità")');
  assert.equal(await page.locator('.route-loading').count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Every request of a fresh context, the service worker's included, with who made it. */
function recordRequests(context) {
  const out = [];
  context.on('request', (r) => out.push({ url: r.url(), worker: r.serviceWorker() != null }));
  return out;
}

/** Waits until the worker's cache holds the full module (it is fetched when the page is idle). */
const fullModuleCached = (page) => pageCondition(page, async () => {
  for (const name of await caches.keys()) {
    for (const r of await (await caches.open(name)).keys()) if (/care-full-[0-9a-f]+_bg\.wasm$/.test(r.url)) return true;
  }
  return false;
});

const counts = (paths) => paths.reduce((m, p) => m.set(p, (m.get(p) || 0) + 1), new Map());

test('a first visit asks for each file at most once, the worker\'s offline copy and the full module included', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  const recorded = recordRequests(context);
  const seen = server.requests.length;
  await page.goto(server.url);
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  await fullModuleCached(page);
  // The start page is the page, its style and its fonts: the module is asked for once that page has loaded.
  const timing = await page.evaluate(() => ({
    loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
    module: performance.getEntriesByType('resource').find((e) => /care-full-[0-9a-f]+_bg\.wasm$/.test(e.name))?.startTime,
  }));
  assert.ok(timing.module >= timing.loaded, `the module after the page's load: ${JSON.stringify(timing)}`);
  await page.click('nav a[href="#/risultati"]'); // the app that runs the page has every route
  await page.waitForSelector('h1:has-text("Risultati")');
  await page.waitForLoadState('networkidle');
  const asked = server.requests.slice(seen);
  const again = [...counts(asked)].filter(([, n]) => n > 1);
  assert.deepEqual(again, [], 'no file is asked for twice');
  assert.equal(asked.filter((p) => /care-full-[0-9a-f]+_bg\.wasm$/.test(p)).length, 1, 'the full module once');
  assert.deepEqual(asked.filter((p) => /care-web-/.test(p)), [], 'the light module not at all');
  const byWorker = recorded.filter((r) => r.worker).map((r) => r.url);
  assert.ok(byWorker.some((u) => /care-full-[0-9a-f]+_bg\.wasm$/.test(u)), `the worker took the full module: ${byWorker}`);
  const precache = await page.evaluate(async () => (await fetch('sw.js')).text());
  for (const [, url, lazy] of precache.matchAll(/\{"url":"([^"]+)","integrity":"[^"]+"(,"lazy":true)?\}/g)) {
    const fetched = asked.includes(`/a/b/${url}`) || (url === 'index.html' && asked.includes('/a/b/'));
    if (lazy) assert.equal(fetched, url.startsWith('care-full-'), `${url}: a module, fetched only if the page runs it`);
    else assert.ok(fetched, `${url} was fetched for the offline copy`);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('on a first visit that asks to save data, the full module is fetched only when a route needs it', async () => {
  const { context, page, problems } = await openPage(browser, server.origin);
  await askToSaveData(page);
  const seen = server.requests.length;
  await page.goto(server.url);
  await appReady(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // an idle page: nothing more is fetched
  const full = () => server.requests.slice(seen).filter((p) => /care-full-[0-9a-f]+(_bg\.wasm|\.js)$/.test(p));
  assert.deepEqual(full(), [], 'not fetched ahead');
  await page.click('nav a[href="#/risultati"]');
  await page.waitForSelector('h1:has-text("Risultati")');
  assert.equal(full().length, 2, 'fetched once when the results need it (loader and module)');
  assert.deepEqual(problems(), []);
  await context.close();
});
