// Notes and verification links (answers file version 2), in Chromium against dist/ under a sub-path: a version-1
// file imports and exports exactly as before; a version-2 file imports and exports byte for byte; in the
// questionnaire "Nota e link di verifica" is closed, opens from the keyboard, refuses a javascript: address with
// a message naming the problem and saves a valid note and link (the export becomes version 2); the review and the
// results show them; the print view's annex «Evidenze» is printed to PDF (rendered to PNG with pdftoppm under
// tests/e2e/artifacts/, to be looked at) with the notes and the whole addresses; axe finds nothing (the Nu HTML
// checker sees the same views in valid-html.test.mjs). Screenshots at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve } from './lib/server.mjs';
import { launch, shot, appReady } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY, exampleText, seededPage } from './lib/state.mjs';
import { printToPdf, pdfPageCount, pdfToPngs } from './lib/pdf.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh profile whose localStorage starts with these answers files (written once, before the app starts). */
const seeded = (files, opts) => seededPage(browser, server.origin, files, opts);

async function go(page, hash) {
  await page.goto(`${server.url}${hash}`);
  await appReady(page);
}

/** Imports a file on the files page (added as a new assessment) and exports it back; returns the exported text. */
async function importThenExport(name) {
  const { page, context, problems } = await seeded([]);
  try {
    await go(page, '#/file');
    await page.setInputFiles('#import-file', {
      name, mimeType: 'application/json', buffer: Buffer.from(exampleText(name)),
    });
    const dialog = page.locator('dialog.modal-dialog[open]');
    await dialog.waitFor();
    await dialog.locator('button:has-text("Aggiungi come nuova valutazione")').click();
    await page.waitForSelector('text=è stata aggiunta alle tue valutazioni');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Esporta risposte (JSON)")'),
    ]);
    const exported = fs.readFileSync(await download.path(), 'utf8');
    assert.deepEqual(problems(), []);
    return exported;
  } finally {
    await context.close();
  }
}

test('a version-1 file imports and exports as before; a version-2 file round-trips byte for byte', async () => {
  const v1 = await importThenExport('small-comune.json');
  assert.equal(v1, exampleText('small-comune.json'), 'version 1, byte for byte');
  assert.match(v1, /"version": 1,/);
  const v2 = await importThenExport('small-comune-2027.json');
  assert.equal(v2, exampleText('small-comune-2027.json'), 'version 2, byte for byte');
});

