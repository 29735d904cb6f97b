// Saving in the browser end to end: a corrupted or foreign saved state is reported and kept aside under a
// backup key while work goes on, the assessments set aside named; storage that throws (private mode, quota) leaves
// the app working with a warning; a storage full at load or filling up later loses nothing and saving resumes once
// there is room; a state with no room for its copy is left in place, said so, and copied when there is room; the
// same checks at load as at import; backups are listed with export and delete; two tabs merge their answers one by
// one and say what changed or was deleted elsewhere; the saved assessments page creates, opens, duplicates,
// renames and deletes (with confirmation and undo).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY as KEY, seedStorage } from './lib/state.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const saved = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
const keys = (page) => page.evaluate(() => Object.keys(localStorage));

/** Seeds localStorage with `value` under the state key before the app's first load (once per tab). */
const seed = (page, value) => seedStorage(page, { [KEY]: value });

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
  // The notice names the assessment set aside, why, and the copy.
  const notice = await page.textContent('.notices .alert-warning');
  assert.match(notice, /messe da parte: n\. 2 «Rotto» \(format: "altro" non è un file di risposte Ca\.Re/);
  assert.ok(notice.includes(backups[0]), notice);
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
  await page.waitForFunction(() => document.querySelector('.progress')?.getAttribute('aria-valuetext') === '1 di 44 domande completate');
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

test('storage full at load: saving resumes by itself once there is room', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    if (!sessionStorage.getItem('started')) window.__full = true;
    sessionStorage.setItem('started', '1');
    Storage.prototype.setItem = function (key, value) {
      if (window.__full) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(`${server.url}#/questionario/comune`);
  await appReady(page);
  await stepTitle(page, 'Il Comune');
  await page.locator('.notices .alert-warning').waitFor();
  await page.fill('#q-comune-name', 'Comune Pieno');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing could be written');
  // Space is freed (another tab, another site): the next change is saved, and the warning goes.
  await page.evaluate(() => { window.__full = false; });
  await page.fill('#q-comune-name', 'Comune Liberato');
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('Comune Liberato'), KEY);
  await page.waitForFunction(() => !document.querySelector('.notices .alert-warning, .notices .alert-danger'));
  await page.reload();
  await appReady(page);
  await page.waitForSelector('#q-comune-name');
  assert.equal(await page.inputValue('#q-comune-name'), 'Comune Liberato');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an unreadable state with no room for its copy is left in place, said so, and copied once there is room', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await seed(page, '{garbage!');
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    if (!sessionStorage.getItem('started')) window.__full = true;
    sessionStorage.setItem('started', '1');
    Storage.prototype.setItem = function (key, value) {
      // Room for the small probe, not for anything larger.
      if (window.__full && value.length > 8) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(`${server.url}#/questionario/comune`);
  await appReady(page);
  const notice = page.locator('.notices .alert-danger:not([role=alert])');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /non c'è spazio per conservarne una copia: restano dove sono/);
  assert.doesNotMatch(text, /care\.state\.v1/, 'the original key is not named as a copy');
  await page.fill('#q-comune-name', 'Comune Atteso');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), '{garbage!', 'not overwritten');
  await page.evaluate(() => { window.__full = false; });
  await page.fill('#q-comune-name', 'Comune Copiato');
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('Comune Copiato'), KEY);
  const backup = (await keys(page)).find((k) => k.startsWith('care.state.v1.unreadable.'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), '{garbage!', 'copied as it was');
  await page.waitForFunction((b) => document.querySelector('.notices')?.textContent.includes(b), backup);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a saved name that an export would refuse is set aside at load, named, like an import would', async () => {
  const long = 'L'.repeat(121);
  const ok = { id: 'a1', name: 'Comune Buono', step: 'servizi', updated_ms: 1, answers: {
    format: 'care-answers', version: 1, model: 'care-2021', comune: { name: 'Comune Buono' } } };
  const bad = { ...ok, id: 'a2', name: long, answers: { ...ok.answers, comune: { name: 'Comune Lungo' } } };
  const control = { ...ok, id: 'a3', name: 'Comune\tTab' };
  const state = JSON.stringify({ app: 'care-selfassessment', version: 1, lang: 'it', current: 'a1', assessments: [ok, bad, control] });
  const { page, problems, context } = await openPage(browser, server.origin);
  await seed(page, state);
  await page.goto(`${server.url}#/valutazioni`);
  await appReady(page);
  const notice = await page.locator('.notices .alert-warning').textContent();
  assert.match(notice, /n\. 2 «L{120}» \(comune\.name: il nome è troppo lungo \(121 caratteri, al massimo 120\)\)/);
  assert.match(notice, /n\. 3 «ComuneTab» \(comune\.name: il nome contiene caratteri di controllo/);
  assert.equal(await page.locator('.assessment-item').count(), 1);
  const backup = (await keys(page)).find((k) => k.startsWith('care.state.v1.unreadable.'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), state);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('backups are listed in Le mie valutazioni, exported and deleted', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await seed(page, '{"todos":[1,2,3]}');
  await page.goto(`${server.url}#/valutazioni`);
  await appReady(page);
  await page.locator('.notices .alert-warning').waitFor();
  const backup = (await keys(page)).find((k) => k.startsWith('care.state.v1.unreadable.'));
  const stamp = backup.split('.').pop();
  const list = page.locator('#backups .backup-item');
  await list.first().waitFor();
  assert.equal(await list.count(), 1);
  assert.match(await list.textContent(), /Copia del \d\d\/\d\d\/\d{4} alle \d\d:\d\d.*1 kB/);
  assert.ok((await list.textContent()).includes(backup));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#backup-export-${stamp}`)]);
  assert.equal(download.suggestedFilename(), `care-copia-di-sicurezza-${stamp}.json`);
  const file = await download.path();
  assert.equal((await import('node:fs')).readFileSync(file, 'utf8'), '{"todos":[1,2,3]}');
  await axeClean(page, 'backups list');
  await shot(page, 'assessments-backups-1280');
  await page.click(`#backup-delete-${stamp}`);
  await page.locator('dialog[open]').waitFor();
  assert.match(await page.textContent('dialog[open]'), /non potrà essere recuperata/);
  await axeClean(page, 'delete backup dialog');
  await page.click('#confirm-delete-backup');
  await page.waitForSelector('#backups', { state: 'detached' });
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), null);
  assert.match(await page.textContent('#assessments-status'), /Copia di sicurezza eliminata/);
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Two tabs of one profile, both on the services step of one assessment, every group of services open. */
async function twoTabs() {
  const { page: one, problems, context } = await openPage(browser, server.origin);
  const open = async (page) => {
    await page.goto(`${server.url}#/questionario/servizi`);
    await appReady(page);
    await stepTitle(page, 'Servizi online');
    await page.$$eval('details.service-group', (all) => all.forEach((d) => { d.open = true; }));
  };
  await open(one);
  const two = await context.newPage();
  await open(two);
  return { one, two, problems, context };
}

const SERVICES = ['certificati-anagrafici', 'cambio-residenza', 'carta-identita', 'iscrizione-nido', 'iscrizione-infanzia',
  'iscrizione-mensa', 'pagamento-mensa-rette', 'trasporto-scolastico', 'contributi-bonus', 'tari', 'imu', 'contravvenzioni',
  'ztl-parcheggi', 'contrassegno-invalidi', 'accesso-atti', 'segnalazioni', 'suap', 'sue', 'suolo-pubblico', 'canone-unico'];

test('answers clicked at the same moment in two tabs are all kept, in both tabs', async () => {
  for (let run = 0; run < 3; run++) {
    const { one, two, problems, context } = await twoTabs();
    // Ten services each, clicked in both tabs at once.
    await Promise.all([
      (async () => { for (const s of SERVICES.slice(0, 10)) await one.click(`#q-services-${s}-level-2`); })(),
      (async () => { for (const s of SERVICES.slice(10)) await two.click(`#q-services-${s}-level-3`); })(),
    ]);
    const allChecked = (page) => page.waitForFunction((list) => list.every((s, i) =>
      document.querySelector(`#q-services-${s}-level-${i < 10 ? 2 : 3}`)?.checked), SERVICES, { timeout: 10000 });
    await allChecked(one);
    await allChecked(two);
    await one.waitForTimeout(300);
    const a = (await saved(one)).assessments;
    assert.equal(a.length, 1);
    assert.equal(Object.keys(a[0].answers.services).length, 20, `run ${run}: every answer saved`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test('a tab whose open assessment is changed or deleted in another tab says so and offers to put it back', async () => {
  const { one, two, problems, context } = await twoTabs();
  await one.click('#q-services-imu-level-2');
  await two.waitForFunction(() => document.querySelector('#q-services-imu-level-2')?.checked);
  // Changed in tab two: tab one shows the new answer and says so; it can put its own back.
  await two.click('#q-services-imu-level-4');
  await one.waitForFunction(() => document.querySelector('#q-services-imu-level-4')?.checked);
  const changed = one.locator('.notices .alert-warning');
  await changed.waitFor();
  assert.match(await changed.textContent(), /sono state cambiate in un'altra scheda.*risposte cambiate: 1/);
  await axeClean(one, 'changed elsewhere notice');
  await changed.getByRole('button', { name: 'Rimetti le risposte di questa scheda' }).click();
  await one.waitForFunction(() => document.querySelector('#q-services-imu-level-2')?.checked);
  await two.waitForFunction(() => document.querySelector('#q-services-imu-level-2')?.checked);
  assert.equal((await saved(two)).assessments[0].answers.services.imu.level, 2);

  // Deleted in tab two: tab one says so instead of switching silently; "Ripristinala" brings it back everywhere.
  const id = (await saved(one)).current;
  await two.goto(`${server.url}#/valutazioni`);
  await two.click(`#delete-${id}`);
  await two.click('#confirm-delete');
  await two.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 0);
  const deleted = one.locator('.notices .alert-warning', { hasText: 'eliminata in un\'altra scheda' });
  await deleted.waitFor();
  assert.match(await deleted.textContent(), /La valutazione «\(senza nome\)», aperta in questa scheda, è stata eliminata in un'altra scheda/);
  await one.waitForSelector('text=Nessuna valutazione aperta');
  await shot(one, 'storage-deleted-elsewhere-1280');
  await axeClean(one, 'deleted elsewhere notice');
  await deleted.getByRole('button', { name: 'Ripristinala' }).click();
  await one.waitForSelector('#q-services-imu-level-2', { state: 'attached' });
  assert.ok(await one.isChecked('#q-services-imu-level-2'));
  await two.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 1);
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
    await page.waitForFunction((i) => document.activeElement?.id === `assessment-title-${i}`, copyId);

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
    await page.waitForFunction(() => document.activeElement?.id === 'notice-undo');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 2);
    assert.equal((await saved(page)).assessments.length, 2);
    await page.waitForFunction((i) => document.activeElement?.id === `assessment-title-${i}`, id);
    assert.equal(await undo.count(), 0);

    // Open: the questionnaire at the step that assessment was left at.
    await page.click(`#open-${id}`);
    await page.waitForURL(/#\/questionario\/servizi$/);
    assert.ok(await page.isChecked('#q-services-certificati-anagrafici-level-4'));

    // With the open one deleted, the questionnaire offers to open another or start anew.
    await page.goto(`${server.url}#/valutazioni`);
    await page.click(`#delete-${id}`);
    await page.click('#confirm-delete');
    await page.waitForFunction(() => document.activeElement?.id === 'notice-undo');
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
