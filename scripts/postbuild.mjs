#!/usr/bin/env node
// Post-build step of dist/ (trunk's `post_build` hook, see Trunk.toml; also runnable by hand on a copy of dist/):
//
// 0. when the build has the full app's module (trunk's "worker" output `care-full.js`/`care-full_bg.wasm`),
//    minifies the two wasm-bindgen loaders (terser), names the full module by content hash and replaces trunk's boot
//    script with one that runs one module per page: the full app (every route), or, on a first visit whose browser
//    asks to save data, the light app (start page, questionnaire), which brings in the full one when a route needs
//    it (the list printed by `cargo run --bin care-routes` from the route table, src/routes.rs); trunk's preload
//    links of the light app go; on a first visit to the start page the module is fetched only once that page has
//    loaded and the browser is idle (or at the first press on it), elsewhere once the page has been painted; the
//    boot script also holds a click made on the page before the app runs (and makes it again once it does), and
//    has the service worker keep the module it loaded; then
//    puts into index.html's #app the start page in the app's frame, rendered by the app's own components
//    (`care-prerender`, a native build with yew's server renderer), so that the first paint does not wait for
//    WebAssembly;
// 1. moves every inline <script> of index.html (trunk's wasm boot module) to an external `boot-<hash>.js`, minified
//    (terser), so the Content-Security-Policy needs no 'unsafe-inline' script, and minifies the stylesheets (comments
//    and needless whitespace out, minifyCss), so that every name, hash and version below is of the bytes shipped;
// 2. writes that policy in a <meta http-equiv="Content-Security-Policy"> (for hosts that cannot send headers; the
//    same policy, plus frame-ancestors, is in deploy/nginx.conf);
// 3. computes the build version from the contents of every file and writes it in <meta name="care-build">;
// 4. writes sw.js from assets/sw.js, minified (terser), with that version and the precache list (every file the page
//    uses, with its SRI hash; the app modules' files marked `lazy`: cached once the page has loaded them, not at
//    install);
// 5. writes a gzip copy (`FILE.gz`, made with zopfli, a few per cent smaller than gzip -9) and a brotli copy
//    (`FILE.br`, quality 11: the wasm modules about a fifth smaller than gzip) next to every file that servers
//    compress, for nginx's `gzip_static on` and `brotli_static on` (deploy/nginx.conf); those copies are not
//    precached.
//
// Usage: node scripts/postbuild.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR, then dist/). Idempotent: running it
// again on its own output gives the same files; after a change to any file it gives a new version.
// Under `trunk serve` with live reload (an inline script trunk rewrites per request) it leaves that script inline,
// writes no CSP and a service worker that unregisters itself, so development never sees a stale cache, and minifies
// nothing.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
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

/** Files of dist/ that are not precached: the worker itself, and the precompressed copies (step 5). */
const NOT_PRECACHED = new Set(['sw.js']);
/**
 * Files that the running page never asks for, left out of the offline copy so that a first visit does not download
 * them: the icons of the web app manifest (the browser asks for them when the app is installed, online; the page's
 * own icon is a `data:` address in index.html) and the fonts' licence.
 */
const notForThePage = (f) => f.startsWith('icons/') || f === 'fonts/OFL.txt';
const isPrecompressed = (f) => f.endsWith('.gz') || f.endsWith('.br');
/**
 * The app's two modules (step 0), light and full: precached `lazy`, i.e. once the page has loaded one (it runs one
 * of them, see the boot script), not at install (assets/sw.js). The full module's hash is 16 digits (step 0 names
 * it); the light one's is trunk's, a number written without its leading zeros, so it can be shorter.
 */
const isAppModule = (f) => /^care-(full|web)-[0-9a-f]{1,16}(_bg\.wasm|\.js)$/.test(f);

/** The file types that servers compress (deploy/nginx.conf's gzip_types), so that step 5 precompresses them. */
export const COMPRESSIBLE = /\.(html|js|wasm|css|svg|json|webmanifest|txt)$/;

const sha = (alg, data) => crypto.createHash(alg).update(data).digest();

