// Saving in the browser end to end: a corrupted or foreign saved state is reported and kept aside under a
// backup key while work goes on; storage that throws (private mode, quota) leaves the app working with a
// warning; a storage that fills up later loses nothing once it frees; two tabs do not overwrite each other;
// the saved assessments page creates, opens, duplicates, renames and deletes (with confirmation and undo).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady } from './lib/browser.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const KEY = 'care.state.v1';
const saved = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
const keys = (page) => page.evaluate(() => Object.keys(localStorage));

async function axeClean(page, what) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${what}:\n${formatViolations(v)}`);
}

/** Seeds localStorage with `value` under the state key before the app's first load (once per tab). */
async function seed(page, value) {
  await page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, value]);
}

async function stepTitle(page, text) {
  await page.waitForFunction((t) => document.querySelector('#q-step-title')?.textContent === t, text);
}

for (const [what, raw] of [['garbage', '{garbage!'], ['a foreign state', '{"todos":[1,2,3]}'], ['a newer version', '{"app":"care-selfassessment","version":7,"assessments":[]}']]) {
  test(`${what} in storage is reported, kept under a backup key, and work goes on`, async () => {
    const { page, problems, context } = await openPage(browser, server.origin);
    await seed(page, raw);
    await page.goto(`${server.url}#/questionario`);
    await appReady(page);
    const notice = page.locator('.notices .alert-warning');
    await notice.waitFor();
    assert.match(await notice.textContent(), /non erano leggibili.*care\.state\.v1\.unreadable\.\d+/);
    const backups = (await keys(page)).filter((k) => k.startsWith('care.state.v1.unreadable.'));
    assert.equal(backups.length, 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), raw, 'the raw text is kept as it was');
    // The app works and saves again.
    await stepTitle(page, 'Il Comune');
    await page.fill('#q-comune-name', 'Comune Ripartito');
    await page.reload();
    await appReady(page);
    await page.waitForSelector('#q-comune-name');
    assert.equal(await page.inputValue('#q-comune-name'), 'Comune Ripartito');
    assert.equal(await page.locator('.notices .alert-warning').count(), 0, 'the message is not repeated');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), raw, 'the copy is still there');
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

