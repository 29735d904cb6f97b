// Where pages open: every change of route starts at the top of the new page with the focus on its h1 (the header's
// menu, the footer's link from the bottom of a long page, a questionnaire step, the light app handing over to the
// full one, where the focus must not go back to the link followed); Back and Forward bring back the position the
// reader left; an in-page link scrolls to its section as a history entry of its own; "Importa un file" is one click
// away from the start page, the questionnaire, the saved assessments, the results and the menu.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, appReady, pageCondition, askToSaveData } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { STATE_KEY, exampleText, seedState } from './lib/state.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = [{ width: 1280, height: 800 }, { width: 360, height: 740 }];

/** A page with one complete assessment saved and open (a long results page). */
async function seeded(viewport, { saveData = false } = {}) {
  const opened = await openPage(browser, server.origin, { viewport });
  await seedState(opened.page, [exampleText('large-city.json')]);
  if (saveData) await askToSaveData(opened.page);
  return opened;
}

/** Where the page stands: scroll position, the focused element, the h1's text and its place in the viewport. */
const place = (page) => page.evaluate(() => {
  const h1 = document.querySelector('#main h1');
  return {
    y: Math.round(window.scrollY),
    focused: document.activeElement?.tagName,
    focusedText: document.activeElement?.textContent?.trim(),
    h1: h1?.textContent?.trim(),
    h1Top: h1 ? Math.round(h1.getBoundingClientRect().top) : null,
    hash: location.hash,
  };
});

/** Waits until the page shows the h1 `title` and has placed itself (the h1 focused). */
async function arrived(page, title) {
  await pageCondition(page, (t) => {
    const h1 = document.querySelector('#main h1');
    return h1 && h1.textContent.trim() === t && document.activeElement === h1;
  }, title, { timeout: 20000 });
  const p = await place(page);
  assert.equal(p.y, 0, `${title}: opens at the top (${JSON.stringify(p)})`);
  assert.ok(p.h1Top >= 0 && p.h1Top < 800, `${title}: its h1 is in view (${p.h1Top})`);
  return p;
}

/** Scrolls to `y` (or the bottom) and waits until the position is written to the history entry. */
async function scrollTo(page, y = null) {
  const target = await page.evaluate((to) => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, to === null ? max : Math.min(to, max));
    return Math.round(window.scrollY);
  }, y);
  await pageCondition(page, (t) => Math.round(history.state?.careScrollY ?? -1) === t, target);
  return target;
}

async function atPosition(page, y, what) {
  await pageCondition(page, (t) => Math.abs(window.scrollY - t) <= 1, y, { timeout: 10000 })
    .catch(async () => assert.fail(`${what}: at ${y} (${JSON.stringify(await place(page))})`));
}

