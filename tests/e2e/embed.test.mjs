// The embed mode, in Chromium: dist/ is served (with the CSP header of deploy/nginx.conf, frame-ancestors
// included) on one origin and a host page on ANOTHER origin frames it. The results page writes the embed code; that
// exact code pasted in the host page shows the results card, posts its height and gets its iframe resized; a chart
// embed draws its canvas (non-blank pixels) with its data table; the presentation theme sets `theme-presentation`;
// a garbled payload, an unknown theme or view show their message and leave the storage alone. axe inside the frame,
// no console error, failed or foreign request from the app; screenshots at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY, payloadOf, exampleText as example, seedState } from './lib/state.mjs';
import { nginxCsp } from './lib/csp.mjs';


let app, host, hostDir, browser;
before(async () => {
  app = await serve({ prefix: '/a/b/', headers: { 'content-security-policy': nginxCsp() } });
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'care-embed-host-'));
  host = await serve({ dir: hostDir, prefix: '/sito/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
  if (hostDir) fs.rmSync(hostDir, { recursive: true, force: true });
});

/** The answers file inside a payload (the CRC checked). */
function contentOf(payload) {
  const bytes = Buffer.from(payload.slice(2), 'base64url');
  const packed = bytes.subarray(0, bytes.length - 4);
  assert.equal(bytes.readUInt32BE(bytes.length - 4), zlib.crc32(packed) >>> 0, 'CRC of the payload');
  return JSON.parse(zlib.inflateRawSync(packed).toString('utf8'));
}


/** A fresh profile; with `files`, its localStorage on the app's origin starts with them. */
async function profile(files = [], opts = {}) {
  const p = await openPage(browser, app.origin, opts);
  if (files.length) await seedState(p.context, files, { origin: app.origin });
  // The host page is on another origin by design: its own requests are not the app's problems.
  const problems = () => p.problems().filter((x) => !x.startsWith(`foreign request: ${host.origin}/sito/`));
  return { ...p, problems };
}

/** Writes a host page (another origin) around `body`; it records every height message it receives. */
function hostPage(name, body) {
  fs.writeFileSync(path.join(hostDir, name), `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pagina ospite</title><link rel="icon" href="data:,">
<style>body{font-family:sans-serif;margin:0 auto;max-width:960px;padding:8px}</style></head>
<body><h1>Pagina di un altro sito</h1><p>Testo della pagina ospite.</p>
${body}
<script>window.__heights=[];addEventListener('message',function(e){if(e.data&&e.data.type==='care-embed-height')window.__heights.push({height:e.data.height,view:e.data.view,fromFrame:!!document.querySelector('iframe')&&[].some.call(document.querySelectorAll('iframe'),function(f){return f.contentWindow===e.source})});});</script>
<p>Fine della pagina ospite.</p></body></html>`);
  return `${host.url}${name}`;
}

/** The frame of the `index`-th iframe of the page, once the app has rendered `selector` in it. */
async function frameWith(page, selector, index = 0) {
  const el = (await page.$$('iframe'))[index];
  const frame = await el.contentFrame();
  await frame.waitForSelector(selector, { timeout: 20000 });
  return { el, frame };
}

/** Waits for a height message above 100 px and for the iframe to be that high; returns the height. */
async function resized(page, index = 0) {
  await page.waitForFunction((i) => {
    const h = window.__heights.filter((m) => m.fromFrame);
    if (!h.length) return false;
    const last = h[h.length - 1].height;
    const f = document.querySelectorAll('iframe')[i];
    return last > 100 && Math.abs(f.getBoundingClientRect().height - Math.ceil(last)) < 1;
  }, index, { timeout: 10000 });
  return page.evaluate(() => window.__heights.filter((m) => m.fromFrame).at(-1).height);
}

/** How many pixels of the canvas are drawn (neither transparent nor white). */
function drawnPixels(frame, selector) {
  return frame.evaluate((sel) => {
    const c = document.querySelector(sel);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 245 || d[i + 1] < 245 || d[i + 2] < 245)) n += 1;
    return n;
  }, selector);
}

