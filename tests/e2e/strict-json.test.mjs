// Strict JSON everywhere JSON comes in: a key written twice is refused with the key named (an answers file, a share
// link, the saved state at load), and messages about broken JSON are in the interface language only, never with
// the JSON parser's English text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, appReady } from './lib/browser.mjs';
import { STATE_KEY, savedState, exampleText, payloadOf, seedStorage } from './lib/state.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The small example with its `format` key written twice, the first time wrong (a parser keeping the last accepts it). */
const twiceFormat = () => exampleText('small-comune.json').replace('"format": "care-answers",', '"format": "other", "format": "care-answers",');
/** The small example with a service level written twice. */
const twiceLevel = () => exampleText('small-comune.json').replace('"imu": { "level": 2 }', '"imu": { "level": 2, "level": 4 }');
/** English words of the JSON parser's messages. */
const PARSER_ENGLISH = /EOF|while parsing|expected|at line|column \d+ of|trailing|key must be/;

async function seeded(state) {
  const p = await openPage(browser, server.origin);
  if (state) await seedStorage(p.context, { [STATE_KEY]: state });
  return p;
}

test('an answers file with a repeated key, or cut short, is refused with an Italian message naming the key', async () => {
  assert.ok(twiceFormat().includes('"format": "other"') && twiceLevel().includes('"level": 4'));
  const { page, context, problems } = await seeded(savedState([exampleText('partial.json')]));
  await page.goto(`${server.url}#/file`);
  await appReady(page);
  const alert = page.locator('.alert-danger');
  const upload = async (name, text) => {
    await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction((n) => document.querySelector('.alert-danger')?.textContent.includes(n), name);
    return alert.textContent();
  };
  assert.match(await upload('doppio.json', twiceFormat()), /«doppio\.json»: format: questo campo compare due volte/);
  assert.match(await upload('livello.json', twiceLevel()), /«livello\.json»: services\.imu\.level: questo campo compare due volte/);
  const cut = await upload('tagliato.json', '{"format": "care-answers", ');
  assert.match(cut, /non è un file JSON valido: il testo si interrompe prima della fine \(riga 1, colonna 27\)/);
  assert.doesNotMatch(cut, PARSER_ENGLISH);
  const garbled = await upload('storto.json', '{"format": care}');
  assert.match(garbled, /carattere inatteso alla riga 1, colonna 12/);
  assert.doesNotMatch(garbled, PARSER_ENGLISH);
  assert.equal(await page.locator('dialog[open]').count(), 0, 'nothing offered for import');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a share link whose answers repeat a key is refused, naming it', async () => {
  const { page, context, problems } = await seeded();
  await page.goto(`${server.url}#/condivisa/${payloadOf(twiceLevel())}`);
  await appReady(page);
  await page.waitForSelector('h1:has-text("Impossibile aprire il link")');
  assert.match(await page.textContent('main'), /Il link contiene risposte non valide: services\.imu\.level: questo campo compare due volte/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a saved state with a repeated key is not read with the last value: it is kept aside and reported', async () => {
  const state = savedState([exampleText('small-comune.json')]).replace('"version":1', '"version":1,"version":1');
  const { page, context, problems } = await seeded(state);
  await page.goto(`${server.url}#/valutazioni`);
  await appReady(page);
  const notice = page.locator('.notices .alert-warning');
  await notice.waitFor();
  assert.match(await notice.textContent(), /non erano leggibili.*care\.state\.v1\.unreadable\.\d+/);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((k) => k.startsWith('care.state.v1.unreadable.'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), state, 'kept as it was');
  assert.deepEqual(problems(), []);
  await context.close();
});
