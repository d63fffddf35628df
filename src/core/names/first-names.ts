/**
 * Whether a word is a known first name, from maintained data: the first-name lists of every locale
 * @faker-js/faker ships (generated into first-names-data.ts by scripts/make-first-names.mjs). A known
 * first name is evidence that a line names a person; its absence is not evidence against (names
 * from countries the data misses, nicknames), so callers weigh it, never require it alone.
 */
import { FIRST_NAMES, HANGUL_FAMILY_NAMES } from './first-names-data';

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

let families: Set<string> | undefined;

/**
 * A Korean name as Hangul writes it, in one word: a known family name of one or two syllables, then a
 * known given name ("이선우"). Hangul has no capitals, so the data is the only evidence of a name.
 */
export function isHangulFullName(word: string): boolean {
  if (!HANGUL_WORD.test(word)) return false;
  families ??= new Set(HANGUL_FAMILY_NAMES.split(' '));
  for (const cut of [1, 2]) {
    const given = word.slice(cut);
    if (families.has(word.slice(0, cut)) && names().has(given)) return true;
  }
  return false;
}

const HANGUL_WORD = /^[\uac00-\ud7a3]{2,5}$/;
