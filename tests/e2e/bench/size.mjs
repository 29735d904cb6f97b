// Size breakdown of the two web modules (run by scripts/bench-size.sh; not a test: it prints figures).
//
// Reads wasm files that keep their function names (the release build's modules, through wasm-bindgen and the same
// wasm-opt -Oz as the shipped ones but with -g), and prints for each module: the code by crate and, for this crate,
// by area (src/<area>/), with raw bytes and each share's gzip estimate (the bytes of those function bodies gzipped
// together); the data segments, with what is known in them (the edition JSON, the strings of the text catalogue);
// the largest functions by what each adds to the gzip of the code (what cutting it would really save) and the copies
// of the standard sort; then what the two modules both carry, and the cuts these figures point to. A wasm parser of its own (sections,
// the name section's function names): no other tool needed.
//
// Usage: node tests/e2e/bench/size.mjs LIGHT.wasm FULL.wasm
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from '../lib/server.mjs';

/** The sections of a wasm module that matter here: function bodies (with names) and data segments. */
export function parseWasm(buf) {
  let pos = 8;
  const u32 = () => {
    let result = 0; let shift = 0; let byte;
    do { byte = buf[pos++]; result |= (byte & 0x7f) << shift; shift += 7; } while (byte & 0x80);
    return result >>> 0;
  };
  const name = () => { const n = u32(); const s = buf.toString('utf8', pos, pos + n); pos += n; return s; };
  let importedFunctions = 0;
  const bodies = [];
  const data = [];
  const names = new Map();
  const custom = [];
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 2) { // imports: function imports come first in the function index space
      for (let n = u32(); n > 0; n--) {
        name(); name();
        const kind = buf[pos++];
        if (kind === 0) { u32(); importedFunctions++; }
        else if (kind === 1) { pos++; const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 2) { const flags = u32(); u32(); if (flags & 1) u32(); }
        else if (kind === 3) { pos += 2; }
        else if (kind === 4) { pos++; u32(); }
      }
    } else if (id === 10) {
      for (let n = u32(), i = 0; i < n; i++) {
        const len = u32();
        bodies.push({ index: importedFunctions + i, size: len });
        pos += len;
      }
    } else if (id === 11) {
      for (let n = u32(); n > 0; n--) {
        const flags = u32();
        if (flags === 2) u32();
        if (flags !== 1) { while (buf[pos] !== 0x0b) pos++; pos++; } // the offset expression
        const len = u32();
        data.push(buf.subarray(pos, pos + len));
        pos += len;
      }
    } else if (id === 0) {
      const section = name();
      if (section === 'name') {
        while (pos < end) {
          const sub = buf[pos++];
          const subSize = u32();
          const subEnd = pos + subSize;
          if (sub === 1) for (let n = u32(); n > 0; n--) { const i = u32(); names.set(i, name()); }
          pos = subEnd;
        }
      } else custom.push({ name: section, size });
    }
    pos = end;
  }
  return { bodies: bodies.map((b) => ({ ...b, name: names.get(b.index) || `func[${b.index}]` })), data, custom, buf };
}

/** The crate a (demangled) function name belongs to: `<care::x::Y as yew::Z>::f` is care's, `core::ptr::drop_in_place<...>` core's. */
export function crateOf(fname) {
  const s = clean(fname);
  const m = s.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (m) return m[1];
  // A primitive type's impl: `<f64 as core::fmt::Display>::fmt`, `<char>::escape_debug_ext` belong to core.
  const prim = s.match(/^(?:bool|char|str|[iuf](?:8|16|32|64|128|size)|\[.*?\]|\(.*?\))(?:>| as ([A-Za-z_][A-Za-z0-9_]*)::)/);
  if (prim) return prim[1] || 'core';
  if (/^(dlmalloc|__rust|rust_|__rdl|__rg|memcpy|memmove|memset|memcmp)/.test(s)) return 'std';
  if (/^(__wbg|__wbindgen|__externref|wasm_bindgen)/.test(s)) return 'wasm_bindgen';
  return '(unnamed)';
}

/** A demangled name without its crate hashes (`core[c593…]::fmt`), leading `<`, `&`, `&mut `, `*const `. */
function clean(fname) {
  return fname.replace(/\[[0-9a-f]{16}\]/g, '').replace(/^(?:<|&mut |&|\*const |\*mut |_ZN)+/, '');
}

/** The area of this crate a function belongs to: `care::model::score::...` is model. */
export function areaOf(fname) {
  const s = clean(fname);
  const m = s.match(/^care::([a-z_0-9]+)/);
  return m ? m[1] : null;
}

const gz = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Function bodies grouped by `key`, largest first: [{ key, raw, gzip, count }]. */
function groupBy(mod, bodies, key) {
  const groups = new Map();
  let offset = 0;
  // The bodies' bytes, in order, to gzip each group's bytes together.
  const code = [];
  for (const b of bodies) code.push(b);
  for (const b of code) {
    const k = key(b.name);
    if (k === null) continue;
    const g = groups.get(k) || { key: k, raw: 0, parts: [], count: 0 };
    g.raw += b.size; g.count++; g.parts.push(b);
    groups.set(k, g);
    offset += b.size;
  }
  return [...groups.values()].sort((a, b) => b.raw - a.raw);
}

