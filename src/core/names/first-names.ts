/**
 * Whether a word is a known first name, from maintained data: the first-name lists of every locale
 * @faker-js/faker ships (generated into first-names-data.ts by scripts/make-first-names.mjs). A known
 * first name is evidence that a line names a person; its absence is not evidence against (names
 * from countries the data misses, nicknames), so callers weigh it, never require it alone.
 */
import { FIRST_NAMES } from './first-names-data';

let known: Set<string> | undefined;

function names(): Set<string> {
  // Built on first use: most pages never ask.
  known ??= new Set(FIRST_NAMES.split(' '));
  return known;
}

/** "Anna", "ANNA", "Lea-Sophie" (every part known), "Mª" no. */
export function isFirstName(word: string): boolean {
  const w = word.normalize('NFC').toLowerCase();
  if (w.length < 2) return false;
  if (names().has(w)) return true;
  const parts = w.split('-');
  return parts.length > 1 && parts.every((p) => p.length >= 2 && names().has(p));
}
