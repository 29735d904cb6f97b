// Headless Debian Chromium through playwright-core, with a watch on console errors, failed requests and any
// request that leaves the page's origin: tests call `problems()` and expect it empty.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** A fresh context (a fresh profile) and page; `problems()` lists console errors, failed or foreign requests. */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 }, ...opts } = {}) {
  const context = await browser.newContext({ viewport, ...opts });
  const page = await context.newPage();
  const issues = [];
  page.on('console', (m) => { if (m.type() === 'error') issues.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => issues.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const f = r.failure()?.errorText || '';
    if (!f.includes('ERR_ABORTED')) issues.push(`request failed: ${r.url()} ${f}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) issues.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) issues.push(`foreign request: ${u}`);
  });
  return { context, page, problems: () => issues.slice() };
}

/** Saves a screenshot under tests/e2e/screenshots/ (ignored by git) and returns its path. */
export async function shot(page, name, opts = {}) {
  const dir = path.join(ROOT, 'tests/e2e/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, ...opts });
  return file;
}

/**
 * Waits until the app runs the page: it marks `<html data-app="live">` once its render has taken the place of the
 * page built into index.html (that page already has a #main before any WebAssembly has loaded).
 */
export async function appReady(page) {
  await page.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 20000 });
}

/**
 * Makes the browser of a page or context ask to save data (`navigator.connection.saveData`): on a first visit the
 * light app runs, and brings in the full one when a route needs it (see the boot script in scripts/postbuild.mjs).
 */
export const askToSaveData = (target) => target.addInitScript(
  () => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }),
);

/** How many CSS pixels the page scrolls sideways (0 or less: it does not). */
export const sidewaysOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Waits until `fn(arg)`, evaluated in the page (it may be async: its promise is awaited, unlike a predicate of
 * page.waitForFunction), gives a truthy value; checked every 200 ms, for `timeout` ms at most.
 */
export async function pageCondition(page, fn, arg, { timeout = 30000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn, arg)) return;
    if (Date.now() > end) throw new Error(`pageCondition: not met within ${timeout} ms: ${fn}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