/** The string literals of the text catalogue (src/i18n/*.rs), to find them in the data segments. */
function catalogueStrings() {
  const dir = path.join(ROOT, 'src/i18n');
  const out = new Set();
  for (const f of fs.readdirSync(dir)) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/"((?:[^"\\]|\\.){12,})"/g)) {
      out.add(m[1].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\').replace(/\\\n\s*/g, ''));
    }
  }
  return [...out];
}

/** JSON text without the whitespace between its tokens, as build.rs embeds the editions (strings kept as they are). */
function minifyJson(text) {
  let out = ''; let inString = false; let escaped = false;
  for (const c of text) {
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') { inString = true; out += c; } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** What the data segments hold: the edition JSON (as written in assets/models/, or minified), the catalogue's
 * strings, the rest. */
function dataBreakdown(data) {
  const all = Buffer.concat(data);
  const pretty = fs.readFileSync(path.join(ROOT, 'assets/models/care-2021.json'), 'utf8');
  const forms = [['minified', Buffer.from(minifyJson(pretty))], ['indented', Buffer.from(pretty)]];
  const [editionForm, edition] = forms.find(([, b]) => all.indexOf(b.subarray(0, 200)) >= 0) || ['none', Buffer.alloc(0)];
  const editionCopies = edition.length ? all.toString('latin1').split(edition.subarray(0, 200).toString('latin1')).length - 1 : 0;
  const editionBytes = edition.length * editionCopies;
  let strings = 0; let found = 0;
  const catalogue = catalogueStrings();
  for (const s of catalogue) {
    if (all.indexOf(Buffer.from(s, 'utf8')) >= 0) { strings += Buffer.byteLength(s); found++; }
  }
  return { total: all.length, gzip: gz(all), editionBytes, editionForm, editionCopies, strings, found, catalogue: catalogue.length, all };
}

/** Module summary and tables. */
function report(label, file) {
  const buf = fs.readFileSync(file);
  const mod = parseWasm(buf);
  const codeRaw = mod.bodies.reduce((n, b) => n + b.size, 0);
  const out = { label, mod, codeRaw };
  console.log(`\n${label}: ${path.basename(file)}, ${kb(buf.length)} raw, ${kb(gz(buf))} gzip -9 (with its name section: `
    + `the shipped file has none); code ${kb(codeRaw)} in ${mod.bodies.length} functions, data ${kb(mod.data.reduce((n, d) => n + d.length, 0))}`);
  const bodyBytes = (parts) => Buffer.concat(parts.map((p) => bodyOf(mod, p)));
  const table = (title, groups, limit) => {
    console.log(`  ${title}`);
    const shown = groups.slice(0, limit);
    for (const g of shown) {
      console.log(`    ${g.key.padEnd(24)} ${kb(g.raw).padStart(10)} raw ${kb(gz(bodyBytes(g.parts))).padStart(9)} gzip `
        + `${(100 * g.raw / codeRaw).toFixed(1).padStart(5)}% of the code (${g.count} functions)`);
    }
    const rest = groups.slice(limit);
    if (rest.length) {
      const raw = rest.reduce((n, g) => n + g.raw, 0);
      console.log(`    ${`${rest.length} others`.padEnd(24)} ${kb(raw).padStart(10)} raw`);
    }
  };
  out.crates = groupBy(mod, mod.bodies, crateOf);
  table('code by crate:', out.crates, 14);
  const unnamed = out.crates.find((g) => g.key === '(unnamed)');
  if (unnamed) {
    const big = [...unnamed.parts].sort((x, y) => y.size - x.size).slice(0, 4).map((p) => `${p.name.slice(0, 60)} ${p.size} B`);
    console.log(`    (unnamed: no crate path in the name, e.g. ${big.join('; ')})`);
  }
  out.areas = groupBy(mod, mod.bodies, areaOf);
  table('code of this crate (care) by area, src/<area>/:', out.areas, 20);
  const d = dataBreakdown(mod.data);
  out.data = d;
  console.log(`  data segments: ${kb(d.total)} raw, ${kb(d.gzip)} gzip; in them: the edition JSON `
    + `(assets/models/care-2021.json, ${d.editionForm}, ${d.editionCopies} cop${d.editionCopies === 1 ? 'y' : 'ies'}) ${kb(d.editionBytes)}, strings of the text catalogue (src/i18n) ${kb(d.strings)} `
    + `(${d.found} of its ${d.catalogue} longer literals), the rest ${kb(d.total - d.editionBytes - d.strings)} `
    + `(other literals, tables, panic locations)`);
  weighInGzip(mod);
  return out;
}

/** What cutting `parts` would take off the gzip of the module's code: the code gzipped whole, less the code gzipped
 * without them. Code that repeats other code (a second copy of a generic function) costs little here, whatever its
 * raw size: this is the figure a cut really saves. */
function gzipWithout(mod, parts) {
  const cut = new Set(parts);
  const rest = Buffer.concat(mod.bodies.filter((b) => !cut.has(b)).map((b) => bodyOf(mod, b)));
  return gz(Buffer.concat(mod.bodies.map((b) => bodyOf(mod, b)))) - gz(rest);
}

/** The functions that weigh most in the gzip (of the 40 largest), and the copies of the standard sort. */
function weighInGzip(mod) {
  const largest = [...mod.bodies].sort((x, y) => y.size - x.size).slice(0, 40);
  const weighed = largest.map((b) => [gzipWithout(mod, [b]), b]).sort((x, y) => y[0] - x[0]).slice(0, 12);
  console.log('  the largest functions by what they add to the gzip of the code (raw size in brackets):');
  for (const [g, b] of weighed) console.log(`    ${kb(g).padStart(9)} (${kb(b.size)}) ${clean(b.name).replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
  // Each `sort_by` compiles its own copy of the sort (crate::sort::sort_by_number shares one).
  const sorts = mod.bodies.filter((b) => /slice::sort::stable::drift::sort/.test(b.name)).length;
  const sortCode = mod.bodies.filter((b) => /slice::sort::/.test(b.name));
  console.log(`  copies of the standard stable sort: ${sorts} (all sort code ${kb(sortCode.reduce((n, b) => n + b.size, 0))} raw, `
    + `${kb(gzipWithout(mod, sortCode))} of the gzip)`);
}

/** The bytes of one function body (located by a second pass over the code section). */
const bodyCache = new WeakMap();
function bodyOf(mod, b) {
  if (!bodyCache.has(mod)) {
    const map = new Map();
    const buf = mod.buf;
    let pos = 8;
    const u32 = () => { let r = 0; let s = 0; let byte; do { byte = buf[pos++]; r |= (byte & 0x7f) << s; s += 7; } while (byte & 0x80); return r >>> 0; };
    while (pos < buf.length) {
      const id = buf[pos++]; const size = u32(); const end = pos + size;
      if (id === 10) {
        let i = 0;
        for (let n = u32(); n > 0; n--, i++) { const len = u32(); map.set(mod.bodies[i].index, buf.subarray(pos, pos + len)); pos += len; }
      }
      pos = end;
    }
    bodyCache.set(mod, map);
  }
  return bodyCache.get(mod).get(b.index);
}

const [light, full] = process.argv.slice(2);
if (!light || !full) {
  console.error('usage: node tests/e2e/bench/size.mjs LIGHT.wasm FULL.wasm');
  process.exit(2);
}
console.log('Size breakdown of the web modules (wasm-opt -Oz like the release, names kept):');
const a = report('Light module (start page, questionnaire; a first visit that saves data)', light);
const b = report('Full module (every route; what a page runs otherwise)', full);

// What both carry: code of the same function names, and the same data.
const namesA = new Map(a.mod.bodies.map((x) => [x.name, x.size]));
const shared = b.mod.bodies.filter((x) => namesA.has(x.name));
const sharedRaw = shared.reduce((n, x) => n + x.size, 0);
const sharedByCrate = groupBy(b.mod, shared, crateOf).slice(0, 6).map((g) => `${g.key} ${kb(g.raw)}`).join(', ');
console.log(`\nCarried by both modules (a save-data visit that opens the results downloads it twice; any other visit runs the full\nmodule alone):`);
console.log(`  code of the same functions: ${kb(sharedRaw)} raw of the full module's ${kb(b.codeRaw)} (${sharedByCrate})`);
console.log(`  the edition JSON: ${a.data.editionBytes && b.data.editionBytes ? `in both (${kb(b.data.editionBytes)} raw each)` : `light ${kb(a.data.editionBytes)}, full ${kb(b.data.editionBytes)}`}`);
console.log(`  strings of the text catalogue: light ${kb(a.data.strings)}, full ${kb(b.data.strings)}`);

// The cuts these figures point to: the largest groups outside the app's own areas.
console.log('\nWhere cuts would pay most (largest first):');
const hints = [];
for (const m of [a, b]) {
  for (const g of m.crates.filter((c) => c.key !== 'care').slice(0, 3)) hints.push([g.raw, `${m.label.split(' (')[0]}: crate ${g.key}, ${kb(g.raw)} of code`]);
  for (const g of m.areas.slice(0, 2)) hints.push([g.raw, `${m.label.split(' (')[0]}: src/${g.key}/, ${kb(g.raw)} of code`]);
  if (m.data.editionBytes) hints.push([m.data.editionBytes, `${m.label.split(' (')[0]}: the edition JSON, ${kb(m.data.editionBytes)} of data (parsed at start)`]);
}
hints.push([sharedRaw, `code in both modules, ${kb(sharedRaw)}: downloaded again when a save-data visit brings in the full app`]);
for (const [, h] of hints.sort((x, y) => y[0] - x[0]).slice(0, 8)) console.log(`  - ${h}`);
