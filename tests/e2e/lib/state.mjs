// The saved state that tests seed in localStorage: the envelope of src/store/persist.rs around answers files.
import fs from 'node:fs';
import path from 'node:path';
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
