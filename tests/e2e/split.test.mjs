// The two modules of the web app (src/routes.rs). A first visit runs one: the full app (every route), or, when the
// browser asks to save data, the light app (start page, questionnaire), which the tests here emulate: the full app
// is fetched when a route needs it and takes the page over with the answers given so far (even one typed just
// before) and the language, the keyboard focus on the new page's h1; a share link or another full-app route opened
// directly loads only the full app; if the full app cannot be fetched, an Italian message and "Riprova" appear,
// nothing is lost, and a retry works. The service worker is blocked here, so that every request seen is the page's
// own (its precache is tested in offline.test.mjs and firstpaint.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, appReady, askToSaveData } from './lib/browser.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { STATE_KEY } from './lib/state.mjs';

const LIGHT = /\/care-web-[0-9a-f]+_bg\.wasm$/;
const FULL = /\/care-full-[0-9a-f]{16}_bg\.wasm$/;

let server, browser;
before(async () => {
  server = await serve({ prefix: '/a/b/' });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/**
 * A page whose requests are recorded; the service worker is blocked; its browser asks to save data (the light app
 * runs) unless `saveData` is false.
 */
async function open({ saveData = true } = {}) {
  const env = await openPage(browser, server.origin, { serviceWorkers: 'block' });
  if (saveData) await askToSaveData(env.page);
  const wasm = [];
  env.page.on('request', (r) => { if (/\.wasm$/.test(r.url())) wasm.push(new URL(r.url()).pathname); });
  return { ...env, wasm };
}

const loaded = (wasm, re) => wasm.some((u) => re.test(u));

test('a first visit runs the full app alone: every route, no light module', async () => {
  const { page, context, problems, wasm } = await open({ saveData: false });
  try {
    await page.goto(`${server.url}#/questionario`);
    await appReady(page);
    await page.fill('#q-comune-name', 'Comune di Sparta');
    await page.click('nav a:has-text("Risultati")');
    await page.waitForSelector('h1:has-text("Risultati")');
    assert.match(await page.textContent('main'), /Comune di Sparta/);
    assert.equal(wasm.filter((u) => FULL.test(u)).length, 1, `the full app once: ${wasm}`);
    assert.ok(!loaded(wasm, LIGHT), `not the light one: ${wasm}`);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('saving data, a first visit loads the light app only; results bring in the full app with the answers given', async () => {
  const { page, context, problems, wasm } = await open();
  try {
    await page.goto(`${server.url}#/questionario`);
    await appReady(page);
    await page.fill('#q-comune-name', 'Comune di Sparta');
    await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('Comune di Sparta'), STATE_KEY);
    assert.ok(loaded(wasm, LIGHT), `the light app: ${wasm}`);
    assert.ok(!loaded(wasm, FULL), `no full app yet: ${wasm}`);

    await page.click('nav a:has-text("Risultati")');
    await page.waitForSelector('h1:has-text("Risultati")');
    assert.ok(loaded(wasm, FULL), `the full app once results are asked for: ${wasm}`);
    assert.match(page.url(), /#\/risultati$/);
    // As after any change of route, the focus on the new page's h1 (not back on the link that was followed).
    await page.waitForFunction(() => document.activeElement?.matches('#main h1'));
    assert.match(await page.textContent('main'), /Comune di Sparta/, 'the answers given in the light app');
    assert.equal(await page.locator('#app > *').count() > 0, true);
    assert.equal(await page.locator('header').count(), 1, 'one app on the page: the light one left');

    // Back to the questionnaire: the full app serves it, with the same answers; no module is fetched again.
    const before = wasm.length;
    await page.click('nav a:has-text("Questionario")');
    await page.waitForSelector('#q-comune-name');
    assert.equal(await page.inputValue('#q-comune-name'), 'Comune di Sparta');
    assert.equal(wasm.length, before, 'nothing fetched again');
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('an answer typed just before following the results link, and the language, survive the hand-over', async () => {
  const { page, context, problems } = await open();
  try {
    await page.goto(`${server.url}#/questionario`);
    await appReady(page);
    await page.click('button.lang-btn[lang=en]');
    await page.fill('#q-comune-name', 'Comune di Corinto');
    await page.click('nav a:has-text("Results")'); // no wait for the save
    await page.waitForSelector('h1:has-text("Results")');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.textContent('main'), /Comune di Corinto/);
    assert.match(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), /Comune di Corinto/);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('the review step fetches the full app in the background, so the results open at once', async () => {
  const { page, context, problems, wasm } = await open();
  try {
    await page.goto(`${server.url}#/questionario/revisione`);
    await appReady(page);
    await page.waitForSelector('#q-step-title');
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((e) => /care-full-[0-9a-f]{16}_bg\.wasm$/.test(e.name) && e.responseEnd > 0));
    assert.ok(loaded(wasm, FULL), `fetched while on the review: ${wasm}`);
    assert.match(page.url(), /#\/questionario\/revisione$/, 'the review stays on screen');
    assert.ok(await page.isVisible('#q-step-title'));
    const before = wasm.length;
    await page.click('nav a:has-text("Risultati")');
    await page.waitForSelector('h1:has-text("Risultati")');
    assert.equal(wasm.length, before, 'nothing fetched on the click');
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('a full-app route opened directly (a share link, the method) loads the full app only', async () => {
  for (const route of ['#/metodo', '#/condivisa/1.garbled', '#/valutazioni']) {
    const { page, context, problems, wasm } = await open();
    try {
      await page.goto(`${server.url}${route}`);
      await appReady(page);
      await page.waitForSelector('main h1');
      assert.ok(loaded(wasm, FULL), `${route}: the full app: ${wasm}`);
      assert.ok(!loaded(wasm, LIGHT), `${route}: not the light one: ${wasm}`);
      assert.deepEqual(problems(), []);
    } finally {
      await context.close();
    }
  }
});

test('when the full app cannot be fetched: a message in Italian, nothing lost, and a retry that works', async () => {
  const { page, context, wasm } = await open();
  try {
    await page.goto(`${server.url}#/questionario`);
    await appReady(page);
    await page.fill('#q-comune-name', 'Comune di Atene');
    await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('Comune di Atene'), STATE_KEY);
    await context.setOffline(true);
    await page.click('nav a:has-text("Risultati")');
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Non è stato possibile caricare questa parte.*controlla la connessione/);
    assert.match(await alert.textContent(), /non vanno perse/);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    assert.match(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), /Comune di Atene/);

    await context.setOffline(false);
    await page.click('button:has-text("Riprova")');
    await page.waitForSelector('h1:has-text("Risultati")');
    assert.match(await page.textContent('main'), /Comune di Atene/);
    assert.ok(loaded(wasm, FULL));
  } finally {
    await context.close();
  }
});