for (const viewport of SIZES) {
  test(`every route opens at its top with the focus on its h1; Back and Forward restore the position (${viewport.width} px)`, async () => {
    const { page, context, problems } = await seeded(viewport);
    await page.goto(`${server.url}#/risultati`);
    await appReady(page);
    await page.waitForSelector('#main h1');

    // From the bottom of the results, the footer's "Come calcoliamo" opens the method page at its top.
    const resultsY = await scrollTo(page);
    assert.ok(resultsY > 1000, `the results are long (${resultsY})`);
    await page.click('footer a[href="#/metodo"]');
    await arrived(page, 'Come calcoliamo');

    // From the bottom of the method page, the footer's accessibility statement opens at its top too.
    const methodY = await scrollTo(page);
    await page.click('footer a[href="#/accessibilita"]');
    await arrived(page, 'Dichiarazione di accessibilità');

    // Back: the method page where it was left; Back again: the results at their bottom; Forward: the method page.
    await page.goBack();
    await page.waitForSelector('#main h1:has-text("Come calcoliamo")');
    await atPosition(page, methodY, 'Back to the method page');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'Back focuses the h1, in place');
    await page.goBack();
    await page.waitForSelector('#main h1:has-text("Risultati")');
    await atPosition(page, resultsY, 'Back to the results');
    await page.goForward();
    await page.waitForSelector('#main h1:has-text("Come calcoliamo")');
    await atPosition(page, methodY, 'Forward to the method page');

    // Every entry of the menu, from half way down the page before.
    const links = await page.$$eval('header nav a.nav-link', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes('#/file'), `the menu holds the import and export page: ${links}`);
    for (const href of links) {
      await scrollTo(page, 600);
      if (viewport.width < 576) await openMenu(page);
      await page.click(`header nav a[href="${href}"]`);
      await page.waitForFunction((h) => location.hash === h || location.hash.startsWith(`${h}/`), href);
      const title = await page.evaluate(() => new Promise((r) => setTimeout(() => r(document.querySelector('#main h1')?.textContent.trim()), 50)));
      await arrived(page, title);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

/** On a phone the menu may be behind its button: opens it if it is closed. */
async function openMenu(page) {
  const button = page.locator('header .nav-toggle');
  if (await button.count() && await button.isVisible() && (await button.getAttribute('aria-expanded')) !== 'true') {
    await button.click();
  }
}

test('a link from the light app (saving data) to a page of the full app ends with the focus on that page\'s h1, and keeps it', async () => {
  for (const [from, href, title] of [['#/', '#/valutazioni', 'Le mie valutazioni'], ['#/questionario/comune', '#/risultati', 'Risultati'],
    ['#/accessibilita', '#/metodo', 'Come calcoliamo']]) {
    const { page, context, problems } = await seeded({ width: 1280, height: 800 }, { saveData: true });
    await page.goto(`${server.url}${from}`);
    await appReady(page);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /care-full-/.test(e.name))), false,
      `${from}: the full app is not loaded yet`);
    // Followed by the keyboard: the focus was on the link, then the full app is fetched and takes the page over.
    await page.focus(`header nav a[href="${href}"]`);
    await page.keyboard.press('Enter');
    await arrived(page, title);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', `${href}: the focus stays on the h1`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
  // A page of the full app opened directly (a bookmark, a shared address) does not move the focus into the page.
  const { page, context } = await seeded({ width: 1280, height: 800 });
  await page.goto(`${server.url}#/valutazioni`);
  await appReady(page);
  await page.waitForSelector('#main h1:has-text("Le mie valutazioni")');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BODY', 'the focus left at the start of the page');
  await context.close();
});

test('a questionnaire step opens at its top with the focus on the h1; Back returns to where the step was left', async () => {
  const { page, context, problems } = await seeded({ width: 360, height: 740 });
  await page.goto(`${server.url}#/questionario/servizi`);
  await appReady(page);
  await page.waitForSelector('#q-next');
  const servicesY = await page.evaluate(() => {
    document.querySelector('#q-next').scrollIntoView();
    return Math.round(window.scrollY);
  });
  assert.ok(servicesY > 2000, `the services step is long (${servicesY})`);
  await pageCondition(page, (t) => Math.round(history.state?.careScrollY ?? -1) === t, servicesY);
  await page.click('#q-next');
  await page.waitForSelector('#q-step-title:has-text("PA digitale")');
  const p = await arrived(page, await page.textContent('#main h1'));
  assert.match(p.h1, /Questionario/);
  await page.goBack();
  await page.waitForSelector('#q-step-title:has-text("Servizi online")');
  await atPosition(page, servicesY, 'Back to the services step');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an in-page link scrolls to its section and focuses it, as a history entry; the app keeps running', async () => {
  const { page, context, problems } = await seeded({ width: 1280, height: 800 });
  await page.goto(`${server.url}#/metodo`);
  await appReady(page);
  await page.waitForSelector('#main h1:has-text("Come calcoliamo")');
  const link = page.locator('#main a[href="#m-params"]').first();
  await link.click();
  await pageCondition(page, () => document.activeElement?.id === 'm-params');
  assert.equal(await page.evaluate(() => location.hash), '#/metodo#m-params');
  const top = await page.evaluate(() => Math.round(document.getElementById('m-params').getBoundingClientRect().top));
  assert.ok(top > -2 && top < 100, `the section's heading is at the top of the view (${top})`);
  await page.goBack();
  await atPosition(page, 0, 'Back to the top of the method page');
  assert.equal(await page.evaluate(() => location.hash), '#/metodo');
  // A link to a section opened as an address lands on that section.
  await page.goto(`${server.url}#/metodo#m-bands`);
  await page.reload();
  await appReady(page);
  await pageCondition(page, () => {
    const r = document.getElementById('m-bands')?.getBoundingClientRect();
    return r && r.top > -2 && r.top < 100;
  });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('"Importa un file" is one click from the start page, and on the questionnaire, the saved assessments and the results', async () => {
  for (const viewport of SIZES) {
    const { page, context, problems } = await openPage(browser, server.origin, { viewport });
    await page.goto(server.url);
    await appReady(page);
    const link = page.locator('#main a:has-text("Importa un file")');
    assert.ok(await link.isVisible(), `visible on the start page at ${viewport.width}`);
    if (viewport.width >= 1280) {
      const box = await link.boundingBox();
      assert.ok(box.y + box.height <= viewport.height, `in the first screen at ${viewport.width} (${box.y})`);
    }
    await link.click();
    await arrived(page, 'Importa ed esporta');
    assert.equal(await page.evaluate(() => location.hash), '#/file');
    assert.ok(await page.isVisible('#import-file'), 'the file field is there');
    await axeClean(page, `files page at ${viewport.width} px`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
  const { page, context, problems } = await seeded({ width: 1280, height: 800 });
  for (const route of ['#/questionario/comune', '#/valutazioni', '#/risultati']) {
    await page.goto(`${server.url}${route}`);
    await appReady(page);
    const link = page.locator('#main a[href="#/file"]:has-text("Importa un file")');
    await link.waitFor();
    await link.click();
    await arrived(page, 'Importa ed esporta');
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Le mie valutazioni: the focus goes to what each action produced; a message about a copy goes with the copy', async () => {
  const { page, context, problems } = await seeded({ width: 1280, height: 800 });
  await page.goto(`${server.url}#/valutazioni`);
  await appReady(page);
  await page.waitForSelector('#duplicate-seed0');
  assert.match(await page.textContent('main'), /1 valutazione salvata/);
  await page.click('#duplicate-seed0');
  await page.waitForFunction(() => document.querySelectorAll('.assessment-item').length === 2);
  const copy = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).current, STATE_KEY);
  await page.waitForFunction((i) => document.activeElement?.id === `assessment-title-${i}`, copy);
  assert.match(await page.textContent('#assessments-status'), /Creata la copia/);
  assert.match(await page.textContent('main'), /2 valutazioni salvate/);

  // Deleting the copy: the focus on the undo; the message about the copy is gone with it.
  await page.click(`#delete-${copy}`);
  await page.click('#confirm-delete');
  await page.waitForFunction(() => document.activeElement?.id === 'notice-undo');
  assert.equal((await page.textContent('#assessments-status')).trim(), '');
  // Undo: the copy is back and has the focus.
  await page.keyboard.press('Enter');
  await page.waitForFunction((i) => document.activeElement?.id === `assessment-title-${i}`, copy);
  // Open: the questionnaire at its top, the focus on its h1.
  await page.click(`#open-${copy}`);
  await arrived(page, await page.evaluate(() => new Promise((r) => setTimeout(() => r(document.querySelector('#main h1')?.textContent.trim()), 100))));
  await axeClean(page, 'the opened copy');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a new assessment with nothing entered does not claim a saved change', async () => {
  const { page, context, problems } = await openPage(browser, server.origin, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await appReady(page);
  await page.click('button:has-text("Inizia l\'autovalutazione")');
  await page.waitForSelector('#q-saved');
  assert.doesNotMatch(await page.textContent('#q-saved'), /Ultima modifica/);
  await page.fill('#q-comune-name', 'Comune di Prova');
  await page.waitForFunction(() => /Ultima modifica salvata/.test(document.querySelector('#q-saved')?.textContent));
  assert.deepEqual(problems(), []);
  await context.close();
});
