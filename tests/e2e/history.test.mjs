// One comune over the years and colleagues' answers merged, in Chromium against dist/ under a sub-path: the
// history of three assessments of one comune (trend chart with its table, classes, "cosa è cambiato" between two
// chosen years) linked from the saved assessments; a colleague's file merged into the open assessment with a
// preview, conflicts chosen side by side, nothing changed before the confirmation and an undo that restores the
// previous answers exactly; one section exported for a colleague imports as an ordinary file. axe on every view,
// screenshots at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, ROOT } from './lib/server.mjs';
import { launch, shot, appReady } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY, exampleText, seededPage } from './lib/state.mjs';

let server, browser;
/** Views checked by the Nu HTML checker at the end (the checker is loaded there only). */
const documents = [];
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The page's current DOM as an HTML document (as `lib/vnu.mjs` serialises it). */
const renderedHtml = (page) => page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);

const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

const seeded = (files, opts) => seededPage(browser, server.origin, files, opts);

async function go(page, hash) {
  await page.goto(`${server.url}${hash}`);
  await appReady(page);
}

async function stored(page) {
  await page.waitForTimeout(200);
  const raw = await page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
  return raw ? JSON.parse(raw).assessments : [];
}

async function tableRows(page, selector) {
  return page.$$eval(`${selector} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent.trim())));
}

/** Three assessments of Borgomonte (2024, 2025, 2026: better every year) and one of another comune. */
function threeYears() {
  const base = JSON.parse(exampleText('small-comune.json'));
  const year = (y, edit) => {
    const a = structuredClone(base);
    a.comune.year = y;
    edit(a);
    return JSON.stringify(a, null, 2);
  };
  return [
    year(2026, () => {}),
    year(2024, (a) => {
      a.anpr = 'not_started';
      a.services['certificati-anagrafici'] = { level: 1 };
      a.open_data.datasets = 2;
      a.social.facebook = 'none';
    }),
    year(2025, (a) => {
      a.services['certificati-anagrafici'] = { level: 2 };
      a.open_data.datasets = 10;
    }),
    exampleText('partial.json'),
  ];
}

test('the history of three assessments of one comune: chart, table, classes and what changed', async () => {
  for (const [width, height] of [[1280, 900], [360, 780]]) {
    // Last edited in November 2026: the 2026 assessment is dated by its last edit, the others by their year.
    const p = await seeded(threeYears(), { viewport: { width, height }, state: { updated: Date.UTC(2026, 10, 20, 9) } });
    // From the saved assessments: one history link per comune with several assessments. The list groups the
    // comune's assessments, the latest year first, whatever the order they were saved in (2026, 2024, 2025).
    await go(p.page, '#/valutazioni');
    const listed = await p.page.$$eval('.assessment-item', (items) => items.map((li) =>
      `${li.querySelector('.assessment-title bdi').textContent} ${li.querySelector('.assessment-meta').textContent.match(/anno (\d{4}|non indicato)/)[1]}`));
    assert.deepEqual(listed, ['Comune di Borgomonte (esempio) 2026', 'Comune di Borgomonte (esempio) 2025',
      'Comune di Borgomonte (esempio) 2024', 'Comune di Collefiorito (esempio) non indicato']);
    const link = p.page.locator('a:has-text("Storico di Comune di Borgomonte (esempio) (3 valutazioni)")');
    assert.equal(await link.count(), 1, 'one history link for the three assessments');
    await link.click();
    await p.page.waitForSelector('#history-chart');
    assert.equal(await p.page.$eval('h1', (h) => h.textContent), 'Storico della valutazione');
    // The trend table beside the chart: one row per year, oldest first, with the class of each.
    const rows = await tableRows(p.page, '#history-trend');
    assert.deepEqual(rows.map((r) => r[0]), ['2024', '2025', '2026']);
    for (const r of rows) assert.ok(r[5].length > 0, `a class for ${r[0]}`);
    const care = rows.map((r) => Number(r[4].replace(',', '.')));
    assert.ok(care[0] < care[1] && care[1] < care[2], `better every year: ${care}`);
    // What changed: by default the last two, then 2024 → 2026 chosen.
    assert.equal(await p.page.$eval('#changes-from', (s) => s.selectedOptions[0].textContent), '2025');
    assert.equal(await p.page.$eval('#changes-to', (s) => s.selectedOptions[0].textContent), '2026');
    let changes = await tableRows(p.page, '#changes-table');
    assert.deepEqual(changes.map((r) => r[0]),
      ['Certificati anagrafici e di stato civile', 'Numero di dataset aperti pubblicati', 'Totale']);
    assert.deepEqual(changes[0].slice(1, 4),
      ['Servizi pubblici digitali', 'Livello 2 – Moduli da scaricare', 'Livello 3 – Invio online; SPID: sì; CIE: sì']);
    assert.match(await p.page.textContent('#changes-status'), /2 risposte cambiate da 2025 a 2026/);
    await p.page.selectOption('#changes-from', { label: '2024' });
    await p.page.waitForFunction(() => document.querySelectorAll('#changes-table tbody tr').length === 5);
    changes = await tableRows(p.page, '#changes-table');
    const anpr = changes.find((r) => r[0] === 'Subentro in ANPR');
    assert.ok(anpr, 'ANPR changed from 2024');
    assert.equal(anpr[1], 'PA digitale');
    assert.match(anpr[5], /^\+/, `ANPR raises DPA: ${anpr}`);
    assert.equal(anpr[4], '±0,0', 'ANPR leaves DPS alone');
    // The effects add up to the total difference of Ca.Re.
    const sum = changes.slice(0, -1).reduce((s, r) => s + Number(r[7].replace('±', '').replace('−', '-').replace(',', '.')), 0);
    const total = Number(changes.at(-1)[7].replace('−', '-').replace(',', '.'));
    assert.ok(Math.abs(sum - total) < 0.25, `effects ${sum} add up to ${total}`);
    await p.page.selectOption('#changes-to', { label: '2024' });
    assert.match(await p.page.textContent('#changes-status'), /stessa valutazione/);
    await p.page.selectOption('#changes-to', { label: '2026' });
    assert.equal(await p.page.evaluate(() => document.documentElement.scrollWidth), width, 'nothing wider than the screen');
    // Both tables are read without scrolling sideways, their captions whole: on a phone each row stacks (its
    // cells under one another), on a wide screen they are tables with their column headers.
    for (const table of ['#history-trend', '#changes-table']) {
      const fit = await p.page.$eval(`${table} .table-responsive`, (region) => {
        const r = region.getBoundingClientRect();
        const caption = region.querySelector('caption').getBoundingClientRect();
        return { scroll: region.scrollWidth - region.clientWidth, captionIn: caption.left >= r.left && caption.right <= r.right + 0.5,
          headers: region.querySelector('thead').getBoundingClientRect().height > 1 };
      });
      assert.deepEqual(fit, { scroll: 0, captionIn: true, headers: width > 575 }, `${table} at ${width}px`);
    }
    await axeClean(p.page, `history at ${width}px`);
    await shot(p.page, `history-${width}`);
    if (width === 1280) {
      documents.push({ name: 'history', html: await renderedHtml(p.page) });
      const [download] = await Promise.all([
        p.page.waitForEvent('download'),
        p.page.click('#history-trend button[data-download="png"]'),
      ]);
      assert.equal(download.suggestedFilename(), 'care-storico-comune-di-borgomonte-esempio.png');
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await download.saveAs(path.join(ARTIFACTS, download.suggestedFilename()));
      // The results page links to the history too.
      await go(p.page, '#/risultati');
      await p.page.click('a:has-text("Storico del Comune")');
      await p.page.waitForSelector('#history-chart');
    }
    assert.deepEqual(p.problems(), []);
    await p.context.close();
  }
});

/** A colleague's file for Collefiorito: one conflict kept, one taken from the file, two answers added. */
function colleagueFile() {
  const a = JSON.parse(exampleText('partial.json'));
  a.anpr = 'completed'; // conflict: mine is in_progress
  a.services.tari = { level: 4, spid: true, cie: true }; // conflict: mine is level 3
  a.services['carta-identita'] = { level: 3, spid: true, cie: false }; // added
  a.open_data.licence = 'all'; // added
  return JSON.stringify(a, null, 2);
}

test('a colleague file merges with conflicts chosen side by side and the undo restores the answers', async () => {
  for (const [width, height] of [[1280, 900], [360, 780]]) {
    const p = await seeded([exampleText('partial.json')], { viewport: { width, height } });
    await go(p.page, '#/file');
    await p.page.waitForSelector('#merge-file');
    const before = (await stored(p.page))[0].answers;
    await p.page.setInputFiles('#merge-file', {
      name: 'collefiorito-suap.json', mimeType: 'application/json', buffer: Buffer.from(colleagueFile()),
    });
    await p.page.waitForSelector('#merge-preview');
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'merge-preview-title', 'focus on the preview');
    const adds = await tableRows(p.page, '#merge-adds');
    assert.equal(adds.length, 2);
    assert.deepEqual(adds.map((r) => r[2]).sort(), ['Livello 3 – Invio online; SPID: sì; CIE: no', 'Su tutti i dataset'].sort(), JSON.stringify(adds));
    const legends = await p.page.$$eval('#merge-conflicts legend', (ls) => ls.map((l) => l.textContent));
    assert.equal(legends.length, 2, legends.join(' | '));
    // Mine is chosen by default; nothing is stored before the confirmation.
    assert.equal(await p.page.isChecked('#merge-conflict-0-mine'), true);
    assert.deepEqual((await stored(p.page))[0].answers, before, 'the preview changes nothing');
    assert.equal(await p.page.evaluate(() => document.documentElement.scrollWidth), width, 'nothing wider than the screen');
    await axeClean(p.page, `merge preview at ${width}px`);
    // The file's side for the first conflict (TARI), mine for the second (ANPR).
    await p.page.check('#merge-conflict-0-file');
    await shot(p.page, `merge-preview-${width}`);
    if (width === 1280) documents.push({ name: 'merge preview', html: await renderedHtml(p.page) });
    await p.page.click('#merge-confirm');
    await p.page.waitForSelector('#merge-done');
    assert.match(await p.page.textContent('#merge-done'), /3 risposte cambiate/);
    const merged = (await stored(p.page))[0].answers;
    assert.deepEqual(merged.services.tari, { level: 4, spid: true, cie: true }, 'the file side');
    assert.equal(merged.anpr, 'in_progress', 'mine kept');
    assert.deepEqual(merged.services['carta-identita'], { level: 3, spid: true, cie: false }, 'added');
    assert.equal(merged.open_data.licence, 'all', 'added');
    assert.deepEqual(merged.social, before.social, 'untouched');
    await axeClean(p.page, `merge done at ${width}px`);
    if (width === 1280) documents.push({ name: 'merge done', html: await renderedHtml(p.page) });
    await p.page.click('#merge-undo');
    await p.page.waitForSelector('#merge-undone');
    assert.deepEqual((await stored(p.page))[0].answers, before, 'the undo restores the previous answers exactly');
    assert.deepEqual(p.problems(), []);
    await p.context.close();
  }
});

test('a section exported for a colleague holds that section and imports as an ordinary file', async () => {
  const p = await seeded([exampleText('small-comune.json')]);
  await go(p.page, '#/file');
  await p.page.selectOption('#section-export', 'pa-digitale');
  const [download] = await Promise.all([
    p.page.waitForEvent('download'),
    p.page.click('#section-export-button'),
  ]);
  assert.equal(download.suggestedFilename(), 'care-comune-di-borgomonte-esempio-2026-sezione-pa-digitale.json');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(file);
  const text = fs.readFileSync(file, 'utf8');
  const part = JSON.parse(text);
  const whole = JSON.parse(exampleText('small-comune.json'));
  assert.deepEqual(part.comune, whole.comune);
  assert.deepEqual(part.pagopa, whole.pagopa);
  assert.equal(part.anpr, whole.anpr);
  assert.deepEqual(part.services ?? {}, {}, 'no service');
  assert.deepEqual(part.social ?? {}, {}, 'no social network');
  assert.deepEqual(part.open_data ?? {}, {}, 'no open data');
  await p.page.waitForSelector('#section-export-status:has-text("scaricato")');
  // It imports like any answers file.
  await p.page.setInputFiles('#import-file', { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await p.page.waitForSelector('dialog[open]');
  await p.page.click('dialog button.btn-primary');
  await p.page.waitForSelector('.alert-success');
  assert.equal((await stored(p.page)).length, 2);
  assert.deepEqual(p.problems(), []);
  await p.context.close();
});

test('the history and merge views are valid HTML for the Nu HTML checker', async () => {
  assert.ok(documents.length >= 3, 'the views above were rendered');
  const { nuErrors, formatNuErrors } = await import('./lib/vnu.mjs');
  const errors = await nuErrors(documents);
  assert.deepEqual(errors, [], formatNuErrors(errors));
});
