// The questionnaire end to end, from dist/ under a sub-path: filled in with the keyboard only (Tab, arrows,
// Space, Enter; no mouse), resumed after a reload, checked with axe on every step at 1280 and 360 px, with a
// screenshot of each step, typed values refused inline, review links that focus their question, and no console
// error, failed request or foreign request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady, sidewaysOverflow } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { exampleText, seedState } from './lib/state.mjs';

const STEPS = ['comune', 'servizi', 'pa-digitale', 'apertura', 'revisione'];
let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const activeId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

/** Presses Tab once and checks where the focus lands. */
async function tab(page, expected) {
  await page.keyboard.press('Tab');
  const id = await activeId(page);
  assert.equal(id, expected, `Tab should reach #${expected}`);
}

/** From a step's h1, where a step change puts the focus: Tab crosses the stepper's five steps, in order. */
async function crossStepper(page) {
  await page.waitForFunction(() => document.activeElement === document.querySelector('#main h1'));
  for (const step of ['comune', 'servizi', 'pa-digitale', 'apertura', 'revisione']) await tab(page, `step-btn-${step}`);
}

/** Presses Tab until the element with this id has the focus (at most `max` times); returns the count. */
async function tabUntil(page, id, max = 60) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if ((await activeId(page)) === id) return i;
  }
  assert.fail(`#${id} not reached with ${max} Tabs (focus on ${await activeId(page)})`);
}

/** In a radio group whose first radio has the focus and none is checked: picks the option at `index`. */
async function pick(page, index) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
}

/** Retries an async assertion until it passes (yew renders asynchronously) or 3 s have passed. */
async function eventually(check) {
  const end = Date.now() + 3000;
  for (;;) {
    try { return await check(); } catch (e) { if (Date.now() > end) throw e; }
    await new Promise((r) => setTimeout(r, 25));
  }
}

const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('care.state.v1')));
const current = async (page) => { const s = await saved(page); return s.assessments.find((a) => a.id === s.current); };

async function stepTitle(page, text) {
  await page.waitForFunction((t) => document.querySelector('#q-step-title')?.textContent === t, text);
}

