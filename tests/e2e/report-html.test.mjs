// `care report`'s report.html opened as a file in headless Chromium, on a machine where Titillium Web is not
// installed: the document carries the font (two WOFF2 faces as data URIs) and loads nothing else; its text and
// its inline charts are set in Titillium Web; printed to PDF, the cover is the first page and every page has its
// number and the running header (comune, date; the provisional mark for a partial questionnaire). Screenshots and
// the PDF's pages as PNG go to tests/e2e/screenshots and tests/e2e/artifacts to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/server.mjs';
import { launch, openPage, shot } from './lib/browser.mjs';
import { printToPdf, pdfPages, pdfToPngs } from './lib/pdf.mjs';

let browser, out;

/** Runs `care report` on an example into its own folder and returns the path of report.html. */
function careReport(example, args = []) {
  const dir = path.join(out, example.replace('.json', ''));
  execFileSync('cargo', ['run', '--offline', '-q', '--bin', 'care', '--', 'report',
    path.join(ROOT, 'assets/examples', example), '--out', dir, ...args], { cwd: ROOT, encoding: 'utf8' });
  return path.join(dir, 'report.html');
}

before(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'care-report-html-'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

test('report.html carries its font, loads nothing and prints with page numbers and a running header', async () => {
  const installed = (() => {
    try { return execFileSync('fc-list', [':family'], { encoding: 'utf8' }); } catch { return ''; }
  })();
  assert.doesNotMatch(installed, /Titillium/i, 'this machine has no Titillium Web installed: the test means something');

  const file = careReport('small-comune.json', ['--date', '2026-05-12']);
  const { context, page, problems } = await openPage(browser, 'file://');
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => null)));
    return [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), weight: f.weight, status: f.status }));
  });
  assert.deepEqual(faces, [
    { family: 'Titillium Web', weight: '400', status: 'loaded' },
    { family: 'Titillium Web', weight: '600 700', status: 'loaded' },
  ], 'both faces load from the document itself');
  assert.ok(await page.evaluate(() => document.fonts.check('700 16px "Titillium Web"')
    && document.fonts.check('16px "Titillium Web"')), 'text and bold are set in Titillium Web');
  // The inline charts' text uses the same family, so it is set in the carried font too.
  const chartFamilies = await page.$$eval('figure.chart-figure svg text', (t) => [...new Set(t.map((e) => getComputedStyle(e).fontFamily))]);
  assert.ok(chartFamilies.length > 0 && chartFamilies.every((f) => /Titillium Web/.test(f)), chartFamilies.join(' | '));
  await shot(page, 'care-report-html-1280');
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, 'care-report-html-360');

  const pdf = await printToPdf(page, 'care-report');
  const pages = pdfPages(pdf);
  assert.ok(pages.length >= 5, `${pages.length} pages`);
  assert.match(pages[0], /Rapporto di autovalutazione Ca\.Re/, 'the cover is the first page');
  pages.forEach((t, i) => {
    assert.match(t, new RegExp(`Pagina ${i + 1} di ${pages.length}`), `page ${i + 1}: number`);
    assert.match(t, /Comune di Borgomonte \(esempio\) · 12\/05\/2026/, `page ${i + 1}: running header`);
  });
  pdfToPngs(pdf, 'care-report');
  assert.deepEqual(problems(), [], 'no request of any kind');
  await context.close();
});

test('the report of a partial questionnaire says it is provisional on every printed page', async () => {
  const file = careReport('partial.json');
  const { context, page, problems } = await openPage(browser, 'file://');
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready);
  assert.match(await page.textContent('.report-cover'), /Provvisorio — 31 risposte mancanti/);
  const pdf = await printToPdf(page, 'care-report-partial');
  const pages = pdfPages(pdf);
  // No year in the answers and no --date: no date in the header, never today's.
  pages.forEach((t, i) => {
    assert.match(t, /Comune di Collefiorito \(esempio\) · Provvisorio — 31 risposte mancanti/, `page ${i + 1}: header`);
    assert.match(t, new RegExp(`Pagina ${i + 1} di ${pages.length}`), `page ${i + 1}: number`);
  });
  assert.deepEqual(problems(), []);
  await context.close();
});