test('the results page offers the take-out buttons and an embed code that works on another site', async () => {
  const { context, page, problems } = await profile([example('large-city.json')]);
  await page.goto(`${app.url}#/risultati`);
  await appReady(page);
  await page.waitForSelector('#embed-code-snippet');

  // Take-out buttons of the current assessment.
  const takeout = page.locator('#takeout');
  assert.equal(await takeout.locator('h2').textContent(), 'Porta fuori i risultati');
  const buttons = await takeout.locator('button').allTextContents();
  assert.deepEqual(buttons.map((b) => b.split(' — ')[0]),
    ['Esporta risposte (JSON)', 'Esporta punteggi (CSV)', 'Copia link di condivisione']);
  const [download] = await Promise.all([page.waitForEvent('download'), takeout.locator('button').first().click()]);
  assert.equal(download.suggestedFilename(), 'care-citta-di-portoalto-esempio-2026.json');

  // The embed code: labelled selects, the snippet in a read-only text area.
  assert.equal(await page.locator('label[for="embed-code-view"]').textContent(), 'Cosa mostrare');
  assert.equal(await page.locator('label[for="embed-code-theme"]').textContent(), 'Tema');
  assert.notEqual(await page.locator('#embed-code-snippet').getAttribute('readonly'), null, 'read-only');
  const score = (await page.textContent('#result-score')).trim();
  const snippet = await page.inputValue('#embed-code-snippet');
  assert.match(snippet, /^<iframe id="care-embed-scheda-[0-9a-f]{8}" src="[^"]+" title="Ca\.Re — Città di Portoalto \(esempio\) 2026" width="100%" height="520" style="border:0" loading="lazy"><\/iframe>\n<script>/);
  const src = snippet.match(/src="([^"]+)"/)[1];
  assert.ok(src.startsWith(`${app.url}#/embed/chiaro/scheda/1.`), src);
  assert.equal(contentOf(src.split('/').pop()).comune.name, 'Città di Portoalto (esempio)');

  // The chart and theme selects change the code.
  await page.selectOption('#embed-code-view', 'radar');
  await page.selectOption('#embed-code-theme', 'presentazione');
  const radar = await page.inputValue('#embed-code-snippet');
  assert.match(radar, /#\/embed\/presentazione\/radar\/1\./);
  assert.match(radar, /height="853"/);
  // The copy button: the clipboard when allowed, else the code is selected with a message.
  await page.click('#embed-code-copy');
  await page.waitForFunction(() => document.querySelector('#embed-code [role=status]').textContent.length > 0);
  await axeClean(page, 'results page with the embed code');
  await page.locator('#takeout').scrollIntoViewIfNeeded();
  await shot(page, 'embed-code-1280', { fullPage: false });

  // The exact code, pasted in a page of another site, opened by a visitor with a fresh profile.
  const url = hostPage('scheda.html', snippet);
  const visitor = await profile([], { viewport: { width: 1280, height: 900 } });
  await visitor.page.goto(url);
  const { frame } = await frameWith(visitor.page, '#embed-score');
  assert.notEqual(new URL(url).origin, new URL(frame.url()).origin, 'the host is another origin');
  assert.equal((await frame.textContent('#embed-score')).trim(), score, 'the same score as the results page');
  assert.equal(await frame.textContent('h1'), 'Ca.Re — Città di Portoalto (esempio) 2026');
  const card = await frame.textContent('main');
  assert.match(card, /Con un decimale: \d+,\d/);
  assert.match(card, /Completamento del questionario: \d+ risposte su \d+/);
  assert.equal(await frame.locator('.embed-card .card').count(), 3, 'the three sub-indices');
  assert.equal(await frame.locator('.embed-card .band').count(), 3, 'with their bands');
  const classes = await frame.evaluate(() => document.body.className);
  assert.match(classes, /\bembed\b/);
  assert.doesNotMatch(classes, /theme-presentation/);
  assert.equal(await frame.locator('header, footer, nav, .skiplink, .update-banner').count(), 0, 'no app chrome');
  const link = frame.locator('.embed-source a');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  assert.ok((await link.getAttribute('href')).startsWith(`${app.url}#/condivisa/1.`));

  const h1280 = await resized(visitor.page);
  assert.ok(h1280 > 100, `height ${h1280}`);
  assert.equal(await visitor.page.evaluate(() => window.__heights.at(-1).view), 'scheda');
  await axeClean(frame, 'embedded card');
  await shot(visitor.page, 'embed-card-1280');
  await visitor.page.setViewportSize({ width: 360, height: 800 });
  await visitor.page.waitForFunction((h) => {
    const f = document.querySelector('iframe');
    return Math.abs(f.getBoundingClientRect().height - h) > 20 && window.__heights.at(-1).height > h + 20;
  }, h1280, { timeout: 10000 });
  const h360 = await resized(visitor.page);
  assert.ok(h360 > h1280, `taller when narrow: ${h360} > ${h1280}`);
  assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await shot(visitor.page, 'embed-card-360');

  // The exact code of a chart (radar, presentation theme): drawn, and resized by the snippet's script.
  await visitor.page.setViewportSize({ width: 1280, height: 900 });
  await visitor.page.goto(hostPage('radar.html', radar));
  const { frame: chart } = await frameWith(visitor.page, '#embed-canvas');
  assert.match(await chart.evaluate(() => document.body.className), /theme-presentation/);
  await chart.waitForFunction(() => document.querySelector('#embed-canvas').width > 300);
  await resized(visitor.page);
  await visitor.page.waitForTimeout(300);
  assert.ok(await drawnPixels(chart, '#embed-canvas') > 2000, 'the radar is drawn');
  assert.equal(await visitor.page.evaluate(() => window.__heights.at(-1).view), 'radar');
  await shot(visitor.page, 'embed-chart-1280');
  await visitor.page.setViewportSize({ width: 360, height: 800 });
  await visitor.page.waitForTimeout(500);
  await resized(visitor.page);
  await shot(visitor.page, 'embed-chart-360');
  assert.deepEqual(visitor.problems(), []);
  await visitor.context.close();

  assert.deepEqual(problems(), []);
  await context.close();
});

