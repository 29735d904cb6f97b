// The compare page in Chromium against dist/ under a sub-path: saved assessments and loaded files side by side,
// bad files listed and skipped, the published comuni as references, the grouped chart with its data table, the
// CSV export, saving a loaded file, and a chart's SVG saved without its font (and saying so) when the font files
// cannot be read. axe on the page, screenshots at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, ROOT } from './lib/server.mjs';
import { launch, shot, appReady } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY, exampleText as example, seededPage } from './lib/state.mjs';
import { embeddedFaces, appFaces } from './lib/fonts.mjs';

const EXAMPLES = path.join(ROOT, 'assets/examples');

// The published care-2021 rows as the compare table shows them (oldest first, file order within a year; a figure
// that was not published is "n.d."), read from the data so that the test follows it.
const PUBLISHED = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/reference/published.json'), 'utf8'))
  .comuni.filter((c) => c.model === 'care-2021')
  .map((c, i) => ({ c, i }))
  .sort((a, b) => a.c.year - b.c.year || a.i - b.i)
  .map(({ c }) => c);
const it1 = (v) => (v === null ? 'n.d.' : v.toFixed(1).replace('.', ','));

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh profile whose localStorage starts with these answers files (the envelope of src/store/persist.rs). */
async function seeded(files, opts) {
  const p = await seededPage(browser, server.origin, files, { ...opts, state: { current: null } });
  await p.page.goto(`${server.url}#/confronta`);
  await appReady(p.page);
  await p.page.waitForSelector('h1:has-text("Confronta i Comuni")');
  return p;
}

async function storedRaw(page) {
  await page.waitForTimeout(150);
  return page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
}

async function tableRows(page) {
  return page.$$eval('table.table-striped tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent.trim())));
}

/** How many pixels of the canvas are not white (the chart was drawn). */
async function inkedPixels(page, selector) {
  return page.$eval(selector, (c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) n++;
    return n;
  });
}

/** The inked pixels of the canvas once it has more than `min` of them (charts are drawn after the page's first
 * paint), or after 10 s, its count then. */
async function inkedOnceDrawn(page, selector, min) {
  const until = Date.now() + 10000;
  let n = await inkedPixels(page, selector);
  while (n <= min && Date.now() < until) {
    await page.waitForTimeout(50);
    n = await inkedPixels(page, selector);
  }
  return n;
}

