// The font faces a downloaded SVG chart carries: the `@font-face` rules of its `<style>`, each with its weight and
// the bytes of its `data:font/woff2;base64,` source, to compare with the app's own font files.
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './server.mjs';

/** The faces embedded in `svg` (its text): [{ weight, bytes }] in document order. */
export function embeddedFaces(svg) {
  return [...svg.matchAll(/@font-face\{[^}]*font-weight:([^;]+);[^}]*url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g)]
    .map(([, weight, b64]) => ({ weight, bytes: Buffer.from(b64, 'base64') }));
}

/** The faces an SVG of the app must carry: the two files of dist/fonts/ that the page itself uses. */
export function appFaces() {
  return [['400', 'titillium-web-400.woff2'], ['600 700', 'titillium-web-600.woff2']]
    .map(([weight, file]) => ({ weight, bytes: fs.readFileSync(path.join(DIST, 'fonts', file)) }));
}
