// A tab left on the previous release, running the light app (its browser asks to save data, so the full module
// comes only when a route needs it): another tab (or the host) took a new release whose full module has another
// name, so the old page's full module is gone from the server and from the offline cache. Opening "Risultati" there
// must say that a newer version replaced this page's files and offer the reload (which works), not a network error
// with a "Riprova" that can never succeed. Checked with the service worker (the update taken in another tab) and
// without one (the files replaced on a plain static host).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, appReady, shot, askToSaveData } from './lib/browser.mjs';
import { axeClean } from './lib/axe.mjs';
import { exampleText, seedState } from './lib/state.mjs';
import { newRelease, removeReleases, buildId, controlled, withServedApp, reloadFromBanner } from './lib/release.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  removeReleases();
});

/** A copy of dist/ made into a release whose full module has another name, then the post-build step run again. */
const releaseWithAnotherFullModule = () => newRelease('release-c', (dir) => {
  const js = fs.readdirSync(dir).find((f) => /^care-full-[0-9a-f]{16}\.js$/.test(f));
  const old = js.slice('care-full-'.length, -'.js'.length);
  const hash = [...old].map((c) => ((parseInt(c, 16) + 1) % 16).toString(16)).join('');
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith(`care-full-${old}`) && !/\.(gz|br)$/.test(n))) {
    fs.renameSync(path.join(dir, f), path.join(dir, f.replace(old, hash)));
  }
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith(`care-full-${old}`))) fs.unlinkSync(path.join(dir, f));
  for (const f of fs.readdirSync(dir).filter((n) => /^boot-[0-9a-f]{16}\.js$/.test(n))) {
    const p = path.join(dir, f);
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replaceAll(old, hash));
  }
  return { oldModule: `care-full-${old}` };
});

/** The page's problems, less what a page of a replaced release is expected to hit: its full module is gone. */
const unexpected = (problems, oldModule) => problems().filter((p) => !p.includes(oldModule)
  && !/Failed to fetch dynamically imported module|error loading dynamically imported module/.test(p)
  // The console's line for that failed request, without its address (the request itself is checked by address).
  && !/^console error: Failed to load resource: /.test(p));

for (const worker of [true, false]) {
  test(`a tab left on the previous release offers the reload, not a network error (${worker ? 'service worker' : 'no service worker'})`, async () => {
    const next = releaseWithAnotherFullModule();
    await withServedApp(browser, worker ? {} : { serviceWorkers: 'block' }, async ({ server, page, context, problems }) => {
      await seedState(context, [exampleText('small-comune.json')], { unlessSet: true });
      await askToSaveData(page);
      await page.goto(`${server.url}#/questionario/comune`);
      await appReady(page);
      await page.waitForSelector('#q-comune-name');
      const versionA = await buildId(page);
      assert.notEqual(versionA, next.version);

      server.setDir(next.dir);
      if (worker) {
        await controlled(page);
        // Another tab takes the new release: the new worker activates, deletes the old cache and takes this page too.
        const other = await context.newPage();
        await other.goto(server.url);
        await appReady(other);
        await other.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
        const banner = other.locator('#update-banner');
        await banner.waitFor({ timeout: 30000 });
        await reloadFromBanner(other);
        assert.equal(await buildId(other), next.version);
        await other.close();
      }
      assert.equal(await buildId(page), versionA, 'this tab still runs the previous release');

      await page.click('a.nav-link[href="#/risultati"]');
      const replaced = page.locator('#release-replaced');
      await replaced.waitFor({ timeout: 20000 });
      assert.match(await replaced.textContent(), /versione più recente dell'applicazione.*ricarica la pagina/);
      assert.equal(await page.locator('text=controlla la connessione').count(), 0, 'not described as a network error');
      await axeClean(page, 'release replaced');
      await shot(page, `stale-tab-${worker ? 'worker' : 'plain'}`, { fullPage: false });

      await Promise.all([page.waitForEvent('framenavigated', { timeout: 30000 }), page.click('#release-reload')]);
      await appReady(page);
      assert.equal(await buildId(page), next.version, 'the reload brings the new release');
      await page.waitForSelector('#result-score', { timeout: 20000 });
      assert.deepEqual(unexpected(problems, next.oldModule), []);
    });
  });
}
