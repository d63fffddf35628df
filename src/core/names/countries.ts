/**
 * Country names as pages and CRM exports write them, to ISO 3166-1 alpha-2 codes: the one table for the
 * detection engine (address lines, the countries a page names) and for leads (imported country columns).
 * The names come from i18n-iso-countries (maintained, one JSON per language): English and the languages
 * of the pages the reps read (Europe's, Turkish, Albanian), so "Lietuva", "Ísland", "Shqipëri" and
 * "Magyarország" are known as well as "Lithuania". About 2.5 kB gzipped per language.
 */
import { trimEnd } from '../text/trim';
import en from 'i18n-iso-countries/langs/en.json';
import de from 'i18n-iso-countries/langs/de.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import es from 'i18n-iso-countries/langs/es.json';
import it from 'i18n-iso-countries/langs/it.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import da from 'i18n-iso-countries/langs/da.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import nb from 'i18n-iso-countries/langs/nb.json';
import fi from 'i18n-iso-countries/langs/fi.json';
import is from 'i18n-iso-countries/langs/is.json';
import et from 'i18n-iso-countries/langs/et.json';
import lv from 'i18n-iso-countries/langs/lv.json';
import lt from 'i18n-iso-countries/langs/lt.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import cs from 'i18n-iso-countries/langs/cs.json';
import sk from 'i18n-iso-countries/langs/sk.json';
import sl from 'i18n-iso-countries/langs/sl.json';
import hr from 'i18n-iso-countries/langs/hr.json';
import bs from 'i18n-iso-countries/langs/bs.json';
import hu from 'i18n-iso-countries/langs/hu.json';
import ro from 'i18n-iso-countries/langs/ro.json';
import el from 'i18n-iso-countries/langs/el.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import sq from 'i18n-iso-countries/langs/sq.json';

interface LocaleNames {
  countries: Record<string, string | string[]>;
}

/** Earlier languages win where two spell different countries alike ("Congo"). */
const LOCALES: readonly LocaleNames[] = [en, de, fr, es, it, pt, nl, da, sv, nb, fi, is, et, lv, lt, pl, cs, sk, sl, hr, bs, hu, ro, el, tr, sq];

/** Spellings the library does not list (regions written for the country, transliterations). */
const ALIASES: Record<string, string> = {
  oesterreich: 'AT', eire: 'IE', england: 'GB', scotland: 'GB', wales: 'GB', 'u.s.a': 'US', bharat: 'IN', 'slovenska republika': 'SK',
};

/** Keys of three letters or fewer are words as often as countries ("man", "mon", "us"); these abbreviations are not. */
const SHORT_KEPT = new Set(['uk', 'usa', 'uae']);

function buildNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const locale of LOCALES) {
    for (const [code, value] of Object.entries(locale.countries)) {
      for (const name of typeof value === 'string' ? [value] : value) {
        const key = foldCountryName(trimEnd(name, '.'));
        if ((key.length > 3 || SHORT_KEPT.has(key)) && !names.has(key)) names.set(key, code);
      }
    }
  }
  for (const [key, code] of Object.entries(ALIASES)) names.set(key, code);
  return names;
}

/** Lower-case, without diacritics ("Österreich" -> "osterreich"), ß as ss, single spaces. */
export function foldCountryName(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

/** Every ISO 3166-1 alpha-2 code the library names, upper-case. */
const CODES: ReadonlySet<string> = new Set(Object.keys(en.countries));

/** True for an ISO 3166-1 alpha-2 code ("PE", "AL"), upper-case. */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/**
 * Folded name -> code, built at the first look-up: folding some 6,000 names is work a woken worker
 * would otherwise do before it answers anything (issue 11), although most requests ask no country.
 */
let built: ReadonlyMap<string, string> | null = null;
const nameTable = (): ReadonlyMap<string, string> => (built ??= buildNames());

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
