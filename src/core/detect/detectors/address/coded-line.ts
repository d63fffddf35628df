/**
 * Addresses in the formats of any country the page points at, read from the country's postal-code
 * format rather than from a format written for it: the code opens the town ("637 00 Brno", "98-235
 * Błaszki"), closes it ("Charlestown NSW 2290", "Seeb 150"), or stands in its own segment with the town
 * beside it ("Goiânia - GO, 74150-130", "C.P. 03230, CDMX"). Used after the formats of postal-line.ts.
 */
import { countryOfName } from '../../../names/countries';
import { words } from '../../../text/trim';
import { codeAtEnd, codeAtStart, isDistinctiveCode } from './postal-codes';
import { streetBefore, type Seg } from './segments';
import { isStreetLike, namesStreet } from './street';
import { isSubdivisionOf } from '../../../names/subdivisions';

export interface CodedHit {
  postalCode: string;
  /** Empty when the line holds the code but no town: the town is then on the line above. */
  city: string;
  country: string;
  street: string | null;
  /** A bare number that could be anything: only an address with a street is taken. */
  needsStreet: boolean;
}

/** "NSW", "GO", "BC", "CDMX" between town and code: a state or province abbreviation. */
const REGION = /^\p{Lu}{2,4}\.?$/u;
const UPPER_START = /^\p{Lu}/u;
const MAX_CITY_WORDS = 4;

function isCountry(text: string): boolean {
  return !!countryOfName(text);
}

/** Capitalised words only, no digits, not a street or a country: the whole segment reads as a town. */
function townOf(text: string): string {
  const t = text.trim();
  const tokens = words(t);
  if (!tokens.length || tokens.length > MAX_CITY_WORDS || /\d|@/.test(t) || isCountry(t)) return '';
  if (!UPPER_START.test(t) || namesStreet(t) || isStreetLike(t)) return '';
  return t;
}

/** The town in the segments next to a code that stands alone: after it first (MX), then before it, past a region. */
function townBeside(segs: Seg[], k: number, countries: readonly string[]): { city: string; index: number } | null {
  // After the code even an abbreviation is the town ("C.P. 03230, CDMX"): regions come before codes.
  const next = townOf(segs[k + 1]?.value ?? '');
  if (next) return { city: next, index: k + 1 };
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const v = segs[j]!.value.trim();
    if (REGION.test(v)) continue;
    const town = townOf(v);
    // "Tangerang - Banten, 15810": the province (ISO 3166-2) between the town and the code.
    if (town && j === k - 1 && isSubdivisionOf(town, countries) && townOf(segs[j - 1]?.value ?? '')) continue;
    return town ? { city: town, index: j } : null;
  }
  return null;
}

/** Longest written-out region name, in words ("New South Wales"). */
const MAX_REGION_WORDS = 3;

/**
 * How many words before `end` name a first-level region of the page's countries, when a town is left
 * before them (in the same segment or the one before): the region never becomes the only town.
 */
function regionNameBefore(tokens: readonly string[], end: number, countries: readonly string[], previous: string): number {
  for (let n = Math.min(MAX_REGION_WORDS, end); n >= 1; n--) {
    if (!isSubdivisionOf(tokens.slice(end - n, end).join(' '), countries)) continue;
    return end - n > 0 || townOf(previous) ? n : 0;
  }
  return 0;
}

function hit(postalCode: string, city: string, country: string, street: string | null, needsStreet: boolean): CodedHit {
  return { postalCode, city, country, street, needsStreet };
}

export function readCodedSegments(segs: Seg[], countries: readonly string[]): CodedHit | null {
  if (!countries.length) return null;
  for (let k = 0; k < segs.length; k++) {
    const tokens = words(segs[k]!.value.replace(/\([^)]{0,30}\)$/u, ''));
    if (!tokens.length) continue;
    const first = codeAtStart(tokens, countries);
    if (first) {
      const rest = tokens.slice(first.end);
      const distinctive = isDistinctiveCode(first.code) || first.labelled;
      if (rest.length) {
        const city = townOf(rest.join(' ')) || (UPPER_START.test(rest[0]!) && !/\d/.test(rest[0]!) ? rest[0]! : '');
        if (city && !isCountry(city)) return hit(first.code, city, first.country, streetBefore(segs, k, null), !distinctive);
        continue;
      }
      const beside = townBeside(segs, k, countries);
      if (beside) return hit(first.code, beside.city, first.country, streetBefore(segs, Math.min(k, beside.index), null), !distinctive);
      // The code alone (or beside the country name): its town is on the line above.
      if (distinctive) return hit(first.code, '', first.country, streetBefore(segs, k, null), false);
      continue;
    }
    const last = codeAtEnd(tokens, countries);
    if (!last || last.start === 0) continue;
    let end = last.start;
    let region = false;
    while (end > 0 && REGION.test(tokens[end - 1]!) && !isCountry(tokens[end - 1]!)) {
      end--;
      region = true;
    }
    // "Birchip, Victoria 3483", "Bendigo Victoria 3550": the state written out (ISO 3166-2) before the code.
    const named = region ? 0 : regionNameBefore(tokens, end, countries, segs[k - 1]?.value ?? '');
    if (named) {
      end -= named;
      region = true;
    }
    const before = tokens.slice(0, end).join(' ');
    const town = townOf(before);
    const beside = town ? null : end === 0 ? townBeside(segs, k, countries) : null;
    const city = town || beside?.city || '';
    if (!city) continue;
    const street = streetBefore(segs, beside ? beside.index : k, null);
    if (!street && !region && !isDistinctiveCode(last.code) && !last.labelled) continue;
    return hit(last.code, city, last.country, street, false);
  }
  return null;
}