test('one unreadable assessment does not lose the others', async () => {
  const good = { id: 'a1', name: 'Comune Buono', step: 'servizi', updated_ms: 1, answers: {
    format: 'care-answers', version: 1, model: 'care-2021', comune: { name: 'Comune Buono' },
    services: { imu: { level: 2 } }, pagopa: {}, open_data: {}, social: {} } };
  const bad = { id: 'a2', name: 'Rotto', step: 'comune', updated_ms: 2, answers: { format: 'altro' } };
  const state = JSON.stringify({ app: 'care-selfassessment', version: 1, lang: 'it', current: 'a1', assessments: [good, bad] });
  const { page, problems, context } = await openPage(browser, server.origin);
  await seed(page, state);
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await page.waitForURL(/#\/questionario\/servizi$/);
  await page.locator('.notices .alert-warning').waitFor();
  assert.ok(await page.isChecked('#q-services-imu-level-2'));
  const backups = (await keys(page)).filter((k) => k.startsWith('care.state.v1.unreadable.'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), state);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('storage that throws: the app works and says answers will not be kept', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await stepTitle(page, 'Il Comune');
  assert.match(await page.textContent('.notices .alert-warning'), /non permette di salvare i dati/);
  assert.match(await page.textContent('#q-saved'), /non vengono conservate/);
  await page.fill('#q-comune-name', 'Comune Privato');
  await page.waitForFunction(() => /non conservata/.test(document.querySelector('#q-announcer')?.textContent || ''));
  await page.click('#q-next');
  await stepTitle(page, 'Servizi online');
  await page.click('#q-services-certificati-anagrafici-level-3');
  await page.waitForFunction(() => document.querySelector('.progress')?.getAttribute('aria-valuetext') === '3 di 46 risposte');
  assert.equal(await page.textContent('h1'), 'Questionario — Comune Privato');
  assert.deepEqual(await keys(page), [], 'nothing was written');
  await shot(page, 'storage-unavailable-1280');
  await axeClean(page, 'storage unavailable');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a storage that fills up says so, and loses nothing once there is room again', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.addInitScript((k) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__full && key === k) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, KEY);
  await page.goto(`${server.url}#/questionario/servizi`);
  await appReady(page);
  await stepTitle(page, 'Servizi online');
  await page.click('#q-services-certificati-anagrafici-level-1');
  await page.evaluate(() => { window.__full = true; });
  await page.click('#q-services-cambio-residenza-level-2');
  await page.locator('.notices .alert-danger').waitFor();
  assert.match(await page.textContent('.notices .alert-danger'), /pieno/);
  let a = (await saved(page)).assessments[0];
  assert.equal(a.answers.services['cambio-residenza'], undefined, 'not saved while full');
  await page.evaluate(() => { window.__full = false; });
  await page.click('#q-services-carta-identita-level-4');
  await page.waitForFunction(() => !document.querySelector('.notices .alert-danger'));
  a = (await saved(page)).assessments[0];
  assert.deepEqual(Object.keys(a.answers.services).sort(), ['cambio-residenza', 'carta-identita', 'certificati-anagrafici']);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('two tabs on the same assessment do not overwrite each other', async () => {
  const { page: one, problems, context } = await openPage(browser, server.origin);
  await one.goto(`${server.url}#/questionario/servizi`);
  await appReady(one);
  await stepTitle(one, 'Servizi online');
  const two = await context.newPage();
  await two.goto(`${server.url}#/questionario/servizi`);
  await appReady(two);
  await stepTitle(two, 'Servizi online');
  await one.click('#q-services-certificati-anagrafici-level-2');
  await two.waitForFunction(() => document.querySelector('#q-services-certificati-anagrafici-level-2')?.checked);
  await two.click('#q-services-cambio-residenza-level-3');
  await one.waitForFunction(() => document.querySelector('#q-services-cambio-residenza-level-3')?.checked);
  let a = (await saved(one)).assessments;
  assert.equal(a.length, 1);
  assert.deepEqual(Object.keys(a[0].answers.services).sort(), ['cambio-residenza', 'certificati-anagrafici']);
  // A tab that sat on another page while the other saved takes the saved state when it comes back.
  await two.goto(`${server.url}#/metodo`);
  await two.waitForURL(/#\/metodo$/);
  await two.waitForSelector('h1');
  await one.click('#q-services-carta-identita-level-1');
  await two.goto(`${server.url}#/questionario/servizi`);
  await two.waitForFunction(() => document.querySelector('#q-services-carta-identita-level-1')?.checked);
  await two.click('#q-services-contributi-bonus-level-0');
  await one.waitForFunction(() => document.querySelector('#q-services-contributi-bonus-level-0')?.checked);
  a = (await saved(one)).assessments;
  assert.equal(Object.keys(a[0].answers.services).length, 4);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('saved assessments: create, open, duplicate, rename, delete with confirmation, undo', async () => {
  for (const width of [1280, 360]) {
    const { page, problems, context } = await openPage(browser, server.origin, { viewport: { width, height: 900 } });
    await page.goto(`${server.url}#/valutazioni`);
    await appReady(page);
    await page.waitForSelector('#assessments-empty');
    await axeClean(page, `empty list at ${width}`);
    // Create: the questionnaire opens on the new assessment.
    await page.click('#assessment-create');
    await stepTitle(page, 'Il Comune');
    await page.fill('#q-comune-name', 'Comune di Siena');
    await page.fill('#q-comune-year', '2024');
    await page.fill('#q-respondent', 'Ufficio RTD');
    await page.click('#q-next');
    await stepTitle(page, 'Servizi online');
    await page.click('#q-services-certificati-anagrafici-level-4');
    await page.goto(`${server.url}#/valutazioni`);
    const item = page.locator('.assessment-item');
    await item.first().waitFor();
    assert.equal(await item.count(), 1);
    const meta = await page.textContent('.assessment-meta');
    assert.match(meta, /anno 2024 · compilata da Ufficio RTD · modificata il \d\d\/\d\d\/\d{4} alle \d\d:\d\d · completa al \d+% · indice non ancora calcolabile/);
    const id = (await saved(page)).current;

    // Duplicate: a copy with its own name, open now, listed first.
    await page.click(`#duplicate-${id}`);
    await page.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 2);
    assert.match(await page.textContent('#assessments-status'), /Creata la copia «Comune di Siena \(copia\)»/);
    assert.match(await page.textContent('.assessment-item.is-active .assessment-title'), /Comune di Siena \(copia\)/);
    const copyId = (await saved(page)).current;
    assert.notEqual(copyId, id);

    // Rename through the dialog: an empty name is refused inside it, then a good one saved.
    await page.click(`#rename-${copyId}`);
    const dialog = page.locator('dialog.modal-dialog[open]');
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'rename-input');
    await axeClean(page, `rename dialog at ${width}`);
    await page.fill('#rename-input', '   ');
    await page.click('#rename-save');
    assert.match(await page.textContent('#rename-error'), /Scrivi il nome del Comune/);
    await page.fill('#rename-input', 'Comune di Siena 2025');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction((i) => document.activeElement?.id === `rename-${i}`, copyId);
    assert.match(await page.textContent(`#assessment-${copyId} .assessment-title`), /Comune di Siena 2025/);
    await shot(page, `assessments-${width}`);
    await axeClean(page, `assessments at ${width}`);

    // Delete: Escape cancels; confirming deletes; the notice offers undo, which restores it.
    await page.click(`#delete-${id}`);
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /«Comune di Siena» sarà eliminata/);
    await shot(page, `assessments-delete-dialog-${width}`, { fullPage: false });
    await axeClean(page, `delete dialog at ${width}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction((i) => document.activeElement?.id === `delete-${i}`, id);
    assert.equal(await item.count(), 2);
    await page.click(`#delete-${id}`);
    await page.click('#confirm-delete');
    await page.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 1);
    assert.equal((await saved(page)).assessments.length, 1);
    const undo = page.locator('.notices button', { hasText: 'Annulla' });
    assert.match(await page.textContent('.notices'), /Valutazione «Comune di Siena» eliminata/);
    await undo.click();
    await page.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 2);
    assert.equal((await saved(page)).assessments.length, 2);

    // Open: the questionnaire at the step that assessment was left at.
    await page.click(`#open-${id}`);
    await page.waitForURL(/#\/questionario\/servizi$/);
    assert.ok(await page.isChecked('#q-services-certificati-anagrafici-level-4'));

    // With the open one deleted, the questionnaire offers to open another or start anew.
    await page.goto(`${server.url}#/valutazioni`);
    await page.click(`#delete-${id}`);
    await page.click('#confirm-delete');
    await page.waitForFunction(() => document.activeElement?.id === 'assessments-title');
    await page.goto(`${server.url}#/questionario`);
    await page.waitForSelector('text=Nessuna valutazione aperta');
    await axeClean(page, `no assessment open at ${width}`);
    await page.click('text=Nuova valutazione');
    await stepTitle(page, 'Il Comune');
    assert.equal((await saved(page)).assessments.length, 2);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});