/**
 * `code` minified by terser (from tests/e2e's npm packages), compressed and with its names shortened: `module` for
 * an ES module, else a classic script, whose top-level names are left alone unless `toplevel` (a worker's script,
 * which shares its global scope with nothing). Comments go, but for `/*!` and `@license` ones.
 */
export function minifyScript(code, { module = false, toplevel = module } = {}) {
  const { minify_sync: minifySync } = createRequire(import.meta.url)(path.join(ROOT, 'tests/e2e/node_modules/terser'));
  return `${minifySync(code, { module, toplevel, compress: true, mangle: true }).code}\n`;
}

/** Characters around which whitespace never matters in CSS (it does before `:`, as in `a :hover`, and before `(`). */
const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', ':', '(']);
const isCssSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
/** Whether `out` ends with the name `url` (a `(` next opens a URL, unquoted unless a quote follows). */
const endsWithUrl = (out) => out.slice(-3).toLowerCase() === 'url' && !/[\w\\-]/.test(out.at(-4) ?? '');

/** Where the escape at `at` (a backslash) ends: after one character, or after up to 6 hex digits and one space. */
function cssEscapeEnd(css, at) {
  const hex = /^[0-9a-fA-F]{1,6}(\r\n|[ \t\n\r\f])?/.exec(css.slice(at + 1, at + 8));
  return at + 1 + (hex ? hex[0].length : 1);
}

/** Where what starts at `at` and runs to `close` (a string's quote, a URL's `)`) ends, escapes and all. */
function cssRunEnd(css, at, close) {
  let j = at + 1;
  while (j < css.length && css[j] !== close && !(close !== ')' && css[j] === '\n')) j = css[j] === '\\' ? j + 2 : j + 1;
  return Math.min(j + 1, css.length);
}

/**
 * `css` with the same meaning in fewer bytes: comments out (but for `/*!` ones, the licence header), whitespace out
 * where it never matters (around `{ } ; , >`, after `:` and `(`, before `)` and `!`), one space elsewhere (`a b`,
 * `1px solid`, `calc(1px + 2px)`, `and (`), the last `;` of a block out. Strings, unquoted `url(...)` and escapes
 * (`\2713 `, whose one following space belongs to it) are copied as they are. A second pass changes nothing.
 */
export function minifyCss(css) {
  let out = '';
  let space = false; // whitespace or a comment since the last thing written
  let semicolon = false; // the last thing written is a `;`
  const put = (text) => {
    if (space && out !== '' && !CSS_TIGHT_AFTER.has(out.at(-1)) && !CSS_TIGHT_BEFORE.has(text[0])) out += ' ';
    if (text === '}' && semicolon) out = out.slice(0, -1);
    out += text;
    space = false;
    semicolon = text === ';';
  };
  for (let i = 0; i < css.length;) {
    const c = css[i];
    let end = i + 1;
    if (isCssSpace(c)) {
      space = true;
    } else if (c === '/' && css[i + 1] === '*') {
      const close = css.indexOf('*/', i + 2);
      end = close < 0 ? css.length : close + 2;
      const next = css[end];
      if (css[i + 2] === '!') put(css.slice(i, end));
      else if (space || next === undefined || isCssSpace(next)) space = true;
      // Between two tokens that would otherwise join (`a/**/b`), an empty comment stays.
      else if (out !== '' && !CSS_TIGHT_AFTER.has(out.at(-1)) && !CSS_TIGHT_BEFORE.has(next)
        && !(next === '/' && css[end + 1] === '*')) put('/**/');
    } else {
      if (c === '"' || c === "'") end = cssRunEnd(css, i, c);
      else if (c === '\\') end = cssEscapeEnd(css, i);
      else if (c === '(' && !space && endsWithUrl(out) && !/^[ \t\n\r\f]*["']/.test(css.slice(i + 1, i + 64))) {
        end = cssRunEnd(css, i, ')');
      }
      put(css.slice(i, end));
    }
    i = end;
  }
  return `${out}\n`;
}

/** Every file under `dir`, as sorted '/'-separated relative paths. */
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !isPrecompressed(e.name)) out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The first route segments that only the full app serves: the JSON list printed by the `care-routes` tool, built
 * from the route table (src/routes.rs). `json` is that output; by default the tool is run with cargo.
 */
export function fullAppSegments(json = careRoutes()) {
  let list;
  try {
    list = JSON.parse(json);
  } catch (e) {
    throw new Error(`care-routes did not print JSON (${e.message})`);
  }
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && /^[\w-]+$/.test(x))) {
    throw new Error('care-routes did not print a list of route segments');
  }
  if (list.length === 0) throw new Error('care-routes printed no route of the full app');
  return list;
}

