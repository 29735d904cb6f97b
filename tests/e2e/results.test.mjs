// The results page from a stored assessment (an example answers file in the saved state): the numbers equal
// those of the native `care score` on the same file, the class and why are shown, a provisional result says what
// is missing, the charts are HiDPI canvases redrawn on resize and on a change of language, each downloads as a
// well-formed SVG (carrying the app's own font files; saved without them, saying so, when they cannot be read) and
// a 1600x900 PNG named after the comune, the what-if simulation moves its own live score (in
// view beside its controls) without saving, applying the plan says what changed in the plan's words, every action
// moves the focus to its result, the in-page contents reach each section, the phone's first screen shows the
// title, score and class, the method page lists every parameter with its tag; axe finds nothing at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, ROOT, ARTIFACTS } from './lib/server.mjs';
import { launch, openPage, shot, appReady, sidewaysOverflow } from './lib/browser.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { exampleText, seedState } from './lib/state.mjs';
import { embeddedFaces, appFaces } from './lib/fonts.mjs';

const UPDATED = Date.UTC(2026, 4, 12, 10, 0, 0);

/** The saved state holding one assessment with an example's answers. */
/** `care score FILE` from the native binary. */
function careScore(example) {
  const out = execFileSync('cargo', ['run', '--offline', '-q', '--bin', 'care', '--', 'score',
    path.join(ROOT, 'assets/examples', example)], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

const comma = (v) => v.toFixed(1).replace('.', ',');

async function openResults(browser, origin, url, example, opts = {}) {
  const { lang, ...rest } = opts;
  const env = await openPage(browser, origin, { acceptDownloads: true, ...rest });
  if (example) {
    await seedState(env.context, [exampleText(example)], { unlessSet: true, state: { lang, updated: UPDATED } });
  }
  await env.page.goto(`${url}#/risultati`);
  await appReady(env.page);
  return env;
}

/** Waits until every chart canvas has been drawn (its bitmap has non-white pixels). */
async function chartsDrawn(page) {
  await page.waitForFunction(() => {
    const cs = [...document.querySelectorAll('.chart-figure canvas')];
    return cs.length === 6 && cs.every((c) => {
      if (c.width < 100) return false;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4 * 97) if (d[i] < 200) return true;
      return false;
    });
  }, null, { timeout: 20000 });
}

let server, browser;
before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve({ prefix: '/a/b/' });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

test('results equal care score on the same answers, with the class and why', async () => {
  const expected = careScore('small-comune.json');
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json');
  await page.waitForSelector('#result-score');
  assert.equal((await page.textContent('#result-score')).trim(), String(expected.care_display));
  assert.equal((await page.textContent('#result-exact')).trim(), `Con un decimale: ${comma(expected.care)}`);
  assert.equal((await page.textContent('#result-class')).trim(), expected.class);
  assert.equal(await page.$('#result-provisional'), null, 'complete: not provisional');
  const why = await page.textContent('#result-why');
  assert.match(why, new RegExp(`DPS è ${expected.bands.dps} \\(${comma(expected.dps)}: `));
  assert.match(why, new RegExp(`DPA è ${expected.bands.dpa} \\(${comma(expected.dpa)}: `));
  assert.match(why, new RegExp(`DO è ${expected.bands.do} \\(${comma(expected.do)}: sotto 40\\)`));
  assert.match(await page.textContent('#result-reason'), /nessuna dimensione elevata e una bassa: Stacco/);
  // The data table of the first chart has the same numbers.
  const cells = await page.$$eval('#fig-subindici table tbody tr td.num', (tds) => tds.map((t) => t.textContent));
  assert.deepEqual(cells, [comma(expected.dps), comma(expected.dpa), comma(expected.do)]);
  // Every chart: a canvas with a text alternative, a caption, a data table and two downloads.
  const figs = await page.$$eval('figure.chart-figure', (fs) => fs.map((f) => ({
    label: f.querySelector('canvas')?.getAttribute('aria-label') || '',
    caption: f.querySelector('figcaption')?.textContent || '',
    rows: f.querySelectorAll('details.chart-alt table tbody tr').length,
    downloads: f.querySelectorAll('button[data-download]').length,
  })));
  assert.equal(figs.length, 6);
  for (const f of figs) {
    assert.ok(f.label.length > 10 && f.caption.startsWith('Figura') && f.rows > 0 && f.downloads === 2, JSON.stringify(f));
  }
  // The plan and the detail of the scores.
  assert.match(await page.textContent('#result-plan'), /Per passare da Stacco a Spinta/);
  assert.match(await page.textContent('#result-details'), /Certificati anagrafici/);
  await chartsDrawn(page);
  await shot(page, 'results-1280');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await chartsDrawn(page);
  await shot(page, 'results-360');
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `no horizontal scroll at 360 px (${overflow})`);
  const v360 = await axeViolations(page);
  assert.deepEqual(v360, [], formatViolations(v360));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a partial questionnaire gives a provisional result that says what is missing', async () => {
  const expected = careScore('partial.json');
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'partial.json');
  await page.waitForSelector('#result-missing');
  assert.equal(expected.complete, false);
  assert.equal((await page.textContent('#result-score')).trim(), String(expected.care_display));
  assert.equal((await page.textContent('#result-provisional')).trim(), 'Provvisorio — 31 risposte mancanti');
  assert.match(await page.textContent('#result-missing'), /Mancano \d+ risposte su \d+/);
  assert.equal(await page.getAttribute('#result-missing a', 'href'), '#/questionario/revisione');
  await chartsDrawn(page);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('charts download as a well-formed SVG and a 1600x900 PNG named after the comune', async () => {
  const expected = careScore('small-comune.json');
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json');
  await chartsDrawn(page);
  const [svgDl] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#fig-subindici button[data-download=svg]'),
  ]);
  assert.equal(svgDl.suggestedFilename(), 'care-comune-di-borgomonte-esempio-2026-subindici.svg');
  const svgFile = path.join(ARTIFACTS, svgDl.suggestedFilename());
  await svgDl.saveAs(svgFile);
  const svg = fs.readFileSync(svgFile, 'utf8');
  // Parsed in a blank page: the SVG carries its font in a <style>, which the app's CSP rightly refuses to apply.
  const blank = await context.newPage();
  const wellFormed = await blank.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return !doc.querySelector('parsererror') && doc.documentElement.nodeName === 'svg';
  }, svg);
  await blank.close();
  assert.ok(wellFormed, 'the SVG parses as XML');
  assert.ok(svg.includes('@font-face') && svg.includes('data:font/woff2;base64,'), 'the SVG carries its font');
  assert.deepEqual(embeddedFaces(svg), appFaces(), 'the faces embedded are the app\'s own font files, byte for byte');
  for (const v of [expected.dps, expected.dpa, expected.do]) assert.ok(svg.includes(`>${comma(v)}<`) || svg.includes(comma(v)), `SVG shows ${comma(v)}`);
  assert.ok(svg.includes('I tre sotto-indici e le fasce'), 'title in the image');
  assert.match(svg, /Comune di Borgomonte \(esempio\) · 12\/05\/2026 · modello care-2021/, 'footer with the assessment\'s date');

  const [pngDl] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#fig-servizi button[data-download=png]'),
  ]);
  assert.equal(pngDl.suggestedFilename(), 'care-comune-di-borgomonte-esempio-2026-servizi.png');
  const pngFile = path.join(ARTIFACTS, pngDl.suggestedFilename());
  await pngDl.saveAs(pngFile);
  const png = fs.readFileSync(pngFile);
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1600, 900]);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('slides: a 4:3 or 1:1 image with the title and subtitle the user typed, and the image copied to the clipboard', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json',
    { permissions: ['clipboard-read', 'clipboard-write'] });
  await chartsDrawn(page);
  const fig = page.locator('#fig-radar');
  await fig.locator('details.slide-options > summary').click();
  // The shape is a group of native radios, 16:9 chosen by default.
  assert.equal(await fig.locator('fieldset legend').textContent(), "Formato dell'immagine");
  assert.deepEqual(await fig.locator('input[type=radio]').evaluateAll((r) => r.map((x) => [x.value, x.checked])),
    [['16x9', true], ['4x3', false], ['1x1', false]]);
  const title = fig.locator('input[type=text]').first();
  assert.equal(await title.inputValue(), 'Profilo delle tre dimensioni', 'the chart\'s own title to start with');
  await fig.locator('input[value="4x3"]').check();
  await title.fill('Borgomonte: il profilo nel 2026');
  await fig.getByLabel('Sottotitolo (facoltativo)').fill('Giunta comunale, 12 maggio 2026');
  await shot(page, 'results-slide-options-1280', { fullPage: false });
  const [png] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-download=png]').click()]);
  assert.equal(png.suggestedFilename(), 'care-comune-di-borgomonte-esempio-2026-radar-4x3.png');
  const pngFile = path.join(ARTIFACTS, png.suggestedFilename());
  await png.saveAs(pngFile);
  const bytes = fs.readFileSync(pngFile);
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1600, 1200], '4:3 at 2x');
  await fig.locator('input[value="1x1"]').check();
  const [svg] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-download=svg]').click()]);
  assert.equal(svg.suggestedFilename(), 'care-comune-di-borgomonte-esempio-2026-radar-1x1.svg');
  const svgFile = path.join(ARTIFACTS, svg.suggestedFilename());
  await svg.saveAs(svgFile);
  const text = fs.readFileSync(svgFile, 'utf8');
  assert.match(text, /<svg[^>]*width="800"[^>]*height="800"/);
  assert.ok(text.includes('Borgomonte: il profilo nel 2026'), 'the typed title is in the image');
  assert.ok(text.includes('Giunta comunale, 12 maggio 2026'), 'and the subtitle');
  assert.deepEqual(embeddedFaces(text), appFaces(), 'the 1:1 SVG carries the app\'s font too');
  // Copy the image: the PNG lands on the clipboard and the status line says so.
  await fig.locator('button[data-copy=png]').click();
  await fig.locator('.status-ok').waitFor();
  assert.match(await fig.locator('[role=status]').textContent(), /Immagine copiata/);
  const copied = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const blob = await items[0].getType('image/png');
    const b = new DataView(await blob.arrayBuffer());
    return [items[0].types, b.getUint32(16), b.getUint32(20)];
  });
  assert.deepEqual(copied, [['image/png'], 1600, 1600], 'a 1:1 PNG on the clipboard');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('when the font files cannot be read, the SVG is saved all the same, naming the font, and the toolbar says so', async () => {
  // No service worker, so that the page's requests for the font files are the ones blocked here.
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json',
    { serviceWorkers: 'block' });
  await chartsDrawn(page);
  const fig = page.locator('#fig-radar');
  await fig.locator('details.slide-options > summary').click();
  const title = fig.locator('input[type=text]').first();
  await title.fill('Borgomonte senza carattere');
  const fonts = '**/fonts/*.woff2';
  await page.route(fonts, (route) => route.abort('failed'));
  const [dl] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-download=svg]').click()]);
  const svg = fs.readFileSync(await dl.path(), 'utf8');
  assert.ok(!svg.includes('@font-face') && !svg.includes('data:font/woff2'), 'no font inside');
  assert.match(svg, /font-family="Titillium Web, sans-serif"/, 'the text names the font and its fallback');
  assert.ok(svg.includes('Borgomonte senza carattere'), 'the typed title is in the image');
  const status = fig.locator('[role=status]');
  await status.locator('.invalid-feedback').waitFor();
  assert.match(await status.textContent(), /^SVG salvato senza il carattere Titillium Web incorporato: /);
  assert.equal(await title.inputValue(), 'Borgomonte senza carattere', 'nothing the user typed is lost');
  await shot(page, 'results-svg-without-font-1280', { fullPage: false });
  // Once the files can be read again, the next SVG carries the font and the message goes.
  await page.unroute(fonts);
  const [again] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-download=svg]').click()]);
  assert.deepEqual(embeddedFaces(fs.readFileSync(await again.path(), 'utf8')), appFaces());
  assert.equal((await status.textContent()).trim(), '');
  // Only the blocked requests (and the browser's console line for each).
  assert.deepEqual(problems().filter((p) => !/fonts\/titillium-web-\d+\.woff2 net::ERR_FAILED|Failed to load resource: net::ERR_FAILED/.test(p)), []);
  await context.close();
});

