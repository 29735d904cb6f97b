// The accessibility statement page: the AgID model's sections in both languages, the parts that the publishing
// comune must fill in highlighted, reachable from the footer, with no WCAG 2.1 A/AA violation at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, appReady, shot } from './lib/browser.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SECTIONS = {
  it: ['Stato di conformità', 'Limitazioni note', 'Redazione della dichiarazione', 'Feedback e recapiti',
    "Informazioni sull'applicazione"],
  en: ['Compliance status', 'Known limitations', 'Preparation of this statement', 'Feedback and contact',
    'About the application'],
};

test('the statement has every section, marked placeholders, and no accessibility violation', async () => {
  const { page, context, problems } = await openPage(browser, server.origin);
  try {
    await page.goto(server.url);
    await appReady(page);
    await page.click('footer a[href="#/accessibilita"]');
    await page.waitForSelector('h1:has-text("Dichiarazione di accessibilità")');
    assert.equal(await page.getAttribute('footer a[href="#/accessibilita"]', 'aria-current'), null);
    for (const [lang, sections] of Object.entries(SECTIONS)) {
      await page.click(`button.lang-btn[lang=${lang}]`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const h2 = (await page.locator('main h2').allTextContents()).map((s) => s.trim());
      assert.deepEqual(h2, sections);
      const text = await page.textContent('main');
      assert.match(text, /WCAG 2\.1/);
      assert.match(text, /axe-core/);
      assert.match(text, lang === 'it' ? /Parzialmente conforme/ : /Partially compliant/);
      assert.match(text, lang === 'it' ? /23 novembre 2026/ : /23 November 2026/);
      const marks = await page.locator('main mark').allTextContents();
      assert.equal(marks.length, 3, `placeholders: ${marks}`);
      for (const m of marks) assert.match(m, lang === 'it' ? /da compilare/i : /to be filled in/i);
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        const v = await axeViolations(page);
        assert.deepEqual(v, [], formatViolations(v));
      }
      await shot(page, `statement-${lang}-360`);
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
