// The post-build step (scripts/postbuild.mjs) on small made-up builds: inline scripts move out, minified, the CSP
// meta and the build id go first in the head, the worker lists every file with its SRI hash, a second run changes
// nothing, any change of content gives a new version (a change of comments alone none), and a dev-server build keeps
// its live-reload script and gets no cache. The stylesheet minifier keeps the meaning of tricky CSS and of app.css
// rule by rule as Chromium reads it; the shipped worker, boot script and stylesheet are minified.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  postbuild, precompress, insertPrerendered, inlineIcon, fullAppSegments, minifyCss, CSP,
} from '../../scripts/postbuild.mjs';
import { launch } from './lib/browser.mjs';

const temps = [];
after(() => { for (const d of temps) fs.rmSync(d, { recursive: true, force: true }); });

const HTML = `<!doctype html>
<html lang="it">
<head>
  <meta charset="utf-8">
  <title>t</title>
  <link rel="stylesheet" href="css/app.css">
<script type="module">
import init from './app-0123456789abcdef.js';
await init({ module_or_path: './app-0123456789abcdef_bg.wasm' });
</script>
</head>
<body><div id="app"></div></body>
</html>
`;

function fakeBuild(html = HTML) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'care-postbuild-'));
  temps.push(dir);
  fs.mkdirSync(path.join(dir, 'css'));
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.writeFileSync(path.join(dir, 'css/app.css'), 'body{}\n');
  fs.writeFileSync(path.join(dir, 'app-0123456789abcdef.js'), 'export default async function init() {}\n');
  fs.writeFileSync(path.join(dir, 'app-0123456789abcdef_bg.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  return dir;
}

const read = (dir, f) => fs.readFileSync(path.join(dir, f), 'utf8');
const snapshot = (dir) => Object.fromEntries(fs.readdirSync(dir, { recursive: true })
  .filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => [f, read(dir, f)]));
const quiet = { log: () => {} };

test('the inline boot script becomes an external file, and the head starts with the CSP and the build id', () => {
  const dir = fakeBuild();
  const { version, precache } = postbuild(dir, quiet);
  const html = read(dir, 'index.html');
  const boot = html.match(/<script type="module" src="\.\/(boot-[0-9a-f]{16}\.js)"><\/script>/);
  assert.ok(boot, html);
  assert.match(read(dir, boot[1]),
    /^import (\w+) ?from ?"\.\/app-0123456789abcdef\.js";await \1\(\{module_or_path:"\.\/app-0123456789abcdef_bg\.wasm"\}\);?\n$/,
    'the script, minified');
  assert.doesNotMatch(html, /await init/, 'no code left inline');
  assert.match(html, new RegExp(`<meta charset="utf-8">\\n  <meta http-equiv="Content-Security-Policy" content="${CSP.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\n  <meta name="care-build" content="${version}">\\n`));
  assert.deepEqual(precache.map((p) => p.url).sort(),
    ['app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm', boot[1], 'css/app.css', 'index.html'].sort());
  for (const { url, integrity } of precache) {
    const digest = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, url))).digest('base64');
    assert.equal(integrity, `sha256-${digest}`, url);
  }
  const sw = read(dir, 'sw.js');
  assert.equal(sw.split(`"${version}"`).length, 2, 'the version, once');
  assert.ok(sw.includes(`[${precache.map((p) => JSON.stringify(p)).join(',')}]`), 'the precache list');
  assert.doesNotMatch(sw, /__CARE_/, 'every placeholder is filled');
  assert.ok(!precache.some((p) => p.url === 'sw.js'), 'the worker does not precache itself');
});

test('a second run changes nothing; a changed file gives a new version and a new worker', () => {
  const dir = fakeBuild();
  const first = postbuild(dir, quiet);
  const before = snapshot(dir);
  const again = postbuild(dir, quiet);
  assert.equal(again.version, first.version);
  assert.deepEqual(snapshot(dir), before);

  fs.appendFileSync(path.join(dir, 'css/app.css'), '/* a comment */\n');
  assert.equal(postbuild(dir, quiet).version, first.version, 'a comment alone is not shipped: the same release');
  assert.deepEqual(snapshot(dir), before);

  fs.appendFileSync(path.join(dir, 'css/app.css'), '.changed { color: red; }\n');
  const changed = postbuild(dir, quiet);
  assert.equal(read(dir, 'css/app.css'), 'body{}.changed{color:red}\n', 'the stylesheet, minified');
  assert.notEqual(changed.version, first.version);
  assert.notEqual(read(dir, 'sw.js'), before['sw.js']);
  assert.equal((read(dir, 'index.html').match(/name="care-build"/g) || []).length, 1, 'one build id');
  assert.equal((read(dir, 'index.html').match(/Content-Security-Policy/g) || []).length, 1, 'one policy');
});

