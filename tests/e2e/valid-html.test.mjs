// Valid HTML on every view: the Nu HTML checker (vnu-jar) over the rendered DOM of each page of the app, in both
// languages where the text differs in structure, with dialogs and notices open, the embed views and the messages of
// broken addresses. Any error fails the test, with the view, the line and the checker's message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, appReady } from './lib/browser.mjs';
import { STATE_KEY, savedState, exampleText, payloadOf, seedStorage, seedState } from './lib/state.mjs';
import { renderedHtml, nuErrors, formatNuErrors } from './lib/vnu.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const BACKUP_KEY = 'care.state.v1.unreadable.1764489600000';

/** A profile with two saved assessments (the first open) and one backup copy of an unreadable state. */
async function profile(opts = {}) {
  const p = await openPage(browser, server.origin, opts);
  const state = savedState([exampleText('small-comune.json'), exampleText('partial.json')], opts.state || {});
  await seedStorage(p.page, {
    [STATE_KEY]: state,
    [BACKUP_KEY]: '{"app":"care-selfassessment","version":1,"assessments":[{"id":"x"}]}',
  });
  return p;
}

/** Goes to `hash` and waits for `selector`, then a little for charts and focus to settle. */
async function view(page, hash, selector) {
  await page.goto(`${server.url}${hash}`);
  await appReady(page).catch(() => {});
  await page.waitForSelector(selector, { timeout: 20000, state: 'attached' });
  await page.waitForTimeout(150);
}

test('every view is valid HTML for the Nu HTML checker', async () => {
  const payload = payloadOf(exampleText('small-comune.json'));
  const views = [
    ['start', '#/', '#start-title'],
    ['questionnaire: comune', '#/questionario/comune', '#q-comune-name'],
    ['questionnaire: services', '#/questionario/servizi', '#q-services-imu-level-2'],
    ['questionnaire: digital PA', '#/questionario/pa-digitale', '#q-step-title'],
    ['questionnaire: openness', '#/questionario/apertura', '#q-step-title'],
    ['questionnaire: review', '#/questionario/revisione', '#q-step-title'],
    ['results', '#/risultati', '#fig-radar-canvas, #result-score'],
    ['saved assessments, with a backup copy', '#/valutazioni', '#backups'],
    ['compare', '#/confronta', 'h1'],
    ['files', '#/file', 'h1'],
    ['share link', `#/condivisa/${payload}`, '.chart-figure'],
    ['share link, damaged', '#/condivisa/1.garbled', 'h1'],
    ['method', '#/metodo', 'h1'],
    ['printed report', '#/rapporto', '#report'],
    ['accessibility statement', '#/accessibilita', 'h1'],
    ['not found', '#/nessuna-pagina', 'h1'],
    ['embed card', `#/embed/chiaro/scheda/${payload}`, '#embed-score'],
    ['embed chart', `#/embed/presentazione/radar/${payload}`, '#embed-canvas'],
    ['embed message', '#/embed/chiaro/scheda/1.garbled', '#embed-error'],
    ['embed, nothing after it', '#/embed', '#embed-error'],
  ];
  const documents = [];
  const { page, context } = await profile();
  for (const [name, hash, selector] of views) {
    await view(page, hash, selector);
    documents.push({ name, html: await renderedHtml(page) });
  }
  // Dialogs and notices open.
  await view(page, '#/valutazioni', '.assessment-item');
  await page.click('.assessment-item button[id^="delete-"]');
  await page.waitForSelector('dialog[open]');
  documents.push({ name: 'delete dialog', html: await renderedHtml(page) });
  await page.keyboard.press('Escape');
  await page.click('.assessment-item button[id^="rename-"]');
  await page.waitForSelector('dialog[open]');
  await page.fill('#rename-input', ' ');
  await page.click('#rename-save');
  await page.waitForSelector('#rename-error');
  documents.push({ name: 'rename dialog with an error', html: await renderedHtml(page) });
  await page.keyboard.press('Escape');
  await page.click('.assessment-item button[id^="delete-"]');
  await page.click('#confirm-delete');
  await page.waitForSelector('.notices .alert');
  documents.push({ name: 'deleted notice', html: await renderedHtml(page) });
  await context.close();

  // No assessment open; English.
  const none = await profile({ state: { current: null } });
  await view(none.page, '#/questionario', 'h1');
  documents.push({ name: 'questionnaire without an open assessment', html: await renderedHtml(none.page) });
  await none.context.close();
  const en = await profile({ state: { lang: 'en' } });
  for (const [name, hash, selector] of [['results (English)', '#/risultati', '#result-score'], ['start (English)', '#/', '#start-title']]) {
    await view(en.page, hash, selector);
    documents.push({ name, html: await renderedHtml(en.page) });
  }
  await en.context.close();

  // Notes and verification links (answers file v2): an open disclosure, the comune step's date and respondents,
  // the review, the results' and the printed report's evidence tables.
  const v2 = await openPage(browser, server.origin);
  await seedState(v2.page, [exampleText('small-comune-2027.json')]);
  for (const [name, hash, selector] of [
    ['v2: comune step with date and respondents', '#/questionario/comune', '#q-assessed-on'],
    ['v2: review with the evidence', '#/questionario/revisione', '#review-evidence'],
    ['v2: printed report with the annex', '#/rapporto', '#report-evidence'],
  ]) {
    await view(v2.page, hash, selector);
    documents.push({ name, html: await renderedHtml(v2.page) });
  }
  await view(v2.page, '#/questionario/pa-digitale', '#q-anpr-details');
  await v2.page.click('#q-anpr-details > summary');
  await v2.page.fill('#q-anpr-evidence', 'javascript:alert(1)');
  await v2.page.waitForSelector('#q-anpr-evidence-error');
  documents.push({ name: 'v2: an open note with a refused link', html: await renderedHtml(v2.page) });
  await view(v2.page, '#/risultati', '#result-details');
  await v2.page.click('#result-details details:nth-of-type(2) > summary');
  documents.push({ name: 'v2: results with the evidence', html: await renderedHtml(v2.page) });
  await v2.context.close();

  const errors = await nuErrors(documents);
  console.log(`Nu HTML checker: ${errors.length} errors over ${documents.length} views (${documents.map((d) => d.name).join('; ')})`);
  assert.deepEqual(errors, [], formatNuErrors(errors));
});
