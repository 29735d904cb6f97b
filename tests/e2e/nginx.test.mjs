// The sample deploy/nginx.conf, run by Debian's nginx (installed by scripts/setup.sh): the file adapted to a temp
// prefix, a port on 127.0.0.1 and dist/ under the sub-path /a/b/, then checked for its headers (MIME types, cache
// lifetimes, CSP, gzip) and with the app in Chromium: it loads and is used with the CSP header and no violation, and
// the service worker takes over. Skipped only when there is no nginx binary at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, ROOT } from './lib/server.mjs';
import { launch, openPage, appReady } from './lib/browser.mjs';
import { CSP, nginxCsp, parsePolicy, watchCsp } from './lib/csp.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
/** The brotli module the sample's `brotli_static on` needs (Debian's libnginx-mod-http-brotli-static, see setup.sh). */
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const PREFIX = '/a/b/';
let tmp, proc, origin, browser, stderr = '';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** deploy/nginx.conf adapted to this machine, inside a minimal main configuration. */
function configuration(port) {
  let site = fs.readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const swaps = [
    [/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`],
    [/^\s*listen \[::\]:80;$/m, ''],
    [/^\s*root \/var\/www\/html;$/m, `    root ${tmp}/www;`],
    [/location \/care\/ \{/, `location ${PREFIX} {`],
  ];
  for (const [from, to] of swaps) {
    assert.match(site, from, `deploy/nginx.conf still has ${from}`);
    site = site.replace(from, to);
  }
  const user = process.getuid?.() === 0 ? 'user root;\n' : ''; // workers must read dist/ wherever it is
  return `${user}load_module ${BROTLI_STATIC};
daemon off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${tmp}/access.log;
    client_body_temp_path ${tmp}/body;
    proxy_temp_path ${tmp}/proxy;
    fastcgi_temp_path ${tmp}/fastcgi;
    uwsgi_temp_path ${tmp}/uwsgi;
    scgi_temp_path ${tmp}/scgi;
${site}
}
`;
}

async function waitUp(url) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer at ${url}: ${stderr}`);
}

before(async () => {
  if (!NGINX) return;
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'care-nginx-'));
  fs.chmodSync(tmp, 0o755);
  fs.mkdirSync(path.join(tmp, 'www/a'), { recursive: true });
  fs.symlinkSync(DIST, path.join(tmp, 'www/a/b'));
  const port = await freePort();
  fs.writeFileSync(path.join(tmp, 'nginx.conf'), configuration(port));
  const check = spawnSync(NGINX, ['-t', '-e', path.join(tmp, 'error.log'), '-p', tmp, '-c', path.join(tmp, 'nginx.conf')], { encoding: 'utf8' });
  assert.equal(check.status, 0, `nginx -t refuses the configuration:\n${check.stderr}`);
  proc = spawn(NGINX, ['-e', path.join(tmp, 'error.log'), '-p', tmp, '-c', path.join(tmp, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  proc.stderr.on('data', (d) => { stderr += d; });
  origin = `http://127.0.0.1:${port}`;
  await waitUp(`${origin}${PREFIX}`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (proc && proc.exitCode === null) {
    proc.kill('SIGQUIT');
    await new Promise((r) => { proc.once('exit', r); setTimeout(r, 3000); });
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const skip = NGINX ? false : 'no nginx binary (scripts/setup.sh installs nginx-light)';

test('nginx serves the files with the right types, cache lifetimes and security headers', { skip }, async () => {
  const files = fs.readdirSync(DIST);
  const wasm = files.find((f) => /_bg\.wasm$/.test(f));
  const boot = files.find((f) => /^boot-[0-9a-f]{16}\.js$/.test(f));
  const expect = [
    ['', 'text/html', 'no-cache'],
    ['index.html', 'text/html', 'no-cache'],
    ['sw.js', 'application/javascript', 'no-cache'],
    ['manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['css/app.css', 'text/css', 'no-cache'],
    ['fonts/titillium-web-400.woff2', 'font/woff2', 'no-cache'],
    [wasm, 'application/wasm', 'public, max-age=31536000, immutable'],
    [boot, 'application/javascript', 'public, max-age=31536000, immutable'],
  ];
  for (const [file, type, cache] of expect) {
    const r = await fetch(`${origin}${PREFIX}${file}`);
    assert.equal(r.status, 200, file);
    assert.equal(r.headers.get('content-type').split(';')[0], type, `type of ${file || '/'}`);
    assert.equal(r.headers.get('cache-control'), cache, `cache-control of ${file || '/'}`);
    assert.equal(r.headers.get('content-security-policy'), nginxCsp(), `CSP on ${file || '/'}`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(r.headers.get('etag'), `an ETag on ${file || '/'}`);
  }
  const header = parsePolicy(nginxCsp());
  delete header['frame-ancestors'];
  assert.deepEqual(header, parsePolicy(CSP), 'the header policy is the meta policy plus frame-ancestors');

  // The precompressed copies for the big ones (fetch would decode them silently: ask with a raw request): brotli to
  // a browser that accepts it, gzip to one that accepts only gzip.
  const raw = (acceptEncoding) => new Promise((resolve, reject) => {
    import('node:http').then(({ get }) => get(`${origin}${PREFIX}${wasm}`, { headers: { 'accept-encoding': acceptEncoding } }, (r) => {
      const chunks = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject));
  });
  const wasmBytes = fs.readFileSync(path.join(DIST, wasm));
  const gz = await raw('gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip', 'the wasm is sent gzipped');
  assert.deepEqual(zlib.gunzipSync(gz.body), wasmBytes);
  assert.deepEqual(gz.body, fs.readFileSync(path.join(DIST, `${wasm}.gz`)), 'the precompressed copy is sent (gzip_static)');
  const br = await raw('gzip, deflate, br, zstd');
  assert.equal(br.headers['content-encoding'], 'br', 'the wasm is sent with brotli to a browser that takes it');
  assert.deepEqual(zlib.brotliDecompressSync(br.body), wasmBytes);
  assert.deepEqual(br.body, fs.readFileSync(path.join(DIST, `${wasm}.br`)), 'the brotli copy is sent (brotli_static)');
  assert.ok(br.body.length < gz.body.length * 0.9, `brotli ${br.body.length} B against gzip ${gz.body.length} B`);
  const missing = await fetch(`${origin}${PREFIX}nothing-here.js`);
  assert.equal(missing.status, 404);
});

test('under nginx the app loads and works with the CSP header, and goes offline-ready', { skip }, async () => {
  const { page, context, problems } = await openPage(browser, origin);
  const csp = await watchCsp(page);
  try {
    await page.goto(`${origin}${PREFIX}`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30000 });
    await page.click('a.nav-link[href="#/metodo"]');
    await page.waitForSelector('h1:has-text("Come calcoliamo")');
    await page.click('button.lang-btn[lang=en]');
    await page.waitForSelector('h1:has-text("How we compute")');
    assert.deepEqual(await csp.violations(), []);
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await page.waitForSelector('h1:has-text("How we compute")');
    assert.deepEqual(await csp.violations(), []);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