test('a chart embed draws its canvas with the data table, in the light and presentation themes', async () => {
  const payload = payloadOf(example('small-comune.json'));
  const url = hostPage('grafici.html', `
<iframe src="${app.url}#/embed/chiaro/radar/${payload}" title="Ca.Re — Comune di Borgomonte 2026, radar" width="100%" height="560" style="border:0"></iframe>
<iframe src="${app.url}#/embed/presentazione/subindici/${payload}" title="Ca.Re — Comune di Borgomonte 2026, sotto-indici" width="100%" height="560" style="border:0"></iframe>`);
  const { context, page, problems } = await profile();
  await page.goto(url);

  const { frame } = await frameWith(page, '#embed-canvas');
  await frame.waitForFunction(() => document.querySelector('#embed-canvas').width > 300);
  await page.waitForTimeout(300);
  const drawn = await drawnPixels(frame, '#embed-canvas');
  assert.ok(drawn > 2000, `the radar is drawn (${drawn} pixels)`);
  assert.equal(await frame.textContent('h1'), 'Profilo delle tre dimensioni');
  assert.match(await frame.getAttribute('#embed-canvas', 'aria-label'), /DPS/);
  assert.ok((await frame.textContent('figcaption')).length > 20, 'a caption');
  assert.equal(await frame.textContent('details.chart-alt summary'), 'Mostra i dati in tabella');
  assert.equal(await frame.locator('details.chart-alt tbody tr').count(), 3);
  assert.doesNotMatch(await frame.evaluate(() => document.body.className), /theme-presentation/);
  await axeClean(frame, 'embedded radar');

  const { frame: pres } = await frameWith(page, '#embed-canvas', 1);
  assert.match(await pres.evaluate(() => document.body.className), /\bembed\b.*\btheme-presentation\b|\btheme-presentation\b.*\bembed\b/);
  assert.equal(await pres.evaluate(() => getComputedStyle(document.documentElement).fontSize), '21.6px', '135 % type');
  await page.waitForTimeout(300);
  assert.ok(await drawnPixels(pres, '#embed-canvas') > 2000, 'the sub-indices chart is drawn');
  await axeClean(pres, 'embedded sub-indices, presentation');

  // This host page has no resizing script, but the frames post their height all the same.
  await page.waitForFunction(() => new Set(window.__heights.filter((m) => m.fromFrame).map((m) => m.view)).size === 2);
  const views = await page.evaluate(() => [...new Set(window.__heights.map((m) => m.view))].sort());
  assert.deepEqual(views, ['radar', 'subindici']);
  await shot(page, 'embed-charts-1280');
  await page.setViewportSize({ width: 360, height: 800 });
  await frame.waitForFunction(() => document.querySelector('#embed-canvas').getBoundingClientRect().width < 360);
  await page.waitForTimeout(300);
  assert.ok(await drawnPixels(frame, '#embed-canvas') > 1000, 'redrawn at 360 px');
  await shot(page, 'embed-charts-360');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a garbled payload, an unknown theme or view show a message and change nothing in storage', async () => {
  const { context, page, problems } = await profile([example('large-city.json')]);
  await page.goto(`${app.url}#/risultati`);
  await appReady(page);
  await page.waitForSelector('#result-score');
  await page.waitForTimeout(200);
  const before = await page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
  assert.ok(before);
  const good = payloadOf(example('small-comune.json'));
  const cases = [
    [`chiaro/scheda/${good.slice(0, 60)}`, /Il link è incompleto o danneggiato/],
    ['chiaro/scheda/1.garbled!!', /Il link è incompleto o danneggiato/],
    [`chiaro/scheda/9.${good.slice(2)}`, /Versione del link non supportata \(9\)/],
    // No link of version 0 was ever made: a damaged link, not one "from a newer version".
    [`chiaro/scheda/0.${good.slice(2)}`, /^(?![\s\S]*più recente)[\s\S]*Il link è incompleto o danneggiato/],
    [`scuro/scheda/${good}`, /Il tema «scuro» non esiste: i temi sono «chiaro», «presentazione»\./],
    [`chiaro/torta/${good}`, /La vista «torta» non esiste: le viste sono «scheda», «subindici», «radar», «servizi», «indice», «confronto», «distribuzione»\./],
    ['chiaro/scheda', /L'indirizzo è incompleto/],
    // Cut right after `embed`, with or without the slash: the embed's own message, not the site's 404.
    ['', /L'indirizzo è incompleto/],
    [null, /L'indirizzo è incompleto/],
  ];
  for (const [rest, expected] of cases) {
    await page.goto(rest === null ? `${app.url}#/embed` : `${app.url}#/embed/${rest}`);
    await page.waitForSelector('#embed-error');
    const text = await page.textContent('#embed-error');
    assert.match(text, /Impossibile mostrare i risultati/, rest);
    assert.match(text, expected, rest);
    assert.equal(await page.locator('header, footer, nav').count(), 0, `no app chrome for ${rest}`);
    assert.match(await page.evaluate(() => document.body.className), /\bembed\b/);
    await page.waitForTimeout(150);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), before, `storage untouched by ${rest}`);
  }
  await axeClean(page, 'embed message');
  // In a frame of another site, the message too reports its height.
  const url = hostPage('rotto.html', `<iframe src="${app.url}#/embed/chiaro/scheda/1.garbled" title="Ca.Re" width="100%" height="300" style="border:0"></iframe>`);
  await page.goto(url);
  const { frame } = await frameWith(page, '#embed-error');
  assert.match(await frame.textContent('#embed-error'), /Il link è incompleto o danneggiato/);
  await page.waitForFunction(() => window.__heights.some((m) => m.fromFrame && m.height > 50));
  await shot(page, 'embed-broken-1280');
  // Leaving the embed for a page of the app puts its frame back and takes the embed class off.
  await page.goto(`${app.url}#/risultati`);
  await page.waitForSelector('header #main, header, #result-score');
  await page.waitForSelector('#result-score');
  assert.doesNotMatch(await page.evaluate(() => document.body.className), /\bembed\b/);
  assert.equal(await page.locator('header.it-header-wrapper').count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a provisional result says so, with the missing answers, on the embed card and on an embedded chart', async () => {
  const payload = payloadOf(example('partial.json'));
  const { context, page, problems } = await profile();
  await page.goto(`${app.url}#/embed/chiaro/scheda/${payload}`);
  await page.waitForSelector('#embed-provisional');
  assert.equal((await page.textContent('#embed-provisional')).trim(), 'Provvisorio — 31 risposte mancanti');
  await shot(page, 'embed-card-provisional-1280');
  await page.goto(`${app.url}#/embed/presentazione/indice/${payload}`);
  await page.waitForSelector('#embed-canvas');
  await page.waitForSelector('#embed-provisional');
  assert.equal((await page.textContent('#embed-provisional')).trim(), 'Provvisorio — 31 risposte mancanti');
  await axeClean(page, 'embedded provisional chart');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the presentation theme stays readable from 640 to 1920 px wide: no sideways scroll, large type', async () => {
  const payload = payloadOf(example('large-city.json'));
  const { context, page, problems } = await profile();
  for (const view of ['scheda', 'servizi', 'subindici']) {
    for (const width of [640, 1280, 1920]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${app.url}#/embed/presentazione/${view}/${payload}`);
      await page.waitForSelector(view === 'scheda' ? '#embed-score' : '#embed-canvas');
      await page.waitForTimeout(300);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `${view} at ${width}: no sideways scroll`);
      const small = await page.evaluate(() => [...document.querySelectorAll('main *')]
        .filter((e) => e.childElementCount === 0 && e.textContent.trim() && e.getClientRects().length
          && !e.closest('details:not([open])') && !e.closest('.visually-hidden'))
        .map((e) => parseFloat(getComputedStyle(e).fontSize)).filter((s) => s < 16));
      assert.deepEqual(small, [], `${view} at ${width}: no text under 16 px`);
      if (view === 'servizi' && width === 640) {
        // The chart is as tall as its content in this theme, not squeezed into 16:9.
        const r = await page.$eval('#embed-canvas', (c) => c.getBoundingClientRect().height / c.getBoundingClientRect().width);
        assert.ok(r > 0.75, `the 20 services get their height at 640 px (height/width ${r.toFixed(2)})`);
      }
      await shot(page, `embed-presentazione-${view}-${width}`);
    }
  }
  assert.deepEqual(problems(), []);
  await context.close();
});