test('a change of the worker code alone makes a new release', () => {
  const dir = fakeBuild();
  const real = fs.readFileSync(new URL('../../assets/sw.js', import.meta.url), 'utf8');
  const a = postbuild(dir, quiet);
  const comment = postbuild(dir, { ...quiet, template: `${real}\n// a note on the worker\n` });
  assert.equal(comment.version, a.version, 'a comment alone is not shipped');
  const b = postbuild(dir, { ...quiet, template: `${real}\nconsole.info('a fix in the worker');\n` });
  assert.notEqual(b.version, a.version);
  assert.match(read(dir, 'sw.js'), /a fix in the worker/);
});

test('the version depends on file contents and names, not on the run', () => {
  const a = fakeBuild();
  const b = fakeBuild();
  assert.equal(postbuild(a, quiet).version, postbuild(b, quiet).version, 'same files, same version');
  fs.renameSync(path.join(b, 'css/app.css'), path.join(b, 'css/main.css'));
  assert.notEqual(postbuild(b, quiet).version, postbuild(a, quiet).version, 'a renamed file changes it');
});

test('a trunk serve build keeps the live-reload script inline, gets no CSP and a worker that removes itself', () => {
  const html = HTML.replace('</body>', "<script>(function () { const address = '{{__TRUNK_ADDRESS__}}'; })()</script></body>");
  const dir = fakeBuild(html);
  fs.writeFileSync(path.join(dir, 'css/app.css'), 'body { color: red; } /* readable */\n');
  const r = postbuild(dir, quiet);
  assert.equal(read(dir, 'css/app.css'), 'body { color: red; } /* readable */\n', 'nothing minified in development');
  const boot = read(dir, read(dir, 'index.html').match(/src="\.\/(boot-[0-9a-f]{16}\.js)"/)[1]);
  assert.match(boot, /^import init from '\.\/app-0123456789abcdef\.js';\n/);
  assert.equal(r.devServer, true);
  const out = read(dir, 'index.html');
  assert.match(out, /\{\{__TRUNK_ADDRESS__\}\}/, 'the live-reload script stays inline');
  assert.doesNotMatch(out, /Content-Security-Policy/);
  assert.match(out, /name="care-build"/);
  assert.match(read(dir, 'sw.js'), /unregister\(\)/);
  assert.doesNotMatch(read(dir, 'sw.js'), /caches\.open/);
});

test('a page without <meta charset> is refused', () => {
  const dir = fakeBuild(HTML.replace('<meta charset="utf-8">', ''));
  assert.throws(() => postbuild(dir, quiet), /no <meta charset>/);
});

/**
 * A split build as trunk leaves it: the light app's boot and preload links (`light`: trunk's hash of it, a number
 * written without leading zeros, so 16 digits or fewer), and the full app's unhashed module.
 */
