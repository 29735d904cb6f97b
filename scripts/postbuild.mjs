#!/usr/bin/env node
// Post-build step of dist/ (trunk's `post_build` hook, see Trunk.toml; also runnable by hand on a copy of dist/):
//
// 1. moves every inline <script> of index.html (trunk's wasm boot module) to an external `boot-<hash>.js`, so the
//    Content-Security-Policy needs no 'unsafe-inline' script;
// 2. writes that policy in a <meta http-equiv="Content-Security-Policy"> (for hosts that cannot send headers; the
//    same policy, plus frame-ancestors, is in deploy/nginx.conf);
// 3. computes the build version from the contents of every file and writes it in <meta name="care-build">;
// 4. writes sw.js from assets/sw.js with that version and the precache list (every file, with its SRI hash).
//
// Usage: node scripts/postbuild.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR, then dist/). Idempotent: running it
// again on its own output gives the same files; after a change to any file it gives a new version.
// Under `trunk serve` with live reload (an inline script trunk rewrites per request) it leaves that script inline,
// writes no CSP and a service worker that unregisters itself, so development never sees a stale cache.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The policy of the app: only its own origin; wasm compilation; inline style attributes (not <style>). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Files of dist/ that are not precached: the worker itself. */
const NOT_PRECACHED = new Set(['sw.js']);

const sha = (alg, data) => crypto.createHash(alg).update(data).digest();

/** Every file under `dir`, as sorted '/'-separated relative paths. */
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Moves inline scripts out of the HTML; returns { html, files, devServer }. */
export function externalizeScripts(html) {
  const files = {};
  let devServer = false;
  const out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') return whole;
    if (body.includes('{{__TRUNK_ADDRESS__}}') || body.includes('__TRUNK_WS')) {
      devServer = true; // trunk serve's live-reload client: rewritten by the dev server in the HTML only
      return whole;
    }
    const name = `boot-${sha('sha256', body).toString('hex').slice(0, 16)}.js`;
    files[name] = body.trim() + '\n';
    return `<script${attrs} src="./${name}"></script>`;
  });
  return { html: out, files, devServer };
}

/** Removes what an earlier run added to the head, so that the output does not depend on the run count. */
function stripOwnMeta(html) {
  return html
    .replace(/[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>\n?/gi, '')
    .replace(/[ \t]*<meta name="care-build"[^>]*>\n?/gi, '');
}

/** Inserts lines right after <meta charset>, where a CSP meta must be (it only covers what follows it). */
function insertAfterCharset(html, lines) {
  const m = html.match(/<meta charset="?[^>]*>\n?/i);
  if (!m) throw new Error('index.html has no <meta charset>');
  const at = m.index + m[0].length;
  const sep = m[0].endsWith('\n') ? '' : '\n';
  return html.slice(0, at) + sep + lines.map((l) => `  ${l}\n`).join('') + html.slice(at);
}

/**
 * The build version: a hash over every file's path and content (index.html without the version itself) and over
 * the worker's code (`worker`), so that a change of either makes a new release.
 */
export function buildVersion(dir, files, worker = '') {
  const h = crypto.createHash('sha256');
  h.update(`sw.js\0${sha('sha256', worker).toString('hex')}\n`);
  for (const f of files) {
    if (NOT_PRECACHED.has(f)) continue;
    let data = fs.readFileSync(path.join(dir, f));
    if (f === 'index.html') data = Buffer.from(stripOwnMeta(data.toString('utf8')));
    h.update(`${f}\0${sha('sha256', data).toString('hex')}\n`);
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * Runs the whole step on `dir`; returns { version, precache, devServer }. `template` is the worker's source
 * (assets/sw.js by default).
 */
export function postbuild(dir, { log = console.log, template = null } = {}) {
  const indexPath = path.join(dir, 'index.html');
  let html = stripOwnMeta(fs.readFileSync(indexPath, 'utf8'));
  const { html: moved, files, devServer } = externalizeScripts(html);
  html = moved;
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  fs.writeFileSync(indexPath, html);

  // Boot files of earlier runs that the page no longer references (a copied dist/ edited by hand).
  for (const f of fs.readdirSync(dir)) {
    if (/^boot-[0-9a-f]{16}\.js$/.test(f) && !html.includes(`./${f}"`)) fs.unlinkSync(path.join(dir, f));
  }

  template ??= fs.readFileSync(path.join(ROOT, 'assets/sw.js'), 'utf8');
  let all = listFiles(dir);
  const version = buildVersion(dir, all, devServer ? 'dev' : template);
  const head = [`<meta name="care-build" content="${version}">`];
  if (!devServer) head.unshift(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  html = insertAfterCharset(html, head);
  fs.writeFileSync(indexPath, html);

  all = listFiles(dir);
  const precache = all
    .filter((f) => !NOT_PRECACHED.has(f))
    .map((f) => ({
      url: f,
      integrity: `sha256-${sha('sha256', fs.readFileSync(path.join(dir, f))).toString('base64')}`,
    }));
  let sw;
  if (devServer) {
    sw = "// Development server build: no offline cache. This worker removes any earlier one.\n"
      + "self.addEventListener('install', () => self.skipWaiting());\n"
      + "self.addEventListener('activate', (e) => e.waitUntil(self.registration.unregister()));\n";
  } else {
    if (!template.includes("'__CARE_VERSION__'") || !template.includes('__CARE_PRECACHE__')) {
      throw new Error('assets/sw.js lacks its placeholders');
    }
    sw = template
      .replace("'__CARE_VERSION__'", JSON.stringify(version))
      .replace('__CARE_PRECACHE__', `[\n  ${precache.map((p) => JSON.stringify(p)).join(',\n  ')},\n]`);
  }
  fs.writeFileSync(path.join(dir, 'sw.js'), sw);
  const bytes = precache.reduce((n, p) => n + fs.statSync(path.join(dir, p.url)).size, 0);
  log(`[postbuild] ${devServer ? 'dev-server build (no CSP, no offline cache), ' : ''}version ${version}: `
    + `${precache.length} files precached (${bytes} bytes), scripts moved out: ${Object.keys(files).join(', ') || 'none'}`);
  return { version, precache, devServer };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || path.join(ROOT, 'dist'));
  try {
    postbuild(dir);
  } catch (e) {
    console.error(`[postbuild] ${e.message}`);
    process.exit(1);
  }
}