/** Runs `cargo run --bin care-routes` (a native build of the route table) and returns what it prints. */
function careRoutes() {
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'care-routes'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** The boot module of a split build (see step 0). */
export function splitBoot(core, full, segments) {
  return `// Ca.Re boot, written by scripts/postbuild.mjs. One module runs the page: the full app, which serves every route
// (src/routes.rs), except on a first visit whose browser asks to save data, where the light app (start page,
// questionnaire) runs and brings in the full one when a route needs it (window.careLoadFull). On a first visit to
// the start page, painted from index.html, the module is fetched once that page has loaded and the browser is idle,
// or at the first press on the page if that comes sooner; elsewhere right after the first paint.
const CORE = ${JSON.stringify(core)};
const FULL = ${JSON.stringify(full)};
const FULL_APP_SEGMENTS = ${JSON.stringify(segments)};
const sw = navigator.serviceWorker;
// The module's files go into the service worker's offline copy once the page has them: the worker takes them from
// the browser's cache, so they are downloaded once.
const keep = (m) => sw && sw.ready.then((reg) => reg.active && reg.active.postMessage({ type: 'CACHE_LAZY', urls: [m.js, m.wasm] }));
// The wasm is fetched while its loader is imported. A retry after a failed import uses a new address, since the
// browser remembers a module that failed to load.
const load = async (m, attempt = 0) => {
  const wasm = fetch(m.wasm, { integrity: m.integrity });
  wasm.catch(() => {});
  const bindings = await import(attempt ? m.js + '?retry=' + attempt : m.js);
  await bindings.default({ module_or_path: wasm });
  keep(m);
  return bindings;
};
let full = null;
let attempts = 0;
window.careLoadFull = () => (full ??= load(FULL, attempts++).catch((e) => { full = null; throw e; }));
// A click on the page built into index.html before the app runs is held, then made again once the app has put its
// own render in that page's place, on the control at the same place, if it has the same text (on a first visit the
// render is the same markup), so that a quick click is not lost.
const root = document.getElementById('app');
let held = null;
const pathOf = (el) => { const p = []; for (; el !== root; el = el.parentElement) p.unshift([...el.parentElement.children].indexOf(el)); return p; };
const hold = (e) => {
  const control = e.target.closest('a[href], button');
  if (!control || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  held = { path: pathOf(control), text: control.textContent };
};
root.addEventListener('click', hold, true);
const release = () => {
  root.removeEventListener('click', hold, true);
  const control = held && held.path.reduce((el, i) => el && el.children[i], root);
  if (control && control.textContent === held.text) control.click();
};
const route = location.hash.slice(1);
const first = (route.startsWith('/') ? route.slice(1) : route).split(/[/?]/)[0];
const firstVisit = !(sw && sw.controller);
const saveData = Boolean(navigator.connection && navigator.connection.saveData);
// Starts the app once; the light app if this first visit saves data and its route does not need the full one.
let started = null;
const start = () => (started ??= (async () => {
  try {
    if (!(firstVisit && saveData) || FULL_APP_SEGMENTS.includes(first)) {
      try {
        (await window.careLoadFull()).care_start();
        return;
      } catch (e) {
        console.warn('Ca.Re: the full app did not load; the light app will offer to retry', e);
      }
    }
    await load(CORE);
  } finally {
    setTimeout(release); // after the app's first render (a microtask of the start)
  }
})());
if (firstVisit && first === '') {
  // The start page needs no module to be read: its bytes are the page, its style and its fonts. The module comes
  // when they are in and the browser is idle, or at the first press on the page (the click is then held).
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
  for (const type of ['pointerdown', 'keydown', 'touchstart']) addEventListener(type, start, { once: true, capture: true, passive: true });
} else {
  // After the first paint (a frame, or 100 ms in a tab that draws none): the module's compilation and the app's
  // start never hold back the page built into index.html, which on a slow device they could from a cache.
  await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 100); });
  start();
}
`;
}

const integrity384 = (data) => `sha384-${sha('sha384', data).toString('base64')}`;

/**
 * Step 0: names the full module by content and writes the split boot script in place of trunk's. Returns the html
 * unchanged when the build has no full module (or this step already ran).
 */
export function splitModules(dir, html) {
  const js = path.join(dir, 'care-full.js');
  const wasm = path.join(dir, 'care-full_bg.wasm');
  if (!fs.existsSync(js) || !fs.existsSync(wasm)) return html;
  const boot = html.match(/<script type="module">([\s\S]*?)<\/script>/);
  const coreJs = boot && boot[1].match(/from '\.\/([\w.-]+\.js)'/);
  const coreWasm = boot && boot[1].match(/module_or_path: '\.\/([\w.-]+_bg\.wasm)'/);
  if (!coreJs || !coreWasm) throw new Error("index.html has no trunk boot script to replace");
  const wasmData = fs.readFileSync(wasm);
  const hash = sha('sha256', Buffer.concat([wasmData, fs.readFileSync(js)])).toString('hex').slice(0, 16);
  for (const f of fs.readdirSync(dir)) {
    if (/^care-full-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(f)) fs.unlinkSync(path.join(dir, f));
  }
  fs.renameSync(js, path.join(dir, `care-full-${hash}.js`));
  fs.renameSync(wasm, path.join(dir, `care-full-${hash}_bg.wasm`));
  const core = {
    js: `./${coreJs[1]}`,
    wasm: `./${coreWasm[1]}`,
    integrity: integrity384(fs.readFileSync(path.join(dir, coreWasm[1]))),
  };
  const full = {
    js: `./care-full-${hash}.js`,
    wasm: `./care-full-${hash}_bg.wasm`,
    integrity: integrity384(wasmData),
  };
  const body = splitBoot(core, full, fullAppSegments());
  return html
    .replace(boot[0], () => `<script type="module">\n${body}</script>`)
    .replace(/<link rel="(?:modulepreload|preload)" href="\.\/care-web-[^"]*"[^>]*>/g, '');
}

/**
 * Step 0, first part: minifies the wasm-bindgen JS loaders of a fresh split build (the full module's loader is still
 * `care-full.js`; the light one is `care-web-<hash>.js`). Returns the files minified.
 */
export async function minifyLoaders(dir) {
  if (!fs.existsSync(path.join(dir, 'care-full.js'))) return [];
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  if (html.includes('{{__TRUNK_ADDRESS__}}')) return [];
  const { minify } = await import(path.join(ROOT, 'tests/e2e/node_modules/terser/main.js'));
  const files = fs.readdirSync(dir).filter((f) => f === 'care-full.js' || /^care-web-[0-9a-f]+\.js$/.test(f));
  for (const f of files) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    const { code } = await minify(src, { module: true, compress: true, mangle: true });
    fs.writeFileSync(path.join(dir, f), `${code}\n`);
  }
  return files;
}