function fakeSplitBuild(light = '0123456789abcdef') {
  const html = HTML.replace('<script type="module">\nimport init from \'./app-0123456789abcdef.js\';\nawait init({ module_or_path: \'./app-0123456789abcdef_bg.wasm\' });\n</script>',
    `<script type="module">
import init, * as bindings from './care-web-${light}.js';
const wasm = await init({ module_or_path: './care-web-${light}_bg.wasm' });
window.wasmBindings = bindings;
</script>
<link rel="modulepreload" href="./care-web-${light}.js" crossorigin="anonymous" integrity="sha384-x"><link rel="preload" href="./care-web-${light}_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm">`);
  const dir = fakeBuild(html);
  fs.writeFileSync(path.join(dir, `care-web-${light}.js`), 'export default async function init() {}\n');
  fs.writeFileSync(path.join(dir, `care-web-${light}_bg.wasm`), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 'care-full.js'), 'export default async function init() {}\nexport function care_start() {}\n');
  fs.writeFileSync(path.join(dir, 'care-full_bg.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, 1]));
  return dir;
}

test('a split build: the full module is named by content, and the boot loads one app per page', () => {
  const dir = fakeSplitBuild();
  const { precache } = postbuild(dir, quiet);
  const files = fs.readdirSync(dir);
  const full = files.find((f) => /^care-full-[0-9a-f]{16}\.js$/.test(f));
  assert.ok(full, files.join(' '));
  assert.ok(files.includes(full.replace('.js', '_bg.wasm')));
  assert.ok(!files.includes('care-full.js') && !files.includes('care-full_bg.wasm'), 'the unhashed names are gone');
  const html = read(dir, 'index.html');
  assert.doesNotMatch(html, /modulepreload|rel="preload" href="\.\/care-web/, 'no preload of the light app');
  const bootName = html.match(/src="\.\/(boot-[0-9a-f]{16}\.js)"/)[1];
  const boot = read(dir, bootName);
  assert.match(boot, /\bjs:"\.\/care-web-0123456789abcdef\.js"/);
  assert.match(boot, new RegExp(`\\bjs:"\\./${full.replace('.', '\\.')}"`));
  const wasm = fs.readFileSync(path.join(dir, 'care-web-0123456789abcdef_bg.wasm'));
  assert.ok(boot.includes(`sha384-${crypto.createHash('sha384').update(wasm).digest('base64')}`), 'the light wasm SRI');
  const segments = fullAppSegments();
  assert.ok(boot.includes(JSON.stringify(segments)), 'the routes of the route table (care-routes)');
  assert.ok(segments.includes('risultati') && segments.includes('embed') && !segments.includes('questionario'));
  assert.ok(precache.some((p) => p.url === full), 'the full module is precached for offline use');
  const light = ['care-web-0123456789abcdef.js', 'care-web-0123456789abcdef_bg.wasm'];
  assert.deepEqual(precache.filter((p) => p.lazy).map((p) => p.url).sort(), [full, full.replace('.js', '_bg.wasm'), ...light].sort(),
    'the two modules\' files are cached once the page has loaded them, not at install (a page runs one module)');

  const before = snapshot(dir);
  postbuild(dir, quiet);
  assert.deepEqual(snapshot(dir), before, 'a second run changes nothing');
});


test('a light module whose trunk hash has fewer than 16 digits is still cached once loaded, not at install', () => {
  const light = '53edfa20f2eccb'; // as trunk named one release: its hash, a u64, had two leading zeros
  const { precache } = postbuild(fakeSplitBuild(light), quiet);
  const lazy = precache.filter((p) => p.lazy).map((p) => p.url);
  assert.ok(lazy.includes(`care-web-${light}.js`) && lazy.includes(`care-web-${light}_bg.wasm`), lazy.join(' '));
  assert.ok(!precache.some((p) => !p.lazy && /^care-web-/.test(p.url)), 'not fetched by the worker at install');
});
test('the route list of care-routes: a list of segments is taken, anything else is refused', () => {
  assert.throws(() => fullAppSegments('[]'), /no route of the full app/);
  assert.throws(() => fullAppSegments('pub const FULL_APP_SEGMENTS: &[&str] = &["a"];'), /did not print JSON/);
  assert.throws(() => fullAppSegments('{"a":1}'), /not print a list/);
  assert.throws(() => fullAppSegments('["a", 1]'), /not print a list/);
  assert.throws(() => fullAppSegments('["a/b"]'), /not print a list/);
  assert.deepEqual(fullAppSegments('["a","b"]\n'), ['a', 'b']);
});

test('precompressed copies: every compressible file gets a .gz and a .br that unpack to it, and they are not precached', async () => {
  const dir = fakeBuild();
  fs.writeFileSync(path.join(dir, 'css/app.css'), 'body { color: #000; }\n'.repeat(200));
  fs.writeFileSync(path.join(dir, 'font.woff2'), Buffer.from([1, 2, 3]));
  postbuild(dir, quiet);
  const out = await precompress(dir, { ...quiet, iterations: 1 });
  const names = out.map((x) => x.file).sort();
  assert.ok(names.includes('css/app.css') && names.includes('index.html') && names.includes('sw.js'), names.join(' '));
  assert.ok(!names.includes('font.woff2'), 'fonts are compressed already');
  for (const { file } of out) {
    const raw = fs.readFileSync(path.join(dir, file));
    assert.deepEqual(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`))), raw, file);
    assert.deepEqual(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`))), raw, `${file}.br`);
  }
  assert.ok(!fs.existsSync(path.join(dir, 'font.woff2.br')), 'no brotli copy of a font');
  const css = out.find((x) => x.file === 'css/app.css');
  assert.ok(css.gz < css.raw / 10, `the repeated CSS compresses: ${css.gz} of ${css.raw}`);
  assert.ok(css.br < css.raw / 10, `and with brotli: ${css.br} of ${css.raw}`);
  const again = postbuild(dir, quiet);
  assert.ok(!again.precache.some((p) => /\.(gz|br)$/.test(p.url)), 'no .gz or .br copy in the precache');
  fs.unlinkSync(path.join(dir, 'css/app.css'));
  await precompress(dir, { ...quiet, iterations: 1 });
  assert.ok(!fs.existsSync(path.join(dir, 'css/app.css.gz')), 'the copy of a removed file goes too');
  assert.ok(!fs.existsSync(path.join(dir, 'css/app.css.br')), 'and its brotli copy');
});

