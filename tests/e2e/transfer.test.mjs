// Taking results out and bringing them in, in Chromium against dist/ under a sub-path: export then import in a
// fresh profile gives the same answers and scores; an import that replaces keeps the old answers; a share link
// opened in a fresh profile shows the same scores and "Salva" adds it; a broken file and a broken link each show
// their message and leave the stored assessments untouched. axe on every view, screenshots at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, ARTIFACTS } from './lib/server.mjs';
import { launch, shot, appReady } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY, payloadOf, exampleText as example, seededPage } from './lib/state.mjs';


let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });


/** A fresh profile whose localStorage starts with these answers files (written once, before the app starts). */
const seeded = (files, opts) => seededPage(browser, server.origin, files, opts);

async function go(page, hash) {
  await page.goto(`${server.url}${hash}`);
  await appReady(page);
}

/** The stored assessments (parsed), after letting the app save. */
async function stored(page) {
  await page.waitForTimeout(150);
  const raw = await page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
  return raw ? JSON.parse(raw).assessments : [];
}

async function storedRaw(page) {
  await page.waitForTimeout(150);
  return page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
}

/** The rows of the compare table: [comune, year, origin, DPS, DPA, DO, Ca.Re, class, completeness]. */
async function compareRows(page) {
  return page.$$eval('table.table-striped tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent.trim())));
}

test('export then import in a fresh profile gives identical answers and scores', async () => {
  // Profile A: one saved assessment, exported as JSON and CSV.
  const a = await seeded([example('large-city.json')]);
  await go(a.page, '#/file');
  await a.page.waitForSelector('h1:has-text("Importa ed esporta")');
  const [download] = await Promise.all([
    a.page.waitForEvent('download'),
    a.page.click('button:has-text("Esporta risposte (JSON)")'),
  ]);
  assert.equal(download.suggestedFilename(), 'care-citta-di-portoalto-esempio-2026.json');
  const file = path.join(ARTIFACTS, download.suggestedFilename());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await download.saveAs(file);
  const exported = fs.readFileSync(file, 'utf8');
  assert.equal(exported, example('large-city.json'), 'the export is the canonical answers file');
  await a.page.waitForSelector('text=Scaricato il file care-citta-di-portoalto-esempio-2026.json.');

  const [csvDownload] = await Promise.all([
    a.page.waitForEvent('download'),
    a.page.click('button:has-text("Esporta punteggi (CSV)")'),
  ]);
  assert.equal(csvDownload.suggestedFilename(), 'care-citta-di-portoalto-esempio-2026.csv');
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeffsezione;voce;descrizione;risposta;punteggio\r\n'), csv.slice(0, 80));
  assert.match(csv, /Sintesi;care;Indice Ca\.Re;93;93,4\r\n/);

  await shot(a.page, 'transfer-file-1280');
  await axeClean(a.page, 'import/export page');
  const storedA = await stored(a.page);
  await go(a.page, '#/confronta');
  await a.page.check('input#compare-seed0');
  await a.page.waitForSelector('table.table-striped tbody tr');
  const rowsA = await compareRows(a.page);
  assert.deepEqual(a.problems(), []);
  await a.context.close();

  // Profile B: fresh, imports the exported file.
  const b = await seeded([]);
  await go(b.page, '#/file');
  assert.deepEqual(await stored(b.page), []);
  await b.page.setInputFiles('#import-file', file);
  const dialog = b.page.locator('dialog.modal-dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.locator('h2').textContent(), /Importare «Città di Portoalto \(esempio\)»\?/);
  const preview = await dialog.locator('table').textContent();
  assert.match(preview, /Città di Portoalto \(esempio\)/);
  assert.match(preview, /2026/);
  assert.match(preview, /risposte su/);
  assert.match(preview, /93 \(93,4\)/);
  assert.match(preview, /Spinta \(eccellente\)/);
  // The focus is inside the dialog, on the safe action.
  assert.equal(await b.page.evaluate(() => document.activeElement.textContent), 'Aggiungi come nuova valutazione');
  await shot(b.page, 'transfer-import-dialog-1280');
  await axeClean(b.page, 'import dialog');
  await b.page.setViewportSize({ width: 360, height: 800 });
  await shot(b.page, 'transfer-import-dialog-360');
  await b.page.setViewportSize({ width: 1280, height: 900 });
  await dialog.locator('button:has-text("Aggiungi come nuova valutazione")').click();
  await b.page.waitForSelector('text=«Città di Portoalto (esempio)» è stata aggiunta alle tue valutazioni');
  assert.equal(await b.page.locator('dialog[open]').count(), 0);
  const storedB = await stored(b.page);
  assert.equal(storedB.length, 1);
  assert.deepEqual(storedB[0].answers, storedA[0].answers, 'identical answers');
  assert.equal(storedB[0].name, storedA[0].name);

  await go(b.page, '#/confronta');
  await b.page.check(`input#compare-${storedB[0].id}`);
  await b.page.waitForSelector('table.table-striped tbody tr');
  const rowsB = await compareRows(b.page);
  assert.deepEqual(rowsB, rowsA, 'identical scores');
  assert.deepEqual(rowsB[0].slice(3, 7), ['93,8', '95,0', '91,4', '93,4']);
  assert.deepEqual(b.problems(), []);
  await b.context.close();
});

test('an import that replaces keeps the old answers as a copy; Esc cancels and changes nothing', async () => {
  const { page, problems, context } = await seeded([example('small-comune.json')]);
  await go(page, '#/file');
  const before = await stored(page);
  const changed = JSON.parse(example('small-comune.json'));
  changed.anpr = 'completed';
  const upload = { name: 'borgomonte.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) };

  // Esc closes the dialog without importing.
  await page.setInputFiles('#import-file', upload);
  await page.waitForSelector('dialog.modal-dialog[open]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.modal-dialog', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'import-file', 'the focus is back on the field');
  assert.deepEqual(await stored(page), before);

  await page.setInputFiles('#import-file', upload);
  const dialog = page.locator('dialog.modal-dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Hai già una valutazione di «Comune di Borgomonte \(esempio\)» per l'anno 2026/);
  await dialog.locator('button:has-text("Sostituisci «Comune di Borgomonte (esempio) 2026»")').click();
  await page.waitForSelector('text=la versione precedente è conservata come «Comune di Borgomonte (esempio) (prima dell\'importazione)»');
  const after = await stored(page);
  assert.equal(after.length, 2);
  const replaced = after.find((a) => a.id === 'seed0');
  assert.equal(replaced.answers.anpr, 'completed');
  const copy = after.find((a) => a.id !== 'seed0');
  assert.equal(copy.name, "Comune di Borgomonte (esempio) (prima dell'importazione)");
  assert.deepEqual({ ...copy.answers, comune: null }, { ...before[0].answers, comune: null }, 'the old answers are kept');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a broken file shows the parser message and leaves the stored assessments untouched', async () => {
  const { page, problems, context } = await seeded([example('small-comune.json'), example('partial.json')]);
  await go(page, '#/file');
  const before = await storedRaw(page);
  assert.ok(before);

  const bad = JSON.parse(example('small-comune.json'));
  bad.services.imu.level = 7;
  await page.setInputFiles('#import-file', { name: 'rotto.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.locator('.alert-danger');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Il file non è stato importato/);
  assert.match(await alert.textContent(), /«rotto\.json»: services\.imu\.level: 7 non è un livello \(0-4 o "na"\)/);
  assert.match(await alert.textContent(), /Le valutazioni salvate non sono state modificate\./);
  assert.equal(await page.locator('dialog[open]').count(), 0);
  assert.equal(await storedRaw(page), before);
  await shot(page, 'transfer-broken-file-1280');
  await axeClean(page, 'broken file message');

  // Not JSON at all, and not UTF-8.
  await page.setInputFiles('#import-file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('ciao') });
  await page.waitForSelector('text=«note.txt»: non è un file JSON valido');
  await page.setInputFiles('#import-file', { name: 'latin1.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0xe0, 0x7d]) });
  await page.waitForSelector('text=«latin1.json»: il file non è un testo UTF-8');
  assert.equal(await storedRaw(page), before);

  // The message follows the language.
  await page.setInputFiles('#import-file', { name: 'rotto.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await page.waitForSelector('text=«rotto.json»: services.imu.level');
  await page.click('button.lang-btn[lang=en]');
  await page.waitForSelector('text=“rotto.json”: services.imu.level: 7 is not a level (0-4 or "na")');
  assert.deepEqual(JSON.parse(await storedRaw(page)).assessments, JSON.parse(before).assessments);
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, 'transfer-broken-file-360-en');
  await axeClean(page, 'broken file message, English, 360 px');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a share link opened in a fresh profile shows the same scores, and Salva adds it', async () => {
  const a = await seeded([example('small-comune.json')], { permissions: ['clipboard-read', 'clipboard-write'] });
  await go(a.page, '#/file');
  await a.page.click('button:has-text("Copia link di condivisione")');
  const field = a.page.locator('input[id^="share-link-"]');
  await field.waitFor();
  const link = await field.inputValue();
  assert.ok(link.startsWith(`${server.url}#/condivisa/1.`), link);
  assert.ok(link.length < 1200, `${link.length} characters`);
  await a.page.waitForSelector('text=Link copiato negli appunti');
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link);
  await shot(a.page, 'transfer-share-copied-1280');
  await axeClean(a.page, 'share link field');
  const storedA = await stored(a.page);
  assert.deepEqual(a.problems(), []);
  await a.context.close();

  const b = await seeded([]);
  await b.page.goto(link);
  await appReady(b.page);
  await b.page.waitForSelector('h1:has-text("Valutazione condivisa")');
  const main = await b.page.textContent('main');
  assert.match(main, /Comune di Borgomonte \(esempio\) · anno 2026/);
  assert.equal((await b.page.textContent('.score-number')).trim(), '50');
  assert.match(main, /valore esatto 50,2/);
  assert.equal((await b.page.textContent('.score-headline .class-badge')).trim(), 'Stacco');
  const cards = await b.page.$$eval('.results-grid .card-text', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(cards, ['59,7 sufficiente', '54,2 sufficiente', '36,8 basso']);
  assert.match(main, /60 risposte su 60 \(100%\)|risposte su .* \(100%\)/);
  assert.equal(await b.page.locator('canvas#shared-chart').count(), 1);
  const table = await b.page.$$eval('.chart-alt tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(table.length, 3);
  assert.deepEqual(await stored(b.page), [], 'nothing is saved by opening a link');
  await shot(b.page, 'transfer-shared-1280');
  await axeClean(b.page, 'shared view');

  await b.page.click('button:has-text("Salva tra le mie valutazioni")');
  await b.page.waitForSelector('text=Salvata tra le tue valutazioni come «Comune di Borgomonte (esempio)».');
  assert.equal(await b.page.locator('button:has-text("Salva tra le mie valutazioni")').count(), 0, 'saved once');
  const storedB = await stored(b.page);
  assert.equal(storedB.length, 1);
  assert.deepEqual(storedB[0].answers, storedA[0].answers);
  await b.page.setViewportSize({ width: 360, height: 800 });
  await shot(b.page, 'transfer-shared-saved-360');
  await axeClean(b.page, 'shared view after saving, 360 px');

  // Opening the same link again says so; saving again adds a second copy rather than overwriting.
  await b.page.reload();
  await appReady(b.page);
  await b.page.waitForSelector('text=Queste stesse risposte sono già tra le tue valutazioni («Comune di Borgomonte (esempio)»).');
  await b.page.click('button:has-text("Salva tra le mie valutazioni")');
  await b.page.waitForSelector('text=Salvata tra le tue valutazioni come');
  const twice = await stored(b.page);
  assert.equal(twice.length, 2);
  assert.notEqual(twice[0].id, twice[1].id);
  assert.deepEqual(twice[1].answers, twice[0].answers);
  assert.deepEqual(b.problems(), []);
  await b.context.close();
});

test('a garbled or truncated link shows a clear message and changes nothing in storage', async () => {
  const { page, problems, context } = await seeded([example('small-comune.json')]);
  await go(page, '#/file');
  const good = (await (async () => {
    await page.click('button:has-text("Copia link di condivisione")');
    return page.locator('input[id^="share-link-"]').inputValue();
  })()).split('#/condivisa/')[1];
  const before = await storedRaw(page);

  const cases = [
    [good.slice(0, Math.floor(good.length / 2)), /Il link è incompleto o danneggiato/],
    [good.slice(0, -1), /Il link è incompleto o danneggiato/],
    [good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11), /Il link è incompleto o danneggiato/],
    ['2' + good.slice(1), /Versione del link non supportata \(2\)/],
    ['', /Il link è incompleto o danneggiato/],
    ['%%%', /Il link è incompleto o danneggiato|Pagina non trovata/],
    [payloadOf('{"format":"care-answers","version":1,"model":"care-2021","comune":{"name":"X"},"services":{"imu":{"level":7}}}'),
      /Il link contiene risposte non valide: services\.imu\.level: 7 non è un livello/],
  ];
  for (const [payload, expected] of cases) {
    await page.goto(`${server.url}#/condivisa/${payload}`);
    await appReady(page);
    await page.waitForSelector('h1');
    const text = await page.textContent('main');
    assert.match(text, expected, `payload ${payload.slice(0, 40)}`);
    if (!/Pagina non trovata/.test(text)) {
      assert.match(text, /Nessun|Le valutazioni salvate non sono state modificate/);
    }
    assert.equal(await page.locator('button:has-text("Salva tra le mie valutazioni")').count(), 0);
    assert.equal(await storedRaw(page), before, `storage untouched by ${payload.slice(0, 40)}`);
  }
  await page.goto(`${server.url}#/condivisa/${good.slice(0, 40)}`);
  await page.waitForSelector('h1:has-text("Impossibile aprire il link")');
  await shot(page, 'transfer-broken-link-1280');
  await axeClean(page, 'broken link');
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, 'transfer-broken-link-360');
  assert.equal(await storedRaw(page), before);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the import/export page at 360 px, and the share fallback when the clipboard is refused', async () => {
  const { page, problems, context } = await seeded([example('small-comune.json'), example('partial.json')], {
    viewport: { width: 360, height: 800 },
  });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await go(page, '#/file');
  await page.locator('button:has-text("Copia link di condivisione")').first().click();
  await page.waitForSelector('text=Il browser non ha permesso di copiare il link');
  const focused = await page.evaluate(() => ({
    id: document.activeElement.id,
    selected: document.activeElement.selectionEnd - document.activeElement.selectionStart,
    length: document.activeElement.value.length,
  }));
  assert.match(focused.id, /^share-link-/);
  assert.equal(focused.selected, focused.length, 'the whole link is selected, ready to copy');
  const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(noScroll, 'no horizontal scroll at 360 px');
  await shot(page, 'transfer-file-360');
  await axeClean(page, 'import/export page, 360 px');
  assert.deepEqual(problems(), []);
  await context.close();
});
