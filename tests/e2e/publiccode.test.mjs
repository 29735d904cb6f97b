// publiccode.yml (Developers Italia catalogue): the fields the brief and the standard require, the licence of
// Cargo.toml, Italian and English descriptions within the standard's lengths, and no path of a machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/server.mjs';

const yml = fs.readFileSync(path.join(ROOT, 'publiccode.yml'), 'utf8');
const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');

/** The folded (>-) text under `key:` at the given indentation, joined into one line. */
function folded(key, indent) {
  const lines = yml.split('\n');
  const at = lines.findIndex((l) => l === `${' '.repeat(indent)}${key}: >-`);
  assert.ok(at >= 0, `${key} is there`);
  const body = [];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith(' '.repeat(indent + 2))) break;
    body.push(l.trim());
  }
  return body.join(' ');
}

test('publiccode.yml has the required fields with the project values', () => {
  for (const re of [
    /^publiccodeYmlVersion: "0\.4"$/m, /^name: Ca\.Re autovalutazione$/m, /^url: "https?:\/\/\S+"$/m,
    /^platforms:\n {2}- web$/m, /^softwareType: "standalone\/web"$/m, /^developmentStatus: (concept|development|beta|stable|obsolete)$/m,
    /^ {2}type: internal$/m, /^ {2}availableLanguages:\n {4}- it\n {4}- en$/m, /^ {2}localisationReady: true$/m,
    /^releaseDate: "\d{4}-\d{2}-\d{2}"$/m,
  ]) assert.match(yml, re);
  const licence = cargo.match(/^license = "([^"]+)"/m)[1];
  assert.equal(yml.match(/^ {2}license: (\S+)$/m)?.[1], licence, 'the licence of Cargo.toml');
  assert.equal(yml.match(/^softwareVersion: "([^"]+)"$/m)?.[1], cargo.match(/^version = "([^"]+)"/m)[1]);
  assert.doesNotMatch(yml, /^dependsOn:/m, 'no dependency declared');
});

test('the descriptions fit the standard: short <= 150, long 150-10000 characters, features <= 100', () => {
  for (const [lang, indent] of [['it', 4], ['en', 4]]) {
    assert.match(yml, new RegExp(`^ {2}${lang}:$`, 'm'), `a ${lang} description`);
  }
  const shorts = [...yml.matchAll(/^ {4}shortDescription: >-$/gm)];
  assert.equal(shorts.length, 2);
  const it = folded('shortDescription', 4);
  assert.ok(it.length > 20 && it.length <= 150, `shortDescription ${it.length}`);
  const long = folded('longDescription', 4);
  assert.ok(long.length >= 150 && long.length <= 10000, `longDescription ${long.length}`);
  const features = [...yml.matchAll(/^ {6}- (.+)$/gm)].map((m) => m[1]);
  assert.ok(features.length >= 5);
  for (const f of features) assert.ok(f.length <= 100, `feature too long: ${f}`);
});

test('no path of a machine in publiccode.yml', () => {
  assert.doesNotMatch(yml, /(^|\s)(\/work|\/root|\/home|\/tmp|[A-Z]:\\)/m);
});