test('the questionnaire: a closed disclosure opened by keyboard, a javascript: link refused, a note and a link saved', async () => {
  const { page, context, problems } = await seeded([exampleText('small-comune.json')]);
  try {
    await go(page, '#/questionario/pa-digitale');
    const details = page.locator('#q-anpr-details');
    await details.waitFor();
    assert.equal(await details.getAttribute('open'), null, 'closed by default');
    await axeClean(page, 'digital PA step with closed disclosures');
    // Keyboard: focus the summary and open it with Enter.
    await page.focus('#q-anpr-details > summary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#q-anpr-details[open]');
    assert.equal(await page.textContent('label[for="q-anpr-note"]'), 'Nota su «Subentro in ANPR»');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q-anpr-note', 'Tab reaches the note');
    await page.keyboard.type('Verificato sul cruscotto ANPR il 10 marzo.');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q-anpr-evidence');
    await page.keyboard.type('javascript:alert(1)');
    const error = page.locator('#q-anpr-evidence-error');
    await error.waitFor();
    assert.match(await error.textContent(), /"javascript:" non è accettato: il link di verifica deve iniziare con https:\/\/ o http:\/\//);
    assert.equal(await page.getAttribute('#q-anpr-evidence', 'aria-invalid'), 'true');
    assert.match(await page.getAttribute('#q-anpr-evidence', 'aria-describedby'), /q-anpr-evidence-error/);
    await axeClean(page, 'an open disclosure with an error');
    let saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY));
    assert.equal(saved.assessments[0].answers.notes.anpr.evidence, undefined, 'the refused address is not saved');
    assert.equal(saved.assessments[0].answers.notes.anpr.note, 'Verificato sul cruscotto ANPR il 10 marzo.');
    assert.equal(saved.assessments[0].answers.version, 2, 'a note makes the saved answers version 2');
    await page.fill('#q-anpr-evidence', 'https://www.anpr.interno.it/portale/');
    await page.waitForSelector('#q-anpr-details a.evidence-link');
    const link = page.locator('#q-anpr-details a.evidence-link');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    assert.match(await link.textContent(), /^www\.anpr\.interno\.it/);
    assert.equal(await page.locator('#q-anpr-evidence-error').count(), 0);
    await shot(page, 'evidence-questionnaire-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator('#q-anpr-details').scrollIntoViewIfNeeded();
    await shot(page, 'evidence-questionnaire-360', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY));
    assert.equal(saved.assessments[0].answers.notes.anpr.evidence, 'https://www.anpr.interno.it/portale/');

    // The comune step: the date of the assessment and a respondent.
    await go(page, '#/questionario/comune');
    await page.fill('#q-assessed-on', '15/03/2026');
    await page.fill('#q-respondents-pa-digitale-office', 'Ufficio anagrafe');
    await page.waitForTimeout(200);
    saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY));
    assert.equal(saved.assessments[0].answers.assessed_on, '2026-03-15');
    assert.deepEqual(saved.assessments[0].answers.respondents, { digital_pa: { office: 'Ufficio anagrafe' } });
    await axeClean(page, 'comune step');

    // The review lists the note and the link.
    await go(page, '#/questionario/revisione');
    const review = page.locator('#review-evidence');
    await review.waitFor();
    assert.match(await review.textContent(), /Subentro in ANPR.*Verificato sul cruscotto ANPR il 10 marzo\..*www\.anpr\.interno\.it/s);
    // «Evidenze» shows once, as the section's heading; the table keeps it as its name for screen readers.
    const shown = await review.evaluate((section) => [...section.querySelectorAll('h3, caption')]
      .filter((el) => el.getBoundingClientRect().width > 1).map((el) => `${el.tagName}: ${el.textContent}`));
    assert.deepEqual(shown, ['H3: Evidenze']);
    assert.equal(await page.getAttribute('#review-evidence .table-responsive', 'aria-label'), 'Evidenze');
    assert.equal(await review.locator('caption').textContent(), 'Evidenze');
    // On a phone each question's evidence is a block: nothing to scroll sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    assert.equal(await page.$eval('#review-evidence .table-responsive', (r) => r.scrollWidth - r.clientWidth), 0);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    await axeClean(page, 'review with evidence at 360 px');
    await shot(page, 'evidence-review-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await axeClean(page, 'review with evidence');
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('results, print view and PDF show the notes and links; axe finds nothing', async () => {
  const { page, context, problems } = await seeded([exampleText('small-comune-2027.json')]);
  try {
    await go(page, '#/risultati');
    await page.waitForSelector('#result-details');
    await page.locator('#result-details details').nth(1).locator('summary').click();
    const dpa = await page.locator('#result-details details').nth(1).textContent();
    assert.match(dpa, /Evidenze · PA digitale — Ufficio ragioneria/);
    assert.match(dpa, /Avvisi pagoPA dal 2027\./);
    const links = page.locator('#result-details a.evidence-link');
    assert.ok(await links.count() > 0);
    for (const l of await links.all()) {
      assert.equal(await l.getAttribute('rel'), 'noopener noreferrer');
      assert.equal(await l.getAttribute('target'), '_blank');
      assert.match(await l.getAttribute('href'), /^https?:\/\//);
    }
    await axeClean(page, 'results with evidence');

    await go(page, '#/rapporto');
    await page.waitForSelector('#report-evidence');
    const annex = await page.locator('section:has(#report-evidence)').textContent();
    assert.match(annex, /Evidenze · Servizi pubblici digitali — Anna Ferri \(Servizi demografici\)/);
    await axeClean(page, 'print view with the annex');
    // A review link's focus opens the service's group.
    await go(page, '#/questionario/servizi?focus=q-services-iscrizione-nido-level');
    await page.click('#q-services-iscrizione-nido-details > summary');
    await page.waitForSelector('#q-services-iscrizione-nido-details[open]');
    await axeClean(page, 'services step with an open disclosure');
    await shot(page, 'evidence-services-1280');

    // The PDF: the annex with the notes and the whole addresses, rendered to PNG to be looked at.
    await go(page, '#/rapporto');
    await page.waitForSelector('#report-evidence');
    const pdf = await printToPdf(page, 'evidence-report');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /Evidenze/);
    assert.match(text, /Avvisi pagoPA dal 2027\./);
    // In print each link is followed by its whole address (app.css), wrapped within its column.
    const plain = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    assert.ok(plain.includes('checkout.pagopa.it(https://checkout.pagopa.it/)'), 'the whole address is printed');
    assert.match(text, /12\/03\/2027/, 'the date of the assessment');
    const pages = pdfPageCount(pdf);
    // The last pages hold the annex: render them.
    const pngs = pdfToPngs(pdf, 'evidence-report', { first: Math.max(1, pages - 1), last: pages });
    assert.ok(pngs.length >= 1, pngs.join(','));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