/**
 * Moves inline scripts out of the HTML, each into a file named after its content; returns { html, files,
 * devServer }. The files are minified (minifyScript), but under `trunk serve` (`devServer`, a page with trunk's
 * live-reload client, which stays inline: the dev server rewrites it in the HTML only).
 */
export function externalizeScripts(html) {
  const files = {};
  const isLiveReload = (body) => body.includes('{{__TRUNK_ADDRESS__}}') || body.includes('__TRUNK_WS');
  const scripts = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  const devServer = [...html.matchAll(scripts)].some(([, , body]) => isLiveReload(body));
  const out = html.replace(scripts, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || body.trim() === '' || isLiveReload(body)) return whole;
    const code = devServer ? `${body.trim()}\n` : minifyScript(body, { module: /\btype="module"/i.test(attrs) });
    const name = `boot-${sha('sha256', code).toString('hex').slice(0, 16)}.js`;
    files[name] = code;
    return `<script${attrs} src="./${name}"></script>`;
  });
  return { html: out, files, devServer };
}

/** Minifies every stylesheet of `dir` (minifyCss) in place; returns their paths. */
function minifyStylesheets(dir) {
  const sheets = listFiles(dir).filter((f) => f.endsWith('.css'));
  for (const f of sheets) {
    const file = path.join(dir, f);
    fs.writeFileSync(file, minifyCss(fs.readFileSync(file, 'utf8')));
  }
  return sheets;
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
 * the worker's code as shipped (`worker`: minified, before its version and list are filled in), so that a change of
 * either makes a new release, and a change of comments alone does not.
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
  let html = splitModules(dir, stripOwnMeta(fs.readFileSync(indexPath, 'utf8')));
  const { html: moved, files, devServer } = externalizeScripts(html);
  html = moved;
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
  fs.writeFileSync(indexPath, html);
  if (!devServer) minifyStylesheets(dir);

  // Boot files of earlier runs that the page no longer references (a copied dist/ edited by hand).
  for (const f of fs.readdirSync(dir)) {
    if (/^boot-[0-9a-f]{16}\.js$/.test(f) && !html.includes(`./${f}"`)) fs.unlinkSync(path.join(dir, f));
  }

  template ??= fs.readFileSync(path.join(ROOT, 'assets/sw.js'), 'utf8');
  // The worker as shipped: a classic script (src/components/update_banner.rs registers it without `type`), alone in
  // its global scope, so its top-level names are shortened too.
  const worker = devServer ? 'dev' : minifyScript(template, { toplevel: true });
  let all = listFiles(dir);
  const version = buildVersion(dir, all, worker);
  const head = [`<meta name="care-build" content="${version}">`];
  if (!devServer) head.unshift(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  html = insertAfterCharset(html, head);
  fs.writeFileSync(indexPath, html);

  all = listFiles(dir);
  const precache = all
    .filter((f) => !NOT_PRECACHED.has(f) && !notForThePage(f))
    .map((f) => ({
      url: f,
      integrity: `sha256-${sha('sha256', fs.readFileSync(path.join(dir, f))).toString('base64')}`,
      ...(isAppModule(f) ? { lazy: true } : {}),
    }));
  let sw;
  if (devServer) {
    sw = "// Development server build: no offline cache. This worker removes any earlier one.\n"
      + "self.addEventListener('install', () => self.skipWaiting());\n"
      + "self.addEventListener('activate', (e) => e.waitUntil(self.registration.unregister()));\n";
  } else {
    const once = (text, placeholder) => text.split(placeholder).length === 2;
    if (!once(worker, '"__CARE_VERSION__"') || !once(worker, '__CARE_PRECACHE__')) {
      throw new Error('assets/sw.js lacks its placeholders (a string \'__CARE_VERSION__\' and __CARE_PRECACHE__)');
    }
    sw = worker
      .replace('"__CARE_VERSION__"', () => JSON.stringify(version))
      .replace('__CARE_PRECACHE__', () => `[${precache.map((p) => JSON.stringify(p)).join(',')}]`);
  }
  fs.writeFileSync(path.join(dir, 'sw.js'), sw);
  const bytes = precache.reduce((n, p) => n + fs.statSync(path.join(dir, p.url)).size, 0);
  log(`[postbuild] ${devServer ? 'dev-server build (no CSP, no offline cache), ' : ''}version ${version}: `
    + `${precache.length} files precached (${bytes} bytes), scripts moved out: ${Object.keys(files).join(', ') || 'none'}`);
  return { version, precache, devServer };
}

/**
 * Step 0, last part: puts the start page in the app's frame into index.html's `#app`, between its
 * `<!--care:prerender-->` marks (so that a second run replaces the first one's). `rendered` is the HTML that the
 * app's own components give on the start route (`care-prerender`, yew's server renderer): the first paint shows it
 * before the WebAssembly module has loaded, and the app that runs the page renders the same markup in its place.
 */
export function insertPrerendered(html, rendered) {
  const place = /(<!--care:prerender-->)[\s\S]*?(<!--\/care:prerender-->)/;
  if (!place.test(html)) throw new Error('index.html has no <!--care:prerender--> place in #app');
  return html.replace(place, (_, open, close) => open + rendered + close);
}

/**
 * The page's icon link (`<link rel="icon" href="icons/favicon.svg">`) with the icon itself as a `data:` address, as
 * the header shows it (src/components/layout.rs): the browser does not ask the server for it again on every change
 * of the address.
 */
export function inlineIcon(html, svg) {
  // Percent-encoded where a URL may not hold the character as it is (the Nu checker refuses a raw "<").
  const data = `data:image/svg+xml,${svg.trim().replace(/%/g, '%25').replace(/#/g, '%23').replace(/"/g, "'")
    .replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\s/g, '%20')}`;
  return html.replace(/(<link rel="icon" href=")icons\/favicon\.svg(")/, (_, open, close) => open + data + close);
}

/** The start page as `care-prerender` renders it (a native build of the app's components, see Cargo.toml). */
export function renderStartPage() {
  const args = ['run', '--offline', '--quiet', '--features', 'prerender', '--bin', 'care-prerender'];
  const html = execFileSync('cargo', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (!html.includes('id="main"')) throw new Error('care-prerender gave no page');
  return html;
}

/**
 * Step 5: writes `FILE.gz` (zopfli, from tests/e2e's npm packages) and `FILE.br` (node's brotli at its best
 * quality) beside every compressible file of `dir`, and removes the copies whose file is gone.
 * Returns [{ file, raw, gz, br }].
 */
export async function precompress(dir, { log = console.log, iterations = 5 } = {}) {
  const zopfli = path.join(ROOT, 'tests/e2e/node_modules/@gfx/zopfli/dist/index.js');
  const { gzipAsync } = await import(zopfli);
  const files = listFiles(dir).filter((f) => COMPRESSIBLE.test(f));
  const out = [];
  for (const f of files) {
    const data = fs.readFileSync(path.join(dir, f));
    const gz = Buffer.from(await gzipAsync(data, { numiterations: iterations }));
    fs.writeFileSync(path.join(dir, `${f}.gz`), gz);
    const br = brotli(data);
    fs.writeFileSync(path.join(dir, `${f}.br`), br);
    out.push({ file: f, raw: data.length, gz: gz.length, br: br.length });
  }
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (isPrecompressed(e.name) && !fs.existsSync(p.slice(0, -3))) fs.unlinkSync(p);
    }
  };
  walk(dir);
  const total = (k) => out.reduce((n, x) => n + x[k], 0);
  log(`[postbuild] precompressed ${out.length} files: ${total('gz')} bytes of .gz copies (zopfli), ${total('br')} of .br`);
  return out;
}

/** `data` compressed with brotli at its best quality and largest window, as `brotli -q 11` would. */
function brotli(data) {
  const { constants } = zlib;
  return zlib.brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] || process.env.TRUNK_STAGING_DIR || path.join(ROOT, 'dist'));
  try {
    const minified = await minifyLoaders(dir);
    if (minified.length) console.log(`[postbuild] minified ${minified.join(', ')}`);
    const index = path.join(dir, 'index.html');
    const page = fs.readFileSync(index, 'utf8');
    if (!page.includes('{{__TRUNK_ADDRESS__}}')) { // not under `trunk serve`, where a rebuild should stay quick
      const icon = fs.readFileSync(path.join(dir, 'icons/favicon.svg'), 'utf8');
      fs.writeFileSync(index, inlineIcon(insertPrerendered(page, renderStartPage()), icon));
      console.log('[postbuild] start page rendered into index.html');
    }
    const { devServer } = postbuild(dir);
    if (!devServer) await precompress(dir);
  } catch (e) {
    console.error(`[postbuild] ${e.message}`);
    process.exit(1);
  }
}
