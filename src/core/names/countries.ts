/**
 * Country names as pages and CRM exports write them, to ISO 3166-1 alpha-2 codes: the one table for the
 * detection engine (address lines, the countries a page names) and for leads (imported country columns).
 * The names come from i18n-iso-countries (maintained): English and the languages of the pages the reps
 * read (Europe's, Turkish, Albanian), so "Lietuva", "Ísland", "Shqipëri" and "Magyarország" are known as
 * well as "Lithuania". scripts/make-country-names.ts writes them already folded (country-names-data.ts).
 */
import { trimEnd } from '../text/trim';
import { foldCountryName } from './country-fold';
import { COUNTRY_CODES, COUNTRY_NAMES } from './country-names-data';

export { foldCountryName } from './country-fold';

/** Every ISO 3166-1 alpha-2 code the library names, upper-case. */
const CODES: ReadonlySet<string> = new Set(COUNTRY_CODES.split(' '));

/** True for an ISO 3166-1 alpha-2 code ("PE", "AL"), upper-case. */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

function readNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of COUNTRY_NAMES.split('|')) {
    const at = entry.lastIndexOf('=');
    names.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return names;
}

/** Folded name -> code, read at the first look-up: most requests a woken worker answers ask no country. */
let built: ReadonlyMap<string, string> | null = null;
const nameTable = (): ReadonlyMap<string, string> => (built ??= readNames());

/** The country a folded name stands for, or undefined. */
export function countryOfFoldedName(key: string): string | undefined {
  return nameTable().get(key);
}

/** The country a name stands for ("Deutschland", "The Netherlands", "U.S.A."), or undefined. */
export function countryOfName(text: string): string | undefined {
  return countryOfFoldedName(foldCountryName(trimEnd(text.trim(), '.,;')));
}

let multiWordStarts_: ReadonlySet<string> | null = null;

/** First words of the names written in several words ("new" of "new zealand"), for scanning text word by word. */
export function multiWordStarts(): ReadonlySet<string> {
  return (multiWordStarts_ ??= new Set([...nameTable().keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)));
}