test('a whole questionnaire filled in with the keyboard only ends complete, with the class shown', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await page.waitForURL(/#\/questionario\/comune$/);
  await stepTitle(page, 'Il Comune');

  // --- The comune: typed values, an invalid one refused inline first.
  await tabUntil(page, 'q-comune-name');
  await page.keyboard.type('Comune di Tastiera');
  await tab(page, 'q-comune-istat_code');
  await page.keyboard.type('05203');
  await eventually(async () => assert.equal(await page.getAttribute('#q-comune-istat_code', 'aria-invalid'), 'true'));
  assert.match(await page.textContent('#q-comune-istat_code-error'), /6 cifre/);
  assert.match(await page.getAttribute('#q-comune-istat_code', 'aria-describedby'), /q-comune-istat_code-error/);
  assert.equal((await current(page)).answers.comune.istat_code, undefined, 'an invalid code is not saved');
  await page.keyboard.type('2');
  await eventually(async () => assert.equal(await page.getAttribute('#q-comune-istat_code', 'aria-invalid'), null));
  await eventually(async () => assert.equal((await current(page)).answers.comune.istat_code, '052032'));
  await tab(page, 'q-comune-year');
  await page.keyboard.type('1999');
  await eventually(async () => assert.match(await page.textContent('#q-comune-year-error'), /tra 2000 e 2100/));
  assert.equal((await current(page)).answers.comune.year, undefined);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('2025');
  await eventually(async () => assert.equal((await current(page)).answers.comune.year, 2025));
  await tab(page, 'q-respondent');
  await page.keyboard.type('Ufficio per la transizione digitale');
  // The date of the assessment and a name and an office per section (answers file v2), all optional.
  await tab(page, 'q-assessed-on');
  for (const step of ['servizi', 'pa-digitale', 'apertura']) {
    await tab(page, `q-respondents-${step}-name`);
    await tab(page, `q-respondents-${step}-office`);
  }
  await tab(page, 'q-next');
  await page.keyboard.press('Enter');
  await stepTitle(page, 'Servizi online');
  await page.waitForFunction(() => document.activeElement === document.querySelector('#main h1'));
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'a new step opens at its top, the focus on the h1, like every page');
  assert.equal((await current(page)).respondent, 'Ufficio per la transizione digitale');
  assert.equal((await current(page)).answers.comune.name, 'Comune di Tastiera');
  await crossStepper(page);

  // --- The 20 services, group by group: Tab reaches each group's summary, then each service's levels.
  const groups = await page.$$eval('details.service-group', (ds) => ds.map((d) => ({
    id: d.id, open: d.open, services: [...d.querySelectorAll('.service-item')].map((s) => s.id.replace(/^svc-/, '')),
  })));
  assert.equal(groups.length, 4);
  assert.equal(groups.flatMap((g) => g.services).length, 20);
  assert.deepEqual(groups.map((g) => g.open), [true, false, false, false], 'only the first group starts open');
  const pattern = [4, 3, 2, 1, 0, 5, 4, 4, 3, 2]; // 5 = N/A
  const levels = {};
  let k = 0;
  for (const g of groups) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
    if (!g.open) await page.keyboard.press('Enter');
    for (const svc of g.services) {
      const level = pattern[k++ % pattern.length];
      // The row's details on demand (who uses it, what the level means), on the name's line: one stop.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.closest('details')?.id), `svc-${svc}-details`);
      await tab(page, `q-services-${svc}-level-0`);
      await pick(page, level);
      levels[svc] = level === 5 ? 'na' : level;
      const expectedValue = level === 5 ? 'na' : String(level);
      assert.equal(await page.$eval(`input[name="q-services-${svc}-level"]:checked`, (i) => i.value), expectedValue);
      if (level >= 3 && level <= 4) {
        await tab(page, `q-services-${svc}-spid`);
        await page.keyboard.press('Space');
        await tab(page, `q-services-${svc}-cie`);
        if (level === 4) await page.keyboard.press('Space');
      } else {
        assert.equal(await page.$(`#q-services-${svc}-spid`), null, 'SPID is asked only at level 3-4');
      }
      // "Nota e link di verifica", closed: one stop.
      await tab(page, 'SUMMARY');
    }
    const badge = await page.textContent(`#${g.id} .count-badge`);
    assert.match(badge, new RegExp(`^${g.services.length} di ${g.services.length} servizi$`));
  }
  await tab(page, 'q-prev');
  await tab(page, 'q-next');
  await page.keyboard.press('Enter');
  await stepTitle(page, 'PA digitale');
  await axeClean(page, 'PA digitale');
  await crossStepper(page);

  // --- Digital PA: pagoPA yes, ten payment types, ANPR.
  await tab(page, 'q-pagopa-active-yes');
  await page.keyboard.press('Space');
  await tab(page, 'SUMMARY');
  const payments = await page.$$eval('fieldset[id^="q-pagopa-payments-"]', (fs) => fs.map((f) => f.id.replace('q-pagopa-payments-', '')));
  assert.equal(payments.length, 10);
  for (const [i, p] of payments.entries()) {
    await tab(page, `q-pagopa-payments-${p}-pagopa`);
    await pick(page, i % 4 === 3 ? 1 : 0);
    await tab(page, 'SUMMARY');
  }
  await tab(page, 'q-anpr-completed');
  await page.keyboard.press('ArrowDown'); // in progress
  await tab(page, 'SUMMARY');
  await tab(page, 'q-prev');
  await tab(page, 'q-next');
  await page.keyboard.press('Enter');
  await stepTitle(page, 'Apertura');
  await crossStepper(page);

  // --- Openness: typed numbers (invalid first), licence, DCAT, API, seven networks.
  await tab(page, 'q-open_data-datasets');
  await page.keyboard.type('-3');
  await page.waitForSelector('#q-open_data-datasets-error');
  assert.match(await page.textContent('#q-open_data-datasets-error'), /negativo/);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('85');
  await tab(page, 'SUMMARY');
  await tab(page, 'q-open_data-open_format_share');
  await page.keyboard.type('120');
  await page.waitForSelector('#q-open_data-open_format_share-error');
  assert.match(await page.textContent('#q-open_data-open_format_share-error'), /da 0 a 100/);
  // Typed one key at a time, "1" and "12" were valid and saved; "120" is refused and "12" stays, as it says.
  assert.equal((await current(page)).answers.open_data.open_format_share, 12);
  assert.match(await page.textContent('#q-open_data-open_format_share-error'), /resta salvato il valore precedente: «12»/i);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('72,5');
  await tab(page, 'SUMMARY');
  await tab(page, 'q-open_data-licence-all');
  await page.keyboard.press('Space');
  await tab(page, 'SUMMARY');
  await tab(page, 'q-open_data-dcat_harvested-yes');
  await page.keyboard.press('Space');
  await tab(page, 'SUMMARY');
  await tab(page, 'q-open_data-api_or_bulk-yes');
  await page.keyboard.press('ArrowRight'); // no
  await tab(page, 'SUMMARY');
  const networks = await page.$$eval('fieldset[id^="q-social-"]', (fs) => fs.map((f) => f.id.replace('q-social-', '')));
  assert.equal(networks.length, 7);
  for (const [i, n] of networks.entries()) {
    await tab(page, `q-social-${n}-none`);
    await pick(page, i < 4 ? 2 : i === 4 ? 1 : 0);
    await tab(page, 'SUMMARY');
  }
  await tab(page, 'q-prev');
  await tab(page, 'q-next');
  await page.keyboard.press('Enter');
  await stepTitle(page, 'Revisione');

  // --- Complete: the review says so, the panel shows a final class.
  await page.waitForSelector('#review-complete');
  const panel = await page.textContent('.score-panel');
  assert.match(panel, /^Punteggio/);
  assert.doesNotMatch(panel, /provvisori/);
  const cls = await page.textContent('#score-class .class-badge');
  assert.match(cls, /^(Blocchi di partenza|Stacco|Spinta)/);
  assert.equal(await page.getAttribute('.progress', 'aria-valuetext'), await page.evaluate(() => {
    const el = document.querySelector('.progress'); return `${el.getAttribute('aria-valuemax')} di ${el.getAttribute('aria-valuemax')} domande completate`;
  }));
  // DPS as the model defines it: the integer part of the mean of 25 x level over the applicable services.
  const rated = Object.values(levels).filter((l) => l !== 'na');
  const dps = Math.floor(rated.reduce((s, l) => s + 25 * l, 0) / rated.length + 1e-9);
  assert.equal((await page.textContent('#score-dps .score-mini-value')).trim(), String(dps));
  const a = await current(page);
  assert.equal(Object.keys(a.answers.services).length, 20);
  assert.equal(a.answers.open_data.open_format_share, 72.5);
  assert.equal(a.answers.anpr, 'in_progress');
  assert.equal(a.step, 'revisione');
  await shot(page, 'questionnaire-complete-1280');
  await axeClean(page, 'review, complete');
  assert.deepEqual(problems(), []);
  await context.close();
});

