// The saved state that tests seed in localStorage (the envelope of src/store/persist.rs around answers files), and
// share-link payloads.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './server.mjs';

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

/** A share payload built like src/share.rs: 1.<base64url(deflate(content) ++ crc32 big-endian)>. */
export function payloadOf(content) {
  const packed = zlib.deflateRawSync(Buffer.from(content, 'utf8'));
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(packed) >>> 0);
  return `1.${Buffer.concat([packed, crc]).toString('base64url')}`;
}