test('two files side by side: both rows, the chart, bad files skipped, storage untouched', async () => {
  const { page, problems, context } = await seeded([]);
  await page.waitForSelector('text=Scegli almeno una valutazione o carica un file per vedere il confronto.');
  const before = await storedRaw(page);
  const bad = JSON.parse(example('small-comune.json'));
  bad.open_data.open_format_share = 140;
  const file = (name) => ({ name, mimeType: 'application/json', buffer: Buffer.from(example(name)) });
  await page.setInputFiles('#compare-files', [
    file('small-comune.json'),
    { name: 'rotto.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) },
    file('large-city.json'),
  ]);
  await page.waitForSelector('text=2 righe nel confronto.');
  const rows = await tableRows(page);
  const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
  assert.deepEqual(Object.keys(byName).sort(), ['Città di Portoalto (esempio)', 'Comune di Borgomonte (esempio)']);
  assert.deepEqual(byName['Comune di Borgomonte (esempio)'],
    ['Comune di Borgomonte (esempio)', '2026', 'file', '59,7', '54,2', '36,8', '50,2', 'Stacco', '100%']);
  assert.deepEqual(byName['Città di Portoalto (esempio)'].slice(3, 8), ['93,8', '95,0', '91,4', '93,4', 'Spinta (eccellente)']);
  const rejected = await page.textContent('.alert-warning');
  assert.match(rejected, /File scartati/);
  assert.match(rejected, /«rotto\.json»: open_data\.open_format_share: 140 non è un numero da 0 a 100/);
  assert.equal(await page.locator('canvas#compare-chart').count(), 1);
  assert.ok(await inkedOnceDrawn(page, 'canvas#compare-chart', 5000) > 5000, 'the chart is drawn');
  assert.match(await page.getAttribute('canvas#compare-chart', 'aria-label'), /Comune di Borgomonte \(esempio\) 2026: DPS 59,7/);
  const alt = await page.$$eval('.chart-alt tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(alt.length, 2);
  assert.equal(await storedRaw(page), before, 'loaded files are only in memory');
  await shot(page, 'compare-files-1280');
  await axeClean(page, 'compare page with two files');

  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await shot(page, 'compare-files-360');
  await axeClean(page, 'compare page at 360 px');
  const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(noScroll, 'no horizontal page scroll at 360 px (the table scrolls inside its box)');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('saved assessments, references and the CSV export; a loaded file can be saved', async () => {
  const { page, problems, context } = await seeded([example('small-comune.json'), example('partial.json')]);
  await page.check('#compare-seed0');
  await page.check('#compare-seed1');
  await page.waitForSelector('text=2 righe nel confronto.');
  let rows = await tableRows(page);
  assert.equal(rows[1][0], 'Comune di Collefiorito (esempio)');
  assert.equal(rows[1][7], 'Spinta (differenziato) – provvisoria');
  assert.equal(rows[1][2], 'salvata');

  await page.check('#compare-references');
  await page.waitForSelector(`text=${2 + PUBLISHED.length} righe nel confronto.`);
  rows = await tableRows(page);
  assert.deepEqual(
    rows.slice(2).map((r) => r.slice(0, 7)),
    PUBLISHED.map((c) => [c.comune, String(c.year), 'dato pubblicato', it1(c.dps), it1(c.dpa), it1(c.do), it1(c.care)]),
  );
  assert.ok(rows.some((r) => r[0] === 'Modena' && r[3] === 'n.d.'), 'a figure not published says so');
  for (const url of new Set(PUBLISHED.flatMap((c) => c.sources))) {
    assert.equal(await page.locator(`a[href="${url}"]`).count(), 1, `the source ${url} is listed`);
  }

  await page.setInputFiles('#compare-files', path.join(EXAMPLES, 'large-city.json'));
  await page.waitForSelector(`text=${3 + PUBLISHED.length} righe nel confronto.`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Esporta il confronto (CSV)")'),
  ]);
  assert.match(download.suggestedFilename(), /^care-confronto-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeffComune;Anno;Origine;DPS;DPA;DO;Ca.Re;Classe;Completezza;Risposte mancanti;Fonte\r\n'), csv.slice(0, 80));
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 4 + PUBLISHED.length);
  assert.equal(lines[1], 'Comune di Borgomonte (esempio);2026;salvata;59,7;54,2;36,8;50,2;Stacco;100,0;0;');
  assert.ok(lines[3].startsWith('Città di Portoalto (esempio);2026;file;93,8;95,0;91,4;93,4;Spinta (eccellente);100,0;0;'), lines[3]);
  const siena = lines.find((l) => l.startsWith('Siena;'));
  assert.ok(siena.startsWith('Siena;2021;dato pubblicato;67,0;72,0;47,0;62,0;Spinta;;;http://www.sienafree.it/'), siena);

  // Saving the loaded file adds it to the stored assessments (and only then).
  const before = JSON.parse(await storedRaw(page)).assessments;
  assert.equal(before.length, 2);
  await page.click('button:has-text("Salva tra le mie valutazioni")');
  await page.waitForSelector('.badge-success:has-text("Salvata tra le tue valutazioni")');
  const after = JSON.parse(await storedRaw(page)).assessments;
  assert.equal(after.length, 3);
  assert.deepEqual(after[2].answers, JSON.parse(example('large-city.json')));

  await page.waitForTimeout(200);
  await shot(page, 'compare-references-1280');
  await axeClean(page, 'compare page with references');

  // English: the separator and the decimal mark follow the language.
  await page.click('button.lang-btn[lang=en]');
  await page.waitForSelector('h1:has-text("Compare comuni")');
  const [en] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Export the comparison (CSV)")'),
  ]);
  assert.match(en.suggestedFilename(), /^care-comparison-/);
  const enCsv = fs.readFileSync(await en.path(), 'utf8');
  assert.ok(enCsv.includes('\r\nComune di Borgomonte (esempio),2026,saved,59.7,54.2,36.8,50.2,Take-off,100.0,0,\r\n'), enCsv);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await shot(page, 'compare-references-360-en');
  await axeClean(page, 'compare page in English at 360 px');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('one comune in three years: the trend chart with its table; the charts download, self-contained and marked provisional', async () => {
  const year = (y, low) => {
    const a = JSON.parse(example('large-city.json'));
    a.comune.year = y;
    for (const k of Object.keys(a.services).slice(0, low)) a.services[k].level = 1;
    return JSON.stringify(a);
  };
  const { page, problems, context } = await seeded([year(2026, 0), year(2024, 8), year(2025, 4), example('partial.json')], { acceptDownloads: true });
  for (const i of [0, 1, 2]) await page.check(`#compare-seed${i}`);
  await page.waitForSelector('#compare-trend canvas');
  assert.ok((await inkedOnceDrawn(page, '#compare-trend canvas', 1000)) > 1000, 'the trend is drawn');
  const trend = await page.$$eval('#compare-trend table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent.trim())));
  assert.deepEqual(trend.map((r) => r[0]), ['2024', '2025', '2026'], 'oldest first');
  assert.equal(trend[0][6], '–');
  assert.match(trend[1][6], /^\+\d+,\d$/, 'the change from the year before');
  await page.waitForTimeout(200);
  await shot(page, 'compare-trend-1280');
  await axeClean(page, 'compare page with a trend');

  const download = async (figure, ext) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(`${figure} button[data-download=${ext}]`)]);
    return fs.readFileSync(await d.path());
  };
  const png = await download('#compare-trend', 'png');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1600, 900]);
  const svg = (await download('#compare-trend', 'svg')).toString('utf8');
  assert.ok(svg.includes('@font-face') && svg.includes('data:font/woff2;base64,'), 'the SVG carries its font');
  assert.deepEqual(embeddedFaces(svg), appFaces(), 'the faces embedded are the app\'s own font files');
  assert.ok(svg.includes('andamento negli anni'), 'the trend title in the image');

  // A provisional row: the comparison's images say so; another comune: no trend.
  await page.check('#compare-seed3');
  await page.waitForSelector('text=4 righe nel confronto.');
  assert.equal(await page.$('#compare-trend'), null);
  const marked = (await download('.chart-figure:has(#compare-chart)', 'svg')).toString('utf8');
  assert.match(marked, /Provvisorio — \d+ risposte mancanti/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('when the font files cannot be read, the trend SVG is saved all the same and the page says so, then embeds them again', async () => {
  const year = (y) => { const a = JSON.parse(example('large-city.json')); a.comune.year = y; return JSON.stringify(a); };
  // No service worker, so that the page's requests for the font files are the ones blocked here.
  const { page, problems, context } = await seeded([year(2024), year(2025)],
    { acceptDownloads: true, serviceWorkers: 'block' });
  for (const i of [0, 1]) await page.check(`#compare-seed${i}`);
  await page.waitForSelector('#compare-trend canvas');
  const fonts = '**/fonts/*.woff2';
  await page.route(fonts, (route) => route.abort('failed'));
  const svgOf = async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#compare-trend button[data-download=svg]')]);
    return fs.readFileSync(await d.path(), 'utf8');
  };
  const bare = await svgOf();
  assert.ok(!bare.includes('@font-face') && !bare.includes('data:font/woff2'), 'no font inside');
  assert.match(bare, /font-family="Titillium Web, sans-serif"/, 'the text names the font and its fallback');
  assert.ok(bare.includes('andamento negli anni'), 'the chart is in the file all the same');
  const notice = page.locator('#compare-trend .invalid-feedback[role=alert]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /^SVG salvato senza il carattere Titillium Web incorporato: /);
  await shot(page, 'compare-svg-without-font-1280', { fullPage: false });
  await page.unroute(fonts);
  assert.deepEqual(embeddedFaces(await svgOf()), appFaces(), 'the next SVG carries the app\'s font files');
  await notice.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#compare-seed0').isChecked(), true, 'the selection stays');
  // Only the blocked requests (and the browser's console line for each).
  assert.deepEqual(problems().filter((p) => !/fonts\/titillium-web-\d+\.woff2 net::ERR_FAILED|Failed to load resource: net::ERR_FAILED/.test(p)), []);
  await context.close();
});
