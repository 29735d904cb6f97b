// The Nu HTML checker (npm vnu-jar, run with the machine's Java) over rendered pages: each page's DOM as the
// browser holds it, serialised with its doctype, checked in one run of the checker.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));

/** The page's current DOM as an HTML document. */
export async function renderedHtml(page) {
  return page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
}

/**
 * Checks documents `{ name, html }`; resolves to the checker's messages of type "error", each as
 * `{ view, line, message, extract }`.
 */
export async function nuErrors(documents) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'care-vnu-'));
  try {
    const files = documents.map((d, i) => {
      const file = path.join(dir, `${String(i).padStart(2, '0')}.html`);
      fs.writeFileSync(file, d.html);
      return file;
    });
    const stdout = await new Promise((resolve, reject) => {
      execFile('java', ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
        { maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve(out)));
    });
    const byFile = new Map(files.map((f, i) => [`file:${f}`, documents[i].name]));
    return JSON.parse(stdout).messages
      .filter((m) => m.type === 'error')
      .map((m) => ({ view: byFile.get(m.url) ?? m.url, line: m.lastLine, message: m.message, extract: m.extract }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The errors as lines, for an assertion message. */
export function formatNuErrors(errors) {
  return errors.map((e) => `${e.view} (line ${e.line}): ${e.message}\n    ${(e.extract || '').replace(/\s+/g, ' ').slice(0, 200)}`).join('\n');
}
