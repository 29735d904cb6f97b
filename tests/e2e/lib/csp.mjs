// Content-Security-Policy helpers for the end-to-end tests: the policy of the build (from scripts/postbuild.mjs),
// the policy of the sample nginx configuration, and a watch on violations in a page.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';

export { CSP } from '../../../scripts/postbuild.mjs';

/** The Content-Security-Policy header value of deploy/nginx.conf (the one `add_header` line). */
export function nginxCsp() {
  const conf = fs.readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const m = conf.match(/^\s*add_header\s+Content-Security-Policy\s+"([^"]+)"/m);
  if (!m) throw new Error('deploy/nginx.conf has no Content-Security-Policy header');
  return m[1];
}

/** Splits a policy into a map of directive -> sorted sources, for comparisons. */
export function parsePolicy(policy) {
  const out = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources.sort().join(' ');
  }
  return out;
}

/**
 * Records `securitypolicyviolation` events of every document of the page (from before any script of the page
 * runs) and console messages about the policy; `violations()` returns both as strings.
 */
export async function watchCsp(page) {
  const consoleHits = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) consoleHits.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    async violations() {
      const events = await page.evaluate(() => window.__cspViolations || []);
      return [...events.map((e) => `event: ${e}`), ...consoleHits];
    },
  };
}
