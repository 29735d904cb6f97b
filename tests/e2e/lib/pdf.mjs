// Printed pages for the print tests (print, report-html, evidence): the page printed to an A4 PDF under
// tests/e2e/artifacts/, the text of its pages (poppler's pdftotext) and its pages as PNG (pdftoppm) to be looked at.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ARTIFACTS } from './server.mjs';

/** Prints `page` (print media) to the A4 PDF `{name}.pdf` under the artifacts; resolves to its path. */
export async function printToPdf(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  return pdf;
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
}

/** The text of each page of a PDF (laid out). */
export function pdfPages(pdf) {
  return Array.from({ length: pdfPageCount(pdf) }, (_, i) => execFileSync('pdftotext',
    ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
}

/**
 * Renders the pages `first` to `last` (all by default) of `pdf` at 60 dpi as `{name}-N.png` under the artifacts,
 * after removing the images a previous run left under that name; returns the new images' file names.
 */
export function pdfToPngs(pdf, name, { first = 1, last = pdfPageCount(pdf) } = {}) {
  const mine = (f) => f.startsWith(`${name}-`) && /^\d+\.png$/.test(f.slice(name.length + 1));
  for (const f of fs.readdirSync(ARTIFACTS).filter(mine)) fs.rmSync(path.join(ARTIFACTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(last), pdf,
    path.join(ARTIFACTS, name)]);
  return fs.readdirSync(ARTIFACTS).filter(mine);
}