test('the start page rendered at build time goes between the marks of #app, in place of an earlier one', () => {
  const page = '<body><div id="app"><!--care:prerender--><p>Caricamento…</p><!--/care:prerender--></div></body>';
  const once = insertPrerendered(page, '<main id="main">A</main>');
  assert.equal(once, '<body><div id="app"><!--care:prerender--><main id="main">A</main><!--/care:prerender--></div></body>');
  assert.equal(insertPrerendered(once, '<main id="main">B</main>'), once.replace('>A<', '>B<'), 'a second run replaces the first');
  assert.equal(insertPrerendered(once, '$& $1'), once.replace('<main id="main">A</main>', () => '$& $1'), 'taken literally');
  assert.throws(() => insertPrerendered('<div id="app"></div>', 'x'), /no <!--care:prerender--> place/);
});

test('the icon link carries the icon as a data: address, escaped for a URL and an attribute', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#0066cc" width="50%"/></svg>\n';
  const html = inlineIcon('<link rel="icon" href="icons/favicon.svg" type="image/svg+xml">', svg);
  assert.equal(html, `<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%3E%3Crect%20fill='%230066cc'%20width='50%25'/%3E%3C/svg%3E" type="image/svg+xml">`);
  assert.equal(inlineIcon(html, svg), html, 'a second run changes nothing');
});

/** Tricky stylesheets and what minifyCss makes of them. */
const CSS_CASES = [
  ['/*! licence */\n/* a note */\na  >  b ,  c  d {\n  color: red ;  /* why */\n  margin : 0  auto;\n}\n',
    '/*! licence */ a>b,c d{color:red;margin :0 auto}\n'],
  ['a::before { content: "/* not a comment */  x"; } b::after { content: \'it\\\'s  }{ ;\' }',
    'a::before{content:"/* not a comment */  x"}b::after{content:\'it\\\'s  }{ ;\'}\n'],
  ['b { background: url( "a b.png" ) no-repeat , url( c\\ d.png ) , URL(e.png); }',
    'b{background:url("a b.png") no-repeat,url( c\\ d.png ),URL(e.png)}\n'],
  ['.w { width: calc(100% - 2 * (1rem + 2px)); border: 1px solid var(--c, #000); }',
    '.w{width:calc(100% - 2 * (1rem + 2px));border:1px solid var(--c,#000)}\n'],
  ['@media screen and (min-width: 40em) , print {\n  a { b: c; }\n}\n@supports not (display: grid) { a { float: left } }',
    '@media screen and (min-width:40em),print{a{b:c}}@supports not (display:grid){a{float:left}}\n'],
  ['p :not( a  b ) > i , p:hover ~ q + r { x: y !important; }', 'p :not(a b)>i,p:hover ~ q + r{x:y!important}\n'],
  ['.\\31 0 , .a\\:b { content: "\\2713"; } .\\31  p { }', '.\\31 0,.a\\:b{content:"\\2713"}.\\31  p{}\n'],
  ['a/**/b { } a /* x */ b { } a/* x */ b { } i/* x *//* y */j { }', 'a/**/b{}a b{}a b{}i/**/j{}\n'],
];

