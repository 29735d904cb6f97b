// No folder of the build machine in what is shipped: the panic locations that rustc writes into the modules name
// the source files of the dependencies, and without scripts/env.sh's --remap-path-prefix flags they carry the
// cargo home (its registry folder), which leaks the machine's layout and costs bytes on every first visit. The
// folders are those of the machine running the test (the one that built dist/), never written here. std's own
// locations (/rustc/<commit>/library/...) come precompiled and stay: no stable flag remaps them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT } from './lib/server.mjs';

/** Every shipped file of dist/ (the .gz and .br copies are the same bytes compressed). */
const shipped = fs.readdirSync(DIST, { recursive: true })
  .map((f) => path.join(DIST, f))
  .filter((f) => fs.statSync(f).isFile() && !/\.(gz|br)$/.test(f));

/** A folder as written by the tools and as resolved (a symlinked home gives two spellings). */
const spellings = (dir) => [...new Set([dir, fs.existsSync(dir) ? fs.realpathSync(dir) : dir])];

/** The sysroot of the toolchain that built dist/, or none if rustc is not on PATH. */
function sysroot() {
  try {
    return [execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim()];
  } catch {
    return [];
  }
}

/** The build machine's folders, each with a final slash (so that a short root does not match a file name). */
const folders = [
  ['the cargo home', process.env.CARGO_HOME || path.join(os.homedir(), '.cargo')],
  ['the repository', ROOT],
  ...sysroot().map((dir) => ['the Rust sysroot', dir]),
].flatMap(([what, dir]) => spellings(dir).filter((d) => d !== path.sep).map((d) => [what, d + path.sep]));

/** Each place in `bytes` where `needle` occurs, with the string around it up to the nearest NUL or line end. */
function hits(bytes, needle) {
  const found = [];
  for (let at = bytes.indexOf(needle); at >= 0 && found.length < 5; at = bytes.indexOf(needle, at + 1)) {
    let end = at;
    while (end < bytes.length && bytes[end] > 0x0a) end += 1;
    found.push(bytes.subarray(at, end).toString('latin1'));
  }
  return found;
}

test('dist/ holds both modules and their scripts', () => {
  for (const re of [/care-web-[0-9a-f]+_bg\.wasm$/, /care-full-[0-9a-f]+_bg\.wasm$/, /care-web-[0-9a-f]+\.js$/]) {
    assert.ok(shipped.some((f) => re.test(f)), `${re} in dist/`);
  }
});

test('no shipped file names a folder of the build machine', () => {
  const leaks = [];
  for (const file of shipped) {
    const bytes = fs.readFileSync(file);
    for (const [what, dir] of folders) {
      for (const h of hits(bytes, Buffer.from(dir))) leaks.push(`${path.relative(DIST, file)}: ${what}: ${h}`);
    }
  }
  assert.deepEqual(leaks, [], `build-machine paths in dist/ (scripts/env.sh remaps them):\n${leaks.join('\n')}`);
});