/** Answers a few questions with clicks (this test is about resuming, not about the keyboard). */
async function answerSome(page) {
  await page.goto(`${server.url}#/questionario/comune`);
  await stepTitle(page, 'Il Comune');
  await page.fill('#q-comune-name', 'Comune di Ripresa');
  await page.fill('#q-comune-year', '2024');
  await page.click('#q-next');
  await stepTitle(page, 'Servizi online');
  await page.click('#q-services-certificati-anagrafici-level-4');
  await page.click('#q-services-certificati-anagrafici-spid');
  await page.click('#q-services-cambio-residenza-level-na');
  await page.click('#q-next');
  await stepTitle(page, 'PA digitale');
  await page.click('#q-pagopa-active-no');
  await page.click('#q-anpr-completed');
}

test('a reload half-way resumes at the same step with every answer', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await answerSome(page);
  assert.ok(await page.isVisible('#q-payments-not-asked'), 'payment types are not asked without pagoPA');
  const valuetext = await page.getAttribute('.progress', 'aria-valuetext');
  // Of the 44 questions: two services (one at level 4 with SPID, and CIE "no" until ticked; one N/A), pagoPA
  // "no" (which settles the 10 payment types), ANPR.
  assert.equal(valuetext, '14 di 44 domande completate');

  await page.goto(`${server.url}#/`);
  await page.reload();
  await appReady(page);
  await page.goto(`${server.url}#/questionario`);
  await page.waitForURL(/#\/questionario\/pa-digitale$/);
  await stepTitle(page, 'PA digitale');
  assert.ok(await page.isChecked('#q-pagopa-active-no'));
  assert.ok(await page.isChecked('#q-anpr-completed'));
  assert.equal(await page.getAttribute('.progress', 'aria-valuetext'), valuetext);
  await page.click('#step-btn-servizi');
  await stepTitle(page, 'Servizi online');
  assert.ok(await page.isChecked('#q-services-certificati-anagrafici-level-4'));
  assert.ok(await page.isChecked('#q-services-certificati-anagrafici-spid'));
  assert.ok(!(await page.isChecked('#q-services-certificati-anagrafici-cie')));
  assert.ok(await page.isChecked('#q-services-cambio-residenza-level-na'));
  await page.click('#step-btn-comune');
  await stepTitle(page, 'Il Comune');
  assert.equal(await page.inputValue('#q-comune-name'), 'Comune di Ripresa');
  assert.equal(await page.inputValue('#q-comune-year'), '2024');
  assert.equal(await page.textContent('h1'), 'Questionario — Comune di Ripresa');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('review links open the section and focus the exact question', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await answerSome(page);
  await page.click('#step-btn-revisione');
  await stepTitle(page, 'Revisione');
  const links = await page.$$eval('#review-missing a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.every((h) => /^#\/questionario\/[a-z-]+\?focus=q-[a-z0-9_-]+$/.test(h)), links.join('\n'));
  assert.ok(!links.some((h) => h.includes('pagopa-payments')), 'no payment type is asked without pagoPA');
  // A service in a group that starts closed: the group opens and its first level radio has the focus.
  await page.click('a[href$="focus=q-services-imu-level"]');
  await stepTitle(page, 'Servizi online');
  await page.waitForFunction(() => document.activeElement?.id === 'q-services-imu-level-0');
  assert.ok(await page.$eval('#q-services-imu-level', (f) => f.closest('details').open));
  await page.waitForURL(/#\/questionario\/servizi$/);
  // Back to the review with the keyboard, then a typed field.
  await page.click('#step-btn-revisione');
  await stepTitle(page, 'Revisione');
  await page.click('a[href$="focus=q-open_data-datasets"]');
  await page.waitForFunction(() => document.activeElement?.id === 'q-open_data-datasets');
  await page.click('#step-btn-revisione');
  await page.click('a[href$="focus=q-social-x"]');
  await page.waitForFunction(() => document.activeElement?.id === 'q-social-x-none');
  assert.deepEqual(problems(), []);
  await context.close();
});

/**
 * A fresh page of `viewport` with some answers, then each step opened with its button and `check(page, step)` run
 * on it; resolves to what openPage gave (the page still open).
 */
async function eachStep(viewport, check) {
  const opened = await openPage(browser, server.origin, { viewport });
  const { page } = opened;
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await answerSome(page);
  for (const step of STEPS) {
    await page.click(`#step-btn-${step}`);
    await page.waitForURL(new RegExp(`#/questionario/${step}$`));
    await page.waitForSelector('#q-step-title');
    await check(page, step);
  }
  return opened;
}

/** Asserts that the page of `step` does not scroll sideways at `width` px. */
async function noSidewaysScroll(page, step, width) {
  const overflow = await sidewaysOverflow(page);
  assert.ok(overflow <= 0, `${step} at ${width} px scrolls sideways by ${overflow} px`);
}

test('every step passes axe at 1280 and 360 px; screenshots of each', async () => {
  for (const width of [1280, 360]) {
    const { problems, context } = await eachStep({ width, height: 900 }, async (page, step) => {
      if (step === 'servizi') await page.focus('#q-services-certificati-anagrafici-level-4');
      if (step === 'apertura') {
        // An invalid value on screen too, so that its markup is checked.
        await page.fill('#q-open_data-open_format_share', '120');
        await page.waitForSelector('#q-open_data-open_format_share-error');
      }
      await shot(page, `questionnaire-${step}-${width}`);
      await axeClean(page, `${step} at ${width} px`);
      await noSidewaysScroll(page, step, width);
    });
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test('the questionnaire follows the language, errors included', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await stepTitle(page, 'Il Comune');
  await page.fill('#q-comune-year', '1999');
  await page.click('button.lang-btn[lang=en]');
  await stepTitle(page, 'The comune');
  assert.match(await page.textContent('#q-comune-year-error'), /between 2000 and 2100/);
  await page.click('#step-btn-servizi');
  await stepTitle(page, 'Online services');
  assert.match(await page.textContent('#svc-certificati-anagrafici legend'), /Level of online availability/);
  await page.click('#q-services-certificati-anagrafici-level-3');
  assert.match(await page.textContent('#svc-certificati-anagrafici .level-help'), /Level 3 — Online submission/);
  assert.match(await page.textContent('#svc-certificati-anagrafici .auth-options'), /Access with:/);
  await shot(page, 'questionnaire-servizi-en-1280');
  await axeClean(page, 'services in English');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('no sideways scrolling at 320 px, nor at 640 px (1280 px at 200 % zoom)', async () => {
  for (const width of [320, 640]) {
    const { page, problems, context } = await eachStep({ width, height: 800 }, async (page, step) => {
      // Every group open, so that every row is laid out.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await noSidewaysScroll(page, step, width);
    });
    await shot(page, `questionnaire-revisione-${width}`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

/** The questionnaire's completion as shown: "14 di 44 domande completate · 31%" -> { answered, total, percent }. */
async function questionnaireCompletion(page) {
  const text = (await page.textContent('.progress-value')).trim();
  const m = text.match(/^(\d+) di (\d+) domande completate · (\d+)%$/);
  assert.ok(m, text);
  return { answered: Number(m[1]), total: Number(m[2]), percent: Number(m[3]) };
}

test('one completion: the total does not move while answering, and Le mie valutazioni shows the same figure', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario`);
  await appReady(page);
  await stepTitle(page, 'Il Comune');
  const start = await questionnaireCompletion(page);
  assert.deepEqual(start, { answered: 0, total: 44, percent: 0 });
  await page.fill('#q-comune-name', 'Comune di Misura');
  await page.click('#step-btn-servizi');
  await stepTitle(page, 'Servizi online');
  // A service going online asks SPID and CIE inside its own question: no new question appears.
  await page.click('#q-services-certificati-anagrafici-level-4');
  await eventually(async () => assert.equal((await questionnaireCompletion(page)).answered, 1));
  await page.click('#q-services-cambio-residenza-level-3');
  await page.click('#q-services-carta-identita-level-1');
  await page.click('#q-services-contributi-bonus-level-na');
  await eventually(async () => assert.deepEqual(await questionnaireCompletion(page), { answered: 4, total: 44, percent: 9 }));
  await page.click('#step-btn-pa-digitale');
  await stepTitle(page, 'PA digitale');
  // pagoPA "sì" asks the 10 payment types, which were counted from the start; "no" settles them.
  await page.click('#q-pagopa-active-yes');
  await eventually(async () => assert.deepEqual(await questionnaireCompletion(page), { answered: 5, total: 44, percent: 11 }));
  await page.click('#q-pagopa-active-no');
  await eventually(async () => assert.deepEqual(await questionnaireCompletion(page), { answered: 15, total: 44, percent: 34 }));
  await page.click('#q-pagopa-active-yes');
  await page.click('#q-pagopa-payments-tari-pagopa');
  await page.click('#q-anpr-in_progress');
  const shown = await questionnaireCompletion(page);
  assert.deepEqual(shown, { answered: 7, total: 44, percent: 15 });
  assert.equal(await page.getAttribute('.progress', 'aria-valuetext'), '7 di 44 domande completate');

  // Le mie valutazioni: the same assessment, the same figure.
  await page.click('a[href$="#/valutazioni"]');
  await page.waitForSelector('.assessment-meta');
  const meta = await page.textContent('.assessment-list .assessment-meta');
  assert.match(meta, new RegExp(`completa al ${shown.percent}%`), meta);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the live score says "in corso" and what it waits for while a group is half answered, never a red 0', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario/servizi`);
  await appReady(page);
  await stepTitle(page, 'Servizi online');
  const dpa = () => page.textContent('#score-dpa');
  // Level 4 for the first service: DPS shows, DPA waits for pagoPA and ANPR (it used to show "0 basso" in red).
  await page.click('#q-services-certificati-anagrafici-level-4');
  await page.waitForSelector('#score-dpa-waits');
  assert.match(await page.textContent('#score-dps'), /DPS.*100.*elevato/);
  assert.match(await dpa(), /in corso/);
  assert.equal(await page.$('#score-dpa .band'), null, 'no band while in corso');
  assert.equal(await page.textContent('#score-dpa-waits'), 'DPA in corso, in attesa di: pagoPA, ANPR');
  assert.equal(await page.getAttribute('#score-dpa .score-mini-pending', 'aria-describedby'), 'score-dpa-waits');
  await page.click('#step-btn-pa-digitale');
  await stepTitle(page, 'PA digitale');
  await page.click('#q-anpr-completed');
  await page.click('#q-pagopa-active-yes');
  await eventually(async () => assert.equal(await page.textContent('#score-dpa-waits'), 'DPA in corso, in attesa di: 10 tipi di pagamento'));
  const payments = await page.$$eval('fieldset[id^="q-pagopa-payments-"]', (fs) => fs.map((f) => f.id));
  for (const [i, id] of payments.entries()) {
    await page.click(`#${id}-${i < 9 ? 'pagopa' : 'other'}`);
    if (i === 8) await eventually(async () => assert.equal(await page.textContent('#score-dpa-waits'), 'DPA in corso, in attesa di: 1 tipo di pagamento'));
  }
  // Every group answered: DPA = (0 + 0 + 90 + 100) / 4 = 47, sufficiente (the flags are "no" until ticked).
  await page.waitForSelector('#score-dpa-waits', { state: 'detached' });
  assert.match(await dpa(), /47\s*sufficiente/);
  await axeClean(page, 'DPA shown');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an imported online service without SPID/CIE is named by the live score', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await seedState(context, [exampleText('partial.json')], { unlessSet: true });
  await page.goto(`${server.url}#/questionario/revisione`);
  await appReady(page);
  await stepTitle(page, 'Revisione');
  await page.waitForSelector('#score-dpa-waits');
  assert.equal(await page.textContent('#score-dpa-waits'),
    'DPA in corso, in attesa di: SPID/CIE per Certificati anagrafici e di stato civile, 6 tipi di pagamento');
  assert.equal(await page.textContent('#score-do-waits'),
    'DO in corso, in attesa di: 3 domande sugli open data, 5 social network');
  assert.equal(await page.$('#score-care'), null, 'no index while a dimension is in corso');
  await axeClean(page, 'panel in corso');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('tabbing into an unanswered service chooses nothing and describes no level as chosen', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(`${server.url}#/questionario/servizi`);
  await appReady(page);
  await stepTitle(page, 'Servizi online');
  await page.focus('#q-step-title');
  await tabUntil(page, 'q-services-certificati-anagrafici-level-0');
  const row = '#svc-certificati-anagrafici';
  assert.equal(await page.$(`${row} input:checked`), null);
  const help = await page.textContent(`${row} .service-details`);
  assert.doesNotMatch(help, /Livello 0/, 'the focused first radio is not an answer');
  // Before a choice the details give this service's examples of the online levels.
  assert.match(help, /Livello 3 — Invio online: .*Livello 4 — Tutto online: /s);
  await page.keyboard.press('ArrowRight');
  await eventually(async () => assert.match(await page.textContent(`${row} .level-help-title`), /^Livello 1 — Informazioni$/));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('on a phone the level names show, N/A looks like an answer, a social network is one row', async () => {
  const { page, problems, context } = await openPage(browser, server.origin, { viewport: { width: 360, height: 740 } });
  await page.goto(`${server.url}#/questionario/servizi`);
  await appReady(page);
  await stepTitle(page, 'Servizi online');
  const row = '#svc-certificati-anagrafici';
  const names = await page.$$eval(`${row} .segmented-option small`, (ss) => ss.map((s) => {
    const r = s.getBoundingClientRect();
    return { text: s.textContent, visible: r.width > 20 && r.height > 5 };
  }));
  assert.deepEqual(names.map((n) => n.text), ['Assente', 'Informazioni', 'Moduli da scaricare', 'Invio online', 'Tutto online', 'Non di competenza']);
  assert.ok(names.every((n) => n.visible), JSON.stringify(names));
  const rows = await page.$$eval(`${row} .segmented-option`, (os) => new Set(os.map((o) => Math.round(o.getBoundingClientRect().top))).size);
  assert.equal(rows, 2, 'three choices per row');
  const look = (sel) => page.$eval(sel, (el) => { const c = getComputedStyle(el); return [c.borderTopStyle, c.borderTopColor, c.color]; });
  assert.deepEqual(await look(`${row} .is-na span`), await look(`${row} .segmented-option:first-child span`), 'N/A drawn as the levels');
  // The details wait for a tap on a phone.
  assert.equal(await page.$eval(`${row} .service-details`, (d) => d.open), false);
  await page.click(`${row} .service-details summary`);
  assert.ok(await page.isVisible(`${row} .service-desc`));
  await page.click('#step-btn-apertura');
  await stepTitle(page, 'Apertura');
  const tops = await page.$$eval('#q-social-facebook .segmented-option', (os) => os.map((o) => Math.round(o.getBoundingClientRect().top)));
  assert.equal(tops.length, 3);
  assert.equal(new Set(tops).size, 1, 'the three statuses of a network side by side');
  await axeClean(page, 'openness at 360 px');
  assert.deepEqual(problems(), []);
  await context.close();
});
