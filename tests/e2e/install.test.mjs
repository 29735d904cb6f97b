// Installability: Chromium's own manifest check (devtools protocol `Page.getInstallabilityErrors`, the check behind
// the install prompt) finds no error for the app served under a sub-path, in a normal (non-incognito) profile; the
// manifest resolves its id, start URL, scope and icons inside the sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './lib/server.mjs';
import { ARGS, appReady } from './lib/browser.mjs';

test('Chromium finds the app installable, with its manifest inside the sub-path', async () => {
  const server = await serve({ prefix: '/a/b/' });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'care-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
    const cdp = await context.newCDPSession(page);
    const { url, errors, manifest } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(errors, [], 'the manifest parses without error');
    // No explicit "id": it defaults to the start URL, so copies under different sub-paths of one origin are
    // different apps (an "id" of "./" would resolve against the origin and make them one).
    assert.equal(manifest.id, server.url);
    assert.equal(manifest.startUrl, server.url);
    assert.equal(manifest.scope, server.url);
    assert.equal(manifest.display, 'kStandalone');
    const sizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), `PNG icons 192 and 512: ${sizes}`);
    for (const icon of manifest.icons) {
      assert.ok(icon.url.startsWith(server.url), `icon inside the sub-path: ${icon.url}`);
      const r = await page.request.get(icon.url);
      assert.equal(r.status(), 200, icon.url);
    }
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
