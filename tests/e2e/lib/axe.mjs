// axe-core in the page (from the local npm package, evaluated through the devtools protocol: no network, and not
// blocked by the page's Content-Security-Policy as an inline <script> tag would be): returns the WCAG 2.1 A/AA
// violations of the current view, formatted for an assertion message, and the assertion that there are none.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A/AA violations of the page (an empty array when there are none). */
export async function axeViolations(page, { exclude = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(async (exclude) => {
    const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
    const r = await window.axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary}`),
    }));
  }, exclude);
  return result;
}

/** A readable summary of violations, for `assert.deepEqual(v, [], formatViolations(v))`. */
export function formatViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');
}

/** Asserts that the page (or frame) has no WCAG 2.1 A/AA violation; the message names `what` and lists them. */
export async function axeClean(page, what) {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${what}:\n${formatViolations(v)}`);
}
