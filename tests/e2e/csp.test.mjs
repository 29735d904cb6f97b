// The strict Content-Security-Policy: dist/index.html carries it in a <meta>, deploy/nginx.conf sends the same
// policy (plus frame-ancestors) as a header; the app loads and is used with either and no violation, no inline
// script is left in the page, and the policy really blocks an inline script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, DIST } from './lib/server.mjs';
import { launch, openPage, appReady } from './lib/browser.mjs';
import { CSP, nginxCsp, parsePolicy, watchCsp } from './lib/csp.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ROUTES = [
  ['#/questionario', null], ['#/risultati', null], ['#/valutazioni', null], ['#/confronta', null],
  ['#/metodo', 'Come calcoliamo'], ['#/accessibilita', 'Dichiarazione di accessibilità'], ['#/', 'Quanto è maturo'],
];

/** Loads the app, starts an assessment, visits every route, switches language; returns the violations. */
async function useTheApp(server) {
  const { page, context, problems } = await openPage(browser, server.origin);
  const csp = await watchCsp(page);
  try {
    await page.goto(server.url);
    await appReady(page);
    await page.getByRole('button', { name: "Inizia l'autovalutazione" }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/questionario'));
    for (const [hash, heading] of ROUTES) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      if (heading) await page.waitForSelector(`h1:has-text("${heading}")`);
      else await page.waitForFunction((h) => location.hash.startsWith(h), hash);
      await appReady(page);
    }
    await page.click('button.lang-btn[lang=en]');
    await page.waitForSelector('h1:has-text("How digitally mature")');
    // What the UI contract needs and a strict policy could break: style attributes (progress bars) and the
    // data: images of app.css (alert icons) are allowed.
    await page.evaluate(() => document.querySelector('h1').setAttribute('style', 'outline: 1px solid transparent'));
    const v = await csp.violations();
    return { violations: v, problems: problems(), page, context };
  } catch (e) {
    await context.close();
    throw e;
  }
}

test('dist/index.html has no inline script and carries the policy in a meta, first in the head', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1, 'the boot script is there');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="\.\/boot-[0-9a-f]{16}\.js"/, `an external boot script: <script${attrs}>`);
    assert.equal(body.trim(), '', 'no inline code');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler attribute');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'the CSP meta');
  assert.equal(meta[1], CSP);
  const head = html.slice(0, html.indexOf('</head>'));
  assert.ok(head.indexOf('Content-Security-Policy') < head.search(/<(link|script)\b/), 'the meta precedes every resource');
  const policy = parsePolicy(CSP);
  assert.equal(policy['script-src'], "'self' 'wasm-unsafe-eval'", 'scripts: own origin and wasm only');
  for (const [name, sources] of Object.entries(policy)) {
    assert.doesNotMatch(sources, /https?:|\*|'unsafe-eval'/, `${name}: no other origin, no wildcard, no eval`);
    if (name !== 'style-src-attr') assert.doesNotMatch(sources, /'unsafe-inline'/, `${name}: no unsafe-inline`);
  }
});

test('deploy/nginx.conf sends the same policy as the meta, plus frame-ancestors', () => {
  const header = parsePolicy(nginxCsp());
  assert.equal(header['frame-ancestors'], '*', 'the embed mode is framed by other sites (see deploy/nginx.conf)');
  delete header['frame-ancestors'];
  assert.deepEqual(header, parsePolicy(CSP));
});

test('with the policy in the meta only, using the app raises no violation', async () => {
  const server = await serve({ prefix: '/a/b/' });
  try {
    const r = await useTheApp(server);
    await r.context.close();
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.problems, []);
  } finally {
    await server.close();
  }
});

test('with the policy also sent as a header (as nginx does), using the app raises no violation', async () => {
  const server = await serve({ prefix: '/a/b/', headers: { 'content-security-policy': nginxCsp() } });
  try {
    const r = await useTheApp(server);
    const sent = await r.page.evaluate(async () => (await fetch('./', { cache: 'no-store' })).headers.get('content-security-policy'));
    await r.context.close();
    assert.equal(sent, nginxCsp(), 'the header is really sent');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.problems, []);
  } finally {
    await server.close();
  }
});

test('the policy is in force: an injected inline script is blocked and reported', async () => {
  const server = await serve({ prefix: '/a/b/' });
  const { page, context } = await openPage(browser, server.origin);
  const csp = await watchCsp(page);
  try {
    await page.goto(server.url);
    await appReady(page);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 100));
      return window.__inlineRan === true;
    });
    assert.equal(ran, false, 'the inline script did not run');
    const v = await csp.violations();
    assert.ok(v.some((x) => /script-src/.test(x)), `a script-src violation is reported: ${v.join('\n')}`);
  } finally {
    await context.close();
    await server.close();
  }
});
