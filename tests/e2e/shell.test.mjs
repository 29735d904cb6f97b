// The app shell from a static host under a sub-path: the start page loads with no console error, no failed
// request and no request outside the page's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, shot, appReady } from './lib/browser.mjs';
import { axeViolations, formatViolations } from './lib/axe.mjs';

let server, browser;
before(async () => { server = await serve({ prefix: '/a/b/' }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the start page loads under /a/b/ with no error', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await appReady(page);
  const h1 = await page.textContent('h1');
  assert.equal(h1.trim(), 'Quanto è maturo digitalmente il tuo Comune?');
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  assert.match(await page.textContent('footer'), /care-2021/);
  assert.ok(server.requests.some((p) => p.endsWith('.wasm')), 'the wasm was fetched under the prefix');
  assert.ok(server.requests.every((p) => p.startsWith('/a/b/')), `requests outside the sub-path: ${server.requests}`);
  await shot(page, 'start-1280');
  const v = await axeViolations(page);
  assert.deepEqual(v, [], formatViolations(v));
  await page.setViewportSize({ width: 360, height: 800 });
  await shot(page, 'start-360');
  const v360 = await axeViolations(page);
  assert.deepEqual(v360, [], formatViolations(v360));
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the language switch turns the page into English and is remembered', async () => {
  const { page, problems, context } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await appReady(page);
  await page.click('button.lang-btn[lang=en]');
  await page.waitForSelector('h1:has-text("How digitally mature")');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.reload();
  await appReady(page);
  assert.equal((await page.textContent('h1')).trim(), 'How digitally mature is your comune?');
  assert.deepEqual(problems(), []);
  await context.close();
});