test('charts are drawn at the device pixel ratio and redrawn on resize and on a change of language', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json',
    { deviceScaleFactor: 2, viewport: { width: 1280, height: 900 } });
  await chartsDrawn(page);
  const size = () => page.$eval('#fig-radar canvas', (c) => ({ w: c.width, css: c.getBoundingClientRect().width }));
  const s1 = await size();
  assert.ok(Math.abs(s1.w - 2 * s1.css) <= 2, `bitmap at 2x: ${JSON.stringify(s1)}`);
  await page.setViewportSize({ width: 800, height: 900 });
  await page.waitForFunction((w) => document.querySelector('#fig-radar canvas').width !== w, s1.w);
  const s2 = await size();
  assert.ok(Math.abs(s2.w - 2 * s2.css) <= 2, `redrawn at the new width: ${JSON.stringify(s2)}`);
  const before = await page.$eval('#fig-subindici canvas', (c) => c.toDataURL());
  await page.click('button.lang-btn[lang=en]');
  await page.waitForSelector('h1:has-text("Results")');
  await page.waitForFunction((b) => document.querySelector('#fig-subindici canvas').toDataURL() !== b, before);
  assert.match(await page.textContent('#result-why'), /DPS is sufficient \(59\.7: between 40 and 60\)/);
  assert.match(await page.getAttribute('#fig-subindici canvas', 'aria-label'), /Bar chart of the sub-indices: DPS 59\.7/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('what-if changes a copy: the score moves, reset and end restore, nothing is saved', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json');
  await page.waitForSelector('#result-score');
  const saved = await page.evaluate(() => localStorage.getItem('care.state.v1'));
  const score0 = (await page.textContent('#result-exact')).trim();
  await page.click('#whatif-start');
  await page.waitForSelector('#whatif-status');
  // The simulation's own score starts at the saved one.
  assert.equal((await page.textContent('#whatif-exact')).trim(), score0);
  await page.click('#whatif details:nth-of-type(2) summary');
  await page.selectOption('#whatif-anpr', 'completed');
  await page.waitForFunction((s) => document.querySelector('#whatif-exact').textContent.trim() !== s, score0);
  // ANPR from in progress to completed: P4 +50, DPA +12.5, Ca.Re +4.17 -> 54.4; DPA elevato -> still Stacco? no:
  // DPS sufficiente, DPA elevato, DO basso: points 3, Stacco.
  assert.equal((await page.textContent('#whatif-exact')).trim(), 'Con un decimale: 54,4');
  assert.equal((await page.textContent('#whatif-delta')).trim(), '+4,2 rispetto al salvato');
  assert.equal((await page.textContent('#whatif-dpa')).trim(), '66,7 (+12,5)');
  // The top keeps the saved result.
  assert.equal((await page.textContent('#result-exact')).trim(), score0);
  assert.match(await page.textContent('#whatif-status'), /Risposte modificate: 1/);
  await page.click('#whatif-plan');
  await page.waitForFunction(() => document.querySelector('#whatif-class').textContent.includes('Spinta'));
  await page.click('#whatif-reset');
  await page.waitForFunction((s) => document.querySelector('#whatif-exact').textContent.trim() === s, score0);
  await page.click('#whatif-stop');
  await page.waitForSelector('#whatif-start');
  assert.equal(await page.evaluate(() => localStorage.getItem('care.state.v1')), saved, 'the saved state did not change');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('what-if follows the questionnaire: an online service shows SPID/CIE, typed values are read the same way', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json');
  await page.waitForSelector('#result-score');
  await page.click('#whatif-start');
  await page.waitForSelector('#whatif-status');
  // "Occupazione di suolo pubblico" from level 1 to 4: SPID and CIE appear, unticked ("no"), and the simulated
  // result stays complete (it used to turn "provvisorio — Mancano 2 risposte su 62").
  await page.selectOption('#whatif-suolo-pubblico', '4');
  await page.waitForSelector('#whatif-suolo-pubblico-spid');
  assert.equal(await page.$('#whatif-provisional'), null, 'not provisional');
  assert.equal(await page.$('#result-provisional'), null, 'not provisional');
  assert.equal(await page.isChecked('#whatif-suolo-pubblico-spid'), false);
  assert.equal(await page.$eval('#whatif-suolo-pubblico-cie', (b) => b.indeterminate), false);
  assert.match(await page.textContent('#whatif-status'), /Risposte modificate: 3/);
  await page.check('#whatif-suolo-pubblico-spid');
  assert.ok(await page.isChecked('#whatif-suolo-pubblico-spid'));
  // The questionnaire's datasets field: "12.7" is refused with its message and nothing changes.
  const score = (await page.textContent('#whatif-exact')).trim();
  await page.click('#whatif details:nth-of-type(3) summary');
  await page.fill('#whatif-datasets', '12.7');
  await page.waitForSelector('#whatif-datasets-error');
  assert.match(await page.textContent('#whatif-datasets-error'), /^Scrivi un numero intero, senza punti né virgole\./);
  assert.equal(await page.getAttribute('#whatif-datasets', 'aria-invalid'), 'true');
  assert.equal((await page.textContent('#whatif-exact')).trim(), score);
  await page.click('#whatif details:nth-of-type(2) summary');
  await page.click('#whatif-reset');
  await page.waitForSelector('#whatif-datasets-error', { state: 'detached' });
  assert.equal(await page.$('#whatif-suolo-pubblico-spid'), null, 'level 1 again');
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${width} px: ${formatViolations(v)}`);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

/** The box of an element in the viewport's coordinates, with whether it lies wholly inside the viewport. */
function box(page, sel) {
  return page.$eval(sel, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right,
      inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0 };
  });
}

/** The rows of the results' actions (buttons grouped by their top), each with its left and right edges. */
function toolbarRows(page) {
  return page.$$eval('.results-bar > .toolbar > *', (els) => {
    const rows = new Map();
    for (const el of els) {
      const r = el.getBoundingClientRect();
      const row = rows.get(Math.round(r.top)) ?? { top: Math.round(r.top), left: Infinity, right: -Infinity };
      row.left = Math.min(row.left, Math.round(r.left));
      row.right = Math.max(row.right, Math.round(r.right));
      rows.set(row.top, row);
    }
    return [...rows.values()];
  });
}

/** The id of the focused element. */
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

for (const [width, height] of [[1280, 800], [360, 740]]) {
  test(`what-if at ${width} px: the live score in the viewport changes when a control changes`, async () => {
    const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json',
      { viewport: { width, height } });
    await page.waitForSelector('#result-score');
    await page.click('#whatif-start');
    await page.waitForSelector('#whatif-live');
    assert.equal(await focused(page), 'whatif-title', 'start: the focus on the simulation\'s heading');
    // A control far down the list of services: the live score stays in view beside it (sticky above it).
    for (const [control, value] of [['#whatif-suolo-pubblico', '4'], ['#whatif-anpr', 'completed']]) {
      if (control === '#whatif-anpr') await page.click('#whatif details:nth-of-type(2) summary');
      await page.focus(control);
      const before = (await page.textContent('#whatif-exact')).trim();
      await page.selectOption(control, value);
      await page.waitForFunction((s) => document.querySelector('#whatif-exact').textContent.trim() !== s, before);
      const [c, live, score] = [await box(page, control), await box(page, '#whatif-live'), await box(page, '#whatif-score')];
      assert.ok(c.inView, `${control} in view: ${JSON.stringify(c)}`);
      assert.ok(live.inView && score.inView, `the live score in view: ${JSON.stringify({ live, score })}`);
      const apart = c.top >= live.bottom || c.bottom <= live.top || c.left >= live.right || c.right <= live.left;
      assert.ok(apart, `the live score does not cover ${control}: ${JSON.stringify({ c, live })}`);
      assert.notEqual((await page.textContent('#whatif-exact')).trim(), before);
      if (width === 1280) {
        // The column beside the what-if is not empty down there: the gains of each step stay in view.
        const gains = await box(page, '#result-gains');
        assert.ok(gains.inView && gains.right <= c.left, `the gains in view beside ${control}: ${JSON.stringify({ gains, c })}`);
      }
    }
    assert.match((await page.textContent('#whatif-delta')).trim(), /^\+\d+,\d rispetto al salvato$/);
    await shot(page, `results-whatif-live-${width}`, { fullPage: false });
    const v = await axeViolations(page);
    assert.deepEqual(v, [], formatViolations(v));
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test('applying the plan says what changed in the plan\'s own words, and every action moves the focus to its result', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json',
    { viewport: { width: 1280, height: 800 } });
  await page.waitForSelector('#plan-steps');
  // The plan as the page says it: "… bastano queste modifiche (2 passi):" and one line per change.
  const lead = await page.textContent('#result-plan .callout.success > p');
  const steps = Number(lead.match(/\((\d+) pass[oi]\)/)[1]);
  const lines = await page.$$eval('#plan-steps > li', (lis) => lis.map((li) => li.firstChild.textContent.trim()));
  assert.ok(lines.length >= 1);
  await page.click('#whatif-start');
  await page.waitForSelector('#whatif-plan');
  assert.equal(await focused(page), 'whatif-title');
  await page.click('#whatif-plan');
  await page.waitForSelector('#whatif-message');
  await page.waitForFunction(() => document.activeElement?.id === 'whatif-message');
  const message = (await page.textContent('#whatif-message')).trim();
  const expected = `${steps === 1 ? 'Applicato 1 passo' : `Applicati ${steps} passi`} del piano: ${lines.join('; ')}.`;
  assert.equal(message, expected);
  assert.ok((await box(page, '#whatif-message')).inView, 'the message in view');
  assert.ok((await box(page, '#whatif-score')).inView, 'the live score in view');
  assert.match(await page.textContent('#whatif-class'), /Spinta/);
  await shot(page, 'results-plan-applied-1280', { fullPage: false });
  // Editing an answer clears the message; reset says so and takes the focus; close gives it back to start.
  const level = await page.inputValue('#whatif-canone-unico');
  await page.selectOption('#whatif-canone-unico', level === '4' ? '3' : '4');
  await page.waitForSelector('#whatif-message', { state: 'detached' });
  await page.click('#whatif-reset');
  await page.waitForFunction(() => document.activeElement?.id === 'whatif-message');
  assert.equal((await page.textContent('#whatif-message')).trim(), 'Simulazione riportata alle risposte salvate.');
  await page.click('#whatif-stop');
  await page.waitForFunction(() => document.activeElement?.id === 'whatif-start');
  // The plan's own button starts the simulation with the plan applied, and says so where the focus lands.
  await page.click('#plan-try');
  await page.waitForFunction(() => document.activeElement?.id === 'whatif-message');
  assert.equal((await page.textContent('#whatif-message')).trim(), expected);
  assert.match(await page.textContent('#whatif-class'), /Spinta/);
  assert.ok((await box(page, '#whatif-score')).inView, 'the live score in view');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the in-page contents bring each section\'s heading to the top and focus it, the hash route stays', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, 'small-comune.json',
    { viewport: { width: 1280, height: 800 } });
  await page.waitForSelector('#result-score');
  const entries = await page.$$eval('.results-toc button', (bs) => bs.map((b) => b.dataset.section));
  assert.deepEqual(entries, ['plan-title', 'whatif-title', 'charts-title', 'details-title', 'takeout-title', 'embed-code-title']);
  for (const id of entries) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click(`.results-toc button[data-section="${id}"]`);
    await page.waitForFunction((id) => document.activeElement?.id === id, id);
    const b = await box(page, `#${id}`);
    assert.ok(b.top >= 0 && b.top < 120 && b.bottom <= 800, `${id} at the top: ${JSON.stringify(b)}`);
    assert.ok(page.url().endsWith('#/risultati'), page.url());
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the results top: title, score and class in the first screen of a phone; the plan and the what-if on the first screens of a desktop', async () => {
  const phone = await openResults(browser, server.origin, server.url, 'small-comune.json', { viewport: { width: 360, height: 740 } });
  await phone.page.waitForSelector('#result-class');
  await phone.page.waitForTimeout(300);
  for (const sel of ['h1', '#result-score', '#result-class']) {
    const b = await box(phone.page, sel);
    assert.ok(b.inView, `${sel} in the first screen at 360x740: ${JSON.stringify(b)}`);
  }
  await shot(phone.page, 'results-top-360', { fullPage: false });
  // The actions share their rows evenly: each row of buttons spans the bar.
  const phoneRows = await toolbarRows(phone.page);
  assert.ok(phoneRows.length >= 1 && phoneRows.every((r) => Math.abs(r.left - phoneRows[0].left) <= 1 && Math.abs(r.right - phoneRows[0].right) <= 1),
    `rows of actions at 360 px: ${JSON.stringify(phoneRows)}`);
  assert.deepEqual(phone.problems(), []);
  await phone.context.close();
  const desk = await openResults(browser, server.origin, server.url, 'small-comune.json', { viewport: { width: 1280, height: 800 } });
  await desk.page.waitForSelector('#result-class');
  // The plan and the what-if side by side, right under the score and why.
  const [plan, whatif, score] = [await box(desk.page, '#plan-title'), await box(desk.page, '#whatif-title'), await box(desk.page, '#result-score')];
  assert.ok(Math.abs(plan.top - whatif.top) < 2 && plan.right <= whatif.left, `side by side: ${JSON.stringify({ plan, whatif })}`);
  assert.ok(whatif.top - score.top < 900, `the what-if ${whatif.top - score.top} px below the score`);
  await shot(desk.page, 'results-top-1280', { fullPage: false });
  // The actions on one line, on the line of the in-page contents.
  const deskRows = await toolbarRows(desk.page);
  const toc = await box(desk.page, '.results-toc');
  assert.equal(deskRows.length, 1, `one line of actions at 1280 px: ${JSON.stringify(deskRows)}`);
  assert.ok(deskRows[0].top >= toc.top - 8 && deskRows[0].top < toc.bottom && deskRows[0].left > toc.right,
    `the actions beside the contents: ${JSON.stringify({ deskRows, toc })}`);
  assert.deepEqual(desk.problems(), []);
  await desk.context.close();
});

test('without an assessment the results page leads to the questionnaire', async () => {
  const { page, problems, context } = await openResults(browser, server.origin, server.url, null);
  await page.waitForSelector('#results-empty');
  assert.equal(await page.getAttribute('#results-empty a.btn-primary', 'href'), '#/questionario');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the method page shows every parameter with its tag and source', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/metodo`);
  await page.waitForSelector('#method-params');
  const rows = await page.$$eval('#method-params tbody tr', (trs) => trs.map((tr) => ({
    key: tr.dataset.param,
    tag: tr.querySelector('[class^=tag-]')?.className,
    source: tr.lastElementChild.textContent.trim(),
  })));
  const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/models/care-2021.json'), 'utf8'));
  assert.deepEqual(rows.map((r) => r.key), Object.keys(edition.params));
  for (const r of rows) {
    assert.equal(r.tag, `tag-${edition.params[r.key].tag}`, r.key);
    assert.equal(r.source, edition.params[r.key].source.it, r.key);
  }
  const count = (t) => Object.values(edition.params).filter((p) => p.tag === t).length;
  assert.equal((await page.textContent('#method-counts')).trim(),
    `${rows.length} parametri numerici: ${count('sourced')} da fonte, ${count('inferred')} dedotti, ${count('assumption')} nostre ipotesi.`);
  await shot(page, 'method-1280');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  await page.setViewportSize({ width: 360, height: 800 });
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `no horizontal scroll at 360 px (${overflow})`);
  const v360 = await axeViolations(page);
  assert.deepEqual(v360, [], formatViolations(v360));
  await shot(page, 'method-360');
  assert.deepEqual(problems(), []);
  await context.close();
});
