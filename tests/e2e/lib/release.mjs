// The set-up of the update tests (offline.test.mjs, stale-tab.test.mjs): a fresh server of dist/ under /a/b/ with a
// fresh profile on it, other releases made from a copy of dist/ (removed at the end), the build id a page runs, the
// service worker's control of a page and the "Ricarica" that switches a page to the new release.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, DIST } from './server.mjs';
import { openPage, appReady } from './browser.mjs';
import { postbuild } from '../../../scripts/postbuild.mjs';

const made = [];

/**
 * Another release: a copy of dist/ changed by `change(dir)`, then the post-build step run again on it. Resolves to
 * { dir, version } and whatever `change` returned; removed by removeReleases().
 */
export function newRelease(name, change) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `care-${name}-`));
  made.push(dir);
  fs.cpSync(DIST, dir, { recursive: true });
  const extra = change(dir);
  const { version } = postbuild(dir, { log: () => {} });
  return { dir, version, ...extra };
}

/** Removes the releases newRelease() made. */
export function removeReleases() {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** The build id of the release that runs `page`. */
export const buildId = (page) => page.getAttribute('meta[name="care-build"]', 'content');

/** Waits until a service worker controls the page; returns its registration's scope. */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
}

/**
 * Runs `body({ server, context, page, problems })` with a fresh server of dist/ under /a/b/ and a fresh profile on
 * it (`opts` go to openPage); closes both afterwards, whatever happened.
 */
export async function withServedApp(browser, opts, body) {
  const server = await serve({ prefix: '/a/b/' });
  const env = await openPage(browser, server.origin, opts);
  try {
    return await body({ server, ...env });
  } finally {
    await env.context.close();
    await server.close();
  }
}

/** Clicks "Ricarica" in the update banner of `page` and waits until the reloaded page runs. */
export async function reloadFromBanner(page) {
  await Promise.all([
    page.waitForEvent('framenavigated', { timeout: 30000 }),
    page.locator('#update-banner').getByRole('button', { name: 'Ricarica' }).click(),
  ]);
  await page.waitForLoadState('load');
  await appReady(page);
}
