// The saved state that tests seed in localStorage (the envelope of src/store/persist.rs around answers files), the
// one way to put it there before the app starts, and share-link payloads.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './server.mjs';
import { openPage } from './browser.mjs';

/** The localStorage key of the app's state. */
export const STATE_KEY = 'care.state.v1';

/** An example answers file of assets/examples/, as JSON text. */
export function exampleText(name) {
  return fs.readFileSync(path.join(ROOT, 'assets/examples', name), 'utf8');
}

/**
 * The saved state holding these answers files (JSON texts) as assessments `seed0`, `seed1`, ..., named after their
 * comune, at the review step. `current` is the open one (`null` for none); `updated` their time of last change
 * (by default 1000 + their index).
 */
export function savedState(files, { lang = 'it', current = 'seed0', updated = null } = {}) {
  const assessments = files.map((text, i) => {
    const answers = JSON.parse(text);
    return { id: `seed${i}`, name: answers.comune.name, step: 'revisione', updated_ms: updated ?? 1000 + i, answers };
  });
  return JSON.stringify({ app: 'care-selfassessment', version: 1, lang, current, assessments });
}

/**
 * Puts `items` ({ key: value }) into localStorage before the app's first load, in every new tab of `target` (a
 * browser context, or one page). By default once per tab (a reload then sees what the app saved since); with
 * `unlessSet`, wherever the key holds nothing yet; with `origin`, only in the pages of that origin.
 */
export async function seedStorage(target, items, { unlessSet = false, origin = null } = {}) {
  await target.addInitScript(([entries, unlessSet, origin]) => {
    if (origin && location.origin !== origin) return;
    if (unlessSet) {
      for (const [k, v] of entries) if (!localStorage.getItem(k)) localStorage.setItem(k, v);
    } else if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of entries) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [Object.entries(items), unlessSet, origin]);
}

/** Seeds `target` (see seedStorage) with the saved state of these answers files (see savedState). */
export async function seedState(target, files, { state = {}, ...how } = {}) {
  await seedStorage(target, { [STATE_KEY]: savedState(files, state) }, how);
}

/**
 * A fresh profile and page (see openPage) whose localStorage holds these answers files (none: left empty) before
 * the app starts, once per tab; `state` goes to savedState, the rest to openPage.
 */
export async function seededPage(browser, origin, files, { state = {}, ...opts } = {}) {
  const p = await openPage(browser, origin, opts);
  if (files.length) await seedState(p.context, files, { state });
  return p;
}

/** A share payload built like src/share.rs: 1.<base64url(deflate(content) ++ crc32 big-endian)>. */
export function payloadOf(content) {
  const packed = zlib.deflateRawSync(Buffer.from(content, 'utf8'));
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(packed) >>> 0);
  return `1.${Buffer.concat([packed, crc]).toString('base64url')}`;
}