test('the stylesheet minifier keeps strings, URLs, escapes and significant spaces; a second pass changes nothing', () => {
  for (const [css, want] of CSS_CASES) {
    assert.equal(minifyCss(css), want, css);
    assert.equal(minifyCss(want), want, `again: ${want}`);
  }
});

test('the minified app.css means what app.css means, rule by rule as Chromium reads it', async () => {
  const css = fs.readFileSync(new URL('../../assets/css/app.css', import.meta.url), 'utf8');
  const min = minifyCss(css);
  assert.ok(min.length < css.length * 0.85, `smaller: ${min.length} of ${css.length} characters`);
  assert.ok(min.startsWith('/*! Ca.Re autovalutazione'), 'the licence header stays');
  assert.equal(min.match(/\/\*/g).length, 1, 'no other comment');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    // Every rule's text as the CSSOM serialises it, which normalises what the parser reads, except the values that
    // are kept as written (custom properties, values with var()): there the whitespace next to a comma, which never
    // matters, is taken out of both sides (not inside strings).
    const rules = (text) => page.evaluate((t) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(t);
      return [...sheet.cssRules].map((r) => r.cssText.replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\s*,\s*/g,
        (m, string) => string ?? ','));
    }, text);
    const [before, after] = [await rules(css), await rules(min)];
    assert.ok(before.length > 300, `the whole sheet is read: ${before.length} rules`);
    assert.deepEqual(after, before);
    // (Chromium keeps an @supports condition as written, so those cases are compared by text above only.)
    for (const [tricky] of CSS_CASES.filter(([c]) => !c.includes('@supports'))) {
      assert.deepEqual(await rules(minifyCss(tricky)), await rules(tricky), tricky);
    }
  } finally {
    await browser.close();
  }
});

test('the worker, the boot scripts and the stylesheet are shipped minified; the sources keep their comments', () => {
  const dir = fakeSplitBuild();
  const css = fs.readFileSync(new URL('../../assets/css/app.css', import.meta.url), 'utf8');
  fs.writeFileSync(path.join(dir, 'css/app.css'), css);
  const page = read(dir, 'index.html').replace('</head>',
    "<script>\n  // A note.\n  function careNote(text) { return `${text}!`; }\n</script>\n</head>");
  fs.writeFileSync(path.join(dir, 'index.html'), page);
  const { precache } = postbuild(dir, quiet);
  const template = fs.readFileSync(new URL('../../assets/sw.js', import.meta.url), 'utf8');
  const sw = read(dir, 'sw.js');
  assert.ok(sw.length < template.length * 0.5 + precache.length * 200, `the worker: ${sw.length} bytes`);
  assert.doesNotMatch(sw, /\n(?!$)|\/\/ |\/\*/, 'one line, no comment');
  assert.match(sw, /^"use strict";/, 'still strict');
  const html = read(dir, 'index.html');
  const boots = [...html.matchAll(/<script( type="module")? src="\.\/(boot-[0-9a-f]{16}\.js)"><\/script>/g)];
  assert.equal(boots.length, 2, html);
  for (const [, module, name] of boots) {
    const code = read(dir, name);
    assert.doesNotMatch(code, /\n(?!$)|\/\/ |\/\*/, `${name}: one line, no comment`);
    if (module) assert.ok(code.includes('window.careLoadFull=') && code.length < 2500, `the split boot: ${code.length} bytes`);
    else assert.match(code, /^function careNote\((\w+)\)\{return`\$\{\1\}!`\}\n$/, 'a classic script: its globals stay');
    const sri = precache.find((p) => p.url === name).integrity;
    assert.equal(sri, `sha256-${crypto.createHash('sha256').update(code).digest('base64')}`, `${name}: SRI of the bytes shipped`);
  }
  assert.equal(read(dir, 'css/app.css'), minifyCss(css));
  assert.equal(precache.find((p) => p.url === 'css/app.css').integrity,
    `sha256-${crypto.createHash('sha256').update(minifyCss(css)).digest('base64')}`, 'SRI of the stylesheet shipped');
  assert.match(template, /\n\/\/ One deployment per scope/, 'the template keeps its comments');
});
