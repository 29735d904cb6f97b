// The print view (#/rapporto) of a stored assessment: a cover with comune, date, score and class, every chart
// as inline SVG, the answers, the plan and the method's assumptions; no navigation or buttons in print; axe
// finds nothing; printed to PDF by headless Chromium and its pages rendered to PNG with pdftoppm
// (tests/e2e/artifacts/print-*.png) to be looked at: the first page is the cover (not blank), every page has
// its number and the running header (comune, the assessment's date, the provisional mark while answers are
// missing), read back from the PDF with pdftotext. The results page's "Stampa / PDF" opens it and prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady, sidewaysOverflow } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { exampleText, seedState } from './lib/state.mjs';
import { printToPdf, pdfPages, pdfToPngs } from './lib/pdf.mjs';


/** Prints the page to an A4 PDF under the artifacts as `name` and returns the text of its pages. */
async function printed(page, name) {
  const pdf = await printToPdf(page, name);
  return { pdf, pages: pdfPages(pdf) };
}

async function open(browser, origin, example, hash, opts = {}) {
  const env = await openPage(browser, origin, opts);
  await seedState(env.context, [exampleText(example)], { unlessSet: true, state: { updated: Date.UTC(2026, 4, 12) } });
  await env.context.addInitScript(() => {
    window.__printCalls = 0;
    window.print = () => { window.__printCalls += 1; };
  });
  await env.page.goto(`${server.url}${hash}`);
  await appReady(env.page);
  return env;
}

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the print view has the cover, inline SVG charts, answers, plan and assumptions, and passes axe', async () => {
  const { page, problems, context } = await open(browser, server.origin, 'small-comune.json', '#/rapporto');
  await page.waitForSelector('#report .report-cover');
  const cover = await page.textContent('#report .report-cover');
  assert.match(cover, /Rapporto di autovalutazione Ca\.Re/);
  assert.match(cover, /Comune di Borgomonte \(esempio\)/);
  assert.match(cover, /Data della valutazione: 12\/05\/2026/);
  assert.match(cover, /50\/100/);
  assert.match(cover, /Stacco/);
  assert.equal(await page.$$eval('#report figure.chart-figure > svg[role=img][aria-label]', (s) => s.length), 6);
  assert.equal(await page.$$eval('#report canvas', (c) => c.length), 0, 'no canvas in the print view');
  const text = await page.textContent('#report');
  for (const s of ['La classe e perché', 'I punteggi in dettaglio', 'Le risposte', 'Cosa fare dopo',
    'Le ipotesi del metodo', 'Certificati anagrafici e di stato civile', 'PNRR 1.4.4']) {
    assert.ok(text.includes(s), `the report has "${s}"`);
  }
  await shot(page, 'print-view-1280');
  await axeClean(page, 'print view at 1280 px');
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `no horizontal scroll at 360 px (${overflow})`);
  await axeClean(page, 'print view at 360 px');

  // In print: no navigation, no buttons; charts and table rows are not cut.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => [...document.querySelectorAll('header, nav, footer, button, .toolbar, .no-print')]
    .filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(hidden, [], 'nothing interactive is printed');
  const breaks = await page.$$eval('#report .chart-figure, #report table tr', (els) => els.map((e) => getComputedStyle(e).breakInside));
  assert.ok(breaks.length > 50 && breaks.every((b) => b === 'avoid'), 'charts and rows avoid page breaks');
  const { pdf, pages: texts } = await printed(page, 'report');
  const pages = texts.length;
  assert.ok(pages >= 5 && pages <= 30, `${pages} pages`);
  // The first page is the cover, not a blank page.
  assert.match(texts[0], /Rapporto di autovalutazione Ca\.Re/, 'the cover is on the first page');
  assert.match(texts[0], /Comune di Borgomonte \(esempio\)/);
  // Every page: its number of the total, and the running header with the comune and the assessment's date.
  texts.forEach((t, i) => {
    assert.match(t, new RegExp(`Pagina ${i + 1} di ${pages}`), `page ${i + 1} has its number`);
    assert.match(t, /Comune di Borgomonte \(esempio\) · 12\/05\/2026/, `page ${i + 1} has the running header`);
    assert.doesNotMatch(t, /Provvisorio/, 'a complete result is not provisional');
  });
  const pngs = pdfToPngs(pdf, 'print');
  assert.equal(pngs.length, pages, 'one image per page');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"Stampa / PDF" on the results opens the print view and prints it', async () => {
  const { page, problems, context } = await open(browser, server.origin, 'partial.json', '#/risultati');
  await page.click('#results-print');
  await page.waitForSelector('#report .report-cover');
  assert.match(page.url(), /#\/rapporto$/);
  await page.waitForFunction(() => window.__printCalls === 1, null, { timeout: 5000 });
  assert.match(await page.textContent('#report .report-cover'), /provvisorio/);
  assert.match(await page.textContent('#report .report-cover'), /Provvisorio — 31 risposte mancanti/);
  // Printed, every page says it is provisional in its running header (no year in the answers: the last edit's date).
  const { pages } = await printed(page, 'report-partial');
  assert.match(pages[0], /Rapporto di autovalutazione Ca\.Re/, 'the cover is on the first page');
  pages.forEach((t, i) => {
    assert.match(t, /Comune di Collefiorito \(esempio\) · 12\/05\/2026 · Provvisorio — 31 risposte mancanti/,
      `page ${i + 1}: running header`);
    assert.match(t, new RegExp(`Pagina ${i + 1} di ${pages.length}`), `page ${i + 1}: number`);
  });
  await page.emulateMedia({ media: 'screen' });
  // Printing is asked once: going back and forth, or reloading the view, does not print again.
  await page.click('a[href="#/risultati"].btn');
  await page.waitForSelector('#results-print');
  await page.goBack();
  await page.waitForSelector('#report .report-cover');
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.__printCalls), 1, 'back to the view: no second print');
  await page.reload();
  await page.waitForSelector('#report .report-cover');
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.__printCalls), 0, 'a reload does not print');
  assert.deepEqual(problems(), []);
  await context.close();
});
