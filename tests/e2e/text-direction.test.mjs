// Text direction: a comune name can never reorder the text around it. Invisible direction characters (the
// right-to-left override U+202E and the like) are refused with a message wherever a name comes in: the
// questionnaire, the rename dialog, an imported file, a share link, an embed address and the saved state at load
// (set aside, not lost). A name in a right-to-left script is allowed and shown isolated (`<bdi>`), so the date or
// year next to it keeps its order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, appReady } from './lib/browser.mjs';
import { STATE_KEY, exampleText, payloadOf, seededPage } from './lib/state.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const RLO = '\u202E';
/** The small example with `name` as the comune's name, as JSON text. */
function named(name) {
  const a = JSON.parse(exampleText('small-comune.json'));
  a.comune.name = name;
  return JSON.stringify(a);
}

const seeded = (files, state) => seededPage(browser, server.origin, files, { state });

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), STATE_KEY);

test('direction characters are refused in the questionnaire and the rename dialog', async () => {
  const { page, context, problems } = await seeded([exampleText('small-comune.json')]);
  await page.goto(`${server.url}#/questionario/comune`);
  await appReady(page);
  await page.waitForSelector('#q-comune-name');
  await page.fill('#q-comune-name', `Comune ${RLO}6202`);
  await page.waitForSelector('#q-comune-name-error');
  assert.match(await page.textContent('#q-comune-name-error'), /carattere invisibile che cambia la direzione/);
  await page.waitForTimeout(200);
  assert.equal(JSON.parse(await stored(page)).assessments[0].name, 'Comune di Borgomonte (esempio)', 'not saved');
  await page.fill('#q-respondent', `Ufficio ${RLO}DTR`);
  await page.waitForSelector('#q-respondent-error');
  assert.match(await page.textContent('#q-respondent-error'), /direzione/);

  await page.goto(`${server.url}#/valutazioni`);
  await page.click('.assessment-item button[id^="rename-"]');
  await page.fill('#rename-input', `Comune ${RLO}6202`);
  await page.click('#rename-save');
  assert.match(await page.textContent('#rename-error'), /direzione/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an imported file, a share link and an embed with a direction character are refused, naming it', async () => {
  const { page, context, problems } = await seeded([exampleText('partial.json')]);
  await page.goto(`${server.url}#/file`);
  await appReady(page);
  const before = await stored(page);
  await page.setInputFiles('#import-file', { name: 'rovesciato.json', mimeType: 'application/json', buffer: Buffer.from(named(`Comune ${RLO}6202`)) });
  const alert = page.locator('.alert-danger');
  await alert.waitFor();
  assert.match(await alert.textContent(), /comune\.name: il nome contiene un carattere invisibile che cambia la direzione del testo \(U\+202E\)/);

  const payload = payloadOf(named(`Comune ${RLO}6202`));
  await page.goto(`${server.url}#/condivisa/${payload}`);
  await page.waitForSelector('h1:has-text("Impossibile aprire il link")');
  assert.match(await page.textContent('main'), /U\+202E/);
  await page.goto(`${server.url}#/embed/chiaro/scheda/${payload}`);
  await page.waitForSelector('#embed-error');
  assert.match(await page.textContent('#embed-error'), /U\+202E/);
  assert.equal(await stored(page), before, 'nothing saved');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a saved assessment with a direction character is set aside at load, named in the notice', async () => {
  const { page, context, problems } = await seeded([named(`Comune ${RLO}6202`), exampleText('partial.json')], { current: 'seed1' });
  await page.goto(`${server.url}#/valutazioni`);
  await appReady(page);
  const notice = page.locator('.notices .alert-warning');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /messe da parte: n\. 1 «Comune 6202» \(comune\.name: il nome contiene un carattere invisibile/);
  assert.equal(await page.locator('.assessment-item').count(), 1);
  assert.doesNotMatch(await page.textContent('main'), new RegExp(RLO));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a name in a right-to-left script is shown isolated: the date and year beside it keep their order', async () => {
  const name = 'קריית שמונה';
  const { page, context, problems } = await seeded([named(name)]);
  await page.goto(`${server.url}#/risultati`);
  await appReady(page);
  await page.waitForSelector('#result-score');
  const lead = page.locator('.page-header .lead bdi');
  assert.equal(await lead.first().textContent(), name, 'the name is in its own <bdi>');
  await page.goto(`${server.url}#/questionario/comune`);
  await page.waitForSelector('#q-comune-name');
  assert.equal(await page.textContent('h1 bdi'), name);
  await page.goto(`${server.url}#/embed/chiaro/scheda/${payloadOf(named(name))}`);
  await page.waitForSelector('#embed-score');
  assert.deepEqual(await page.$$eval('#embed-title bdi', (b) => b.map((x) => x.textContent)), [name, '2026']);
  assert.deepEqual(problems(), []);
  await context.close();
});
