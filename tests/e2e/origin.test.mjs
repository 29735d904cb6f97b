// No request leaves the page's origin: every request of the page and of its service worker, across the routes of
// the app, in both languages, on a first (network) and a second (cached) visit, goes to the origin it was loaded
// from, under the app's sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { launch, openPage, appReady } from './lib/browser.mjs';

// Report the service worker's own fetches as context requests too (its precache downloads).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ROUTES = ['#/', '#/questionario', '#/questionario/servizi', '#/risultati', '#/valutazioni', '#/confronta',
  '#/metodo', '#/accessibilita', '#/pagina-che-non-esiste'];

test('every request of the page and of its worker stays on the origin, under the sub-path', async () => {
  const server = await serve({ prefix: '/a/b/' });
  const { page, context, problems } = await openPage(browser, server.origin);
  const all = [];
  context.on('request', (r) => all.push({ url: r.url(), sw: !!r.serviceWorker() }));
  try {
    for (const visit of ['first', 'second']) {
      if (visit === 'first') await page.goto(server.url);
      else await page.reload();
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
      for (const lang of ['it', 'en']) {
        await page.click(`button.lang-btn[lang=${lang}]`);
        for (const hash of ROUTES) {
          await page.evaluate((h) => { location.hash = h; }, hash);
          await page.waitForFunction((h) => location.hash.startsWith(h), hash);
          await appReady(page);
          await page.waitForLoadState('networkidle');
        }
      }
    }
    await page.evaluate(() => { location.hash = '#/'; });
    await page.getByRole('button', { name: /Inizia l'autovalutazione|Start the self-assessment/ }).click();
    await page.waitForLoadState('networkidle');

    assert.ok(all.length > 5, `requests were recorded (${all.length})`);
    assert.ok(all.some((r) => r.sw), 'the worker\'s own requests were recorded');
    const foreign = all.filter((r) => !r.url.startsWith(server.url) && !/^(data|blob):/.test(r.url));
    assert.deepEqual(foreign, [], 'requests outside the origin or the sub-path');
    assert.ok(server.requests.every((p) => p.startsWith('/a/b/')), `outside the sub-path: ${server.requests}`);
    assert.deepEqual(problems().filter((p) => p.startsWith('foreign request')), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
    await server.close();
  }
});
