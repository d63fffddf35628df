/**
 * Reads one line of text for a postal code + town in the formats of the countries we serve:
 * "A-8200 Eggersdorf bei Graz", "1090 Wien, Marktgasse 3", "1234 AB Amsterdam", "Ocala, FL 34474-4301",
 * "Georgetown, Ontario L7G 0J2", "London SW1A 1AA", "Dublin 2, D02 X285", "Raipur – 492007".
 * Works on separator-split segments and whitespace tokens only, so it is linear in the line.
 */
import { countryOfName } from '../../../names/countries';
import { CA_PROVINCES, EUROPE, POSTAL_PREFIX, US_STATES } from './countries';
import { trimEnd, words } from '../../../text/trim';
import { readCodedSegments } from './coded-line';
import { isPostalCodeOf } from './postal-codes';
import { segmentsOf, streetBefore, type Seg } from './segments';
import { cleanStreet, isStreetLike, namesStreet, NUMBER_TOKEN, STREET_WORD } from './street';

export interface PostalHit {
  postalCode: string | null;
  city: string;
  /** Country written in the line (prefix, country name) or implied by the format (US/CA/UK/IE/IN/NL). */
  country: string | null;
  /** True when the country comes from the text itself rather than the format. */
  explicitCountry: boolean;
  /** Street on the same line, when there is one. */
  street: string | null;
  /** Labels written in the line ("Hauptbüro", "Domicilio", "Bank"), lower-case, for context. */
  label: string;
  /** The format itself is unmistakable (US/CA/UK/IE, a country prefix): no need for more evidence. */
  strong: boolean;
  /** A bare number read as a code: only an address with a street (on this line or above) is taken. */
  needsStreet?: boolean;
}

const CITY_STOP = /^(?:tel|tel\.|telefon|telephone|phone|fon|fax|e-?mail|mail|tél|tél\.|mobil|mobile|handy|www|http|kontakt|contact|germany|deutschland|österreich|austria|schweiz|switzerland|france|belgique|belgië|nederland|danmark|norge|españa|italia)\b/iu;
const CONNECTOR = new Set(['bei', 'am', 'an', 'der', 'die', 'im', 'in', 'ob', 'upon', 'on', 'sur', 'sous', 'le', 'la', 'les', 'de', 'du', 'des', 'en', 'aan', 'den', 'op', 'van', 'di', 'del', 'della', 'sul', 'a.d.', 'i.', 'st.', 'bij']);
const EU_CODE = /^(?:([A-Z]{1,3})\s?-\s?)?(\d{4,5})$/;
const NL_CODE = /^(\d{4})\s?([A-Z]{2})$/;
const US_ZIP = /^\d{5}(?:-\d{4})?$/;
const CA_FSA = /^[A-Z]\d[A-Z]$/;
const CA_LDU = /^\d[A-Z]\d$/;
const UK_OUT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const UK_IN = /^\d[A-Z]{2}$/;
const IE_ROUTE = /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)$/;
const IE_UNIQUE = /^[\dAC-FHKNPRTV-Y]{4}$/;
const IN_PIN = /^[1-8]\d{5}$/;
const UPPER_START = /^\p{Lu}/u;

/** "CH - 6060", "D- 45470": a country prefix spaced from its code; "V7M-2J5": a Canadian code hyphenated. */
const SPACED_PREFIX = /\b([A-Z]{1,3}) ?[–—-] ?(\d{4,5})\b/gu;
const HYPHENATED_CA = /\b([A-Z]\d[A-Z])-(\d[A-Z]\d)\b/gu;
/** "08 - 400 Garwolin", "1000 – 100 Lisboa": a hyphenated code spaced out at the start of its line, before the town. */
const SPACED_HYPHEN_CODE = /^(\d{2,4}) ?[–—-] ?(\d{3})(?= \p{Lu})/u;

function normalise(text: string): string {
  return text
    .replace(/[\u2010\u2011\u2012]/g, '-')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(SPACED_PREFIX, '$1-$2')
    .replace(HYPHENATED_CA, '$1 $2')
    .replace(SPACED_HYPHEN_CODE, '$1-$2');
}

/**
 * Countries whose addresses write "district/province" after the code ("35310 Güzelbahçe/İzmir"): the
 * town a reader files is the province's city after the slash. Elsewhere the slash adds a nearby
 * city to the town ("63067 Offenbach/Frankfurt am Main"), which stays before it.
 */
const DISTRICT_SLASH_TOWN = new Set(['TR']);

/** Town name tokens from the start of `tokens`; stops at phone labels, digits, lower-case words. */
function readCity(tokens: string[], townAfterSlash = false): string {
  const out: string[] = [];
  const allCapsCity = tokens[0] ? tokens[0] === tokens[0].toUpperCase() : false;
  for (let i = 0; i < tokens.length && out.length < 5; i++) {
    const tok = tokens[i]!;
    if (/\d|@|^\(/.test(tok) || CITY_STOP.test(tok)) break;
    if (UPPER_START.test(tok)) {
      if (out.length && !allCapsCity && tok.length >= 4 && tok === tok.toUpperCase()) break;
      out.push(tok);
    } else if (out.length && CONNECTOR.has(tok.toLowerCase())) {
      // "Mülheim an der Ruhr", "Frankfurt am Main": connectors count only when a name follows them.
      let j = i;
      while (j < tokens.length && j < i + 3 && CONNECTOR.has(tokens[j]!.toLowerCase())) j++;
      if (!UPPER_START.test(tokens[j] ?? '')) break;
      out.push(...tokens.slice(i, j));
      i = j - 1;
    } else break;
  }
  // "Hartkirchen OÖ": a region abbreviation after the town is not part of its name.
  while (out.length > 1 && !allCapsCity && REGION_ABBREVIATION.test(out[out.length - 1]!)) out.pop();
  const parts = out.join(' ').split('/');
  return trimEnd((townAfterSlash && parts.length === 2 && UPPER_START.test(parts[1]!) ? parts[1] : parts[0])!, '.,:; ');
}

/** "Musterstadt" or "Raipur" before a code; the street may be glued in front ("650 Poydras St Suite 2000 New Orleans"). */
function splitStreetCity(tokens: string[]): { street: string | null; city: string } {
  let cut = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (/\d/.test(tokens[i]!) || /^(?:street|st\.?|ave\.?|avenue|road|rd\.?|blvd\.?|drive|dr\.?|lane|ln\.?|way)$/i.test(tokens[i]!)) {
      cut = i;
      break;
    }
  }
  const cityTokens = tokens.slice(cut + 1);
  return { street: cut >= 0 ? tokens.slice(0, cut + 1).join(' ') : null, city: trimEnd(cityTokens.join(' '), '.,') };
}

/** "NSW", "AB", "OÖ": a state, province or region abbreviation, written between town and code. */
const REGION_ABBREVIATION = /^\p{Lu}{2,3}\.?$/u;

function previousCity(segs: Seg[], hit: number): { street: string | null; city: string } | null {
  // "Lethbridge, AB, T1J 3Z4": the province stands between the town and the code.
  const skip = hit >= 2 && REGION_ABBREVIATION.test(segs[hit - 1]!.value) ? 1 : 0;
  const prev = segs[hit - 1 - skip];
  if (!prev) return null;
  const split = splitStreetCity(words(prev.value));
  return split.city && UPPER_START.test(split.city) ? split : null;
}

/**
 * `countries`: where the page points (its own country first); their postal-code formats are tried
 * after the formats above, so an address of any country is read.
 */
export function parsePostalLine(rawLine: string, countries: readonly string[] = []): PostalHit | null {
  const line = normalise(rawLine);
  if (!/\d/.test(line)) return null;
  const segs = segmentsOf(line);
  const labels = segs.map((s) => s.label).filter(Boolean).join(' ');
  for (let k = 0; k < segs.length; k++) {
    // An e-mail address or link glued before the code by inline markup ("info@acme.hu 2085 Town …") is no part of it.
    const tokens = withoutLeadingContact(words(segs[k]!.value.replace(/\([^)]{0,30}\)$/, '')));
    const n = tokens.length;
    if (!n) continue;
    const last = tokens[n - 1]!;
    const last2 = tokens[n - 2] ?? '';
    let base: { postalCode: string; country: string; cityTokens: string[]; strong: boolean } | null = null;
    if (US_ZIP.test(last) && US_STATES.has(last2)) base = { postalCode: last, country: 'US', cityTokens: tokens.slice(0, n - 2), strong: true };
    else if (CA_FSA.test(last2) && CA_LDU.test(last)) {
      let end = n - 2;
      while (end > 0 && CA_PROVINCES.has(tokens[end - 1]!)) end--;
      base = { postalCode: `${last2} ${last}`, country: 'CA', cityTokens: tokens.slice(0, end), strong: true };
    } else if (UK_OUT.test(last2) && UK_IN.test(last)) base = { postalCode: `${last2} ${last}`, country: 'GB', cityTokens: tokens.slice(0, n - 2), strong: true };
    else if (IE_ROUTE.test(last2) && IE_UNIQUE.test(last) && /[A-Z]/.test(last)) base = { postalCode: `${last2} ${last}`, country: 'IE', cityTokens: tokens.slice(0, n - 2), strong: true };
    else if (IN_PIN.test(last) && (n > 1 ? !/^\d/.test(tokens[0]!) : k > 0)) base = { postalCode: last, country: 'IN', cityTokens: tokens.slice(0, n - 1), strong: false };
    // "Hyderabad - 500 039", "Chennai 600 028": the PIN written in two groups of three.
    else if (last.length === 3 && IN_PIN.test(last2 + last) && (n > 2 ? !/^\d/.test(tokens[0]!) : k > 0)) {
      base = { postalCode: last2 + last, country: 'IN', cityTokens: tokens.slice(0, n - 2), strong: false };
    }
    if (base) {
      // "Rawdon (Québec) J0K 1S0", "Hyderabad (T.S.)": the region in brackets is no part of the town.
      const own = splitStreetCity(words(base.cityTokens.join(' ').replace(/\([^()]{1,30}\)/gu, ' ')));
      const fromPrev = own.city ? null : previousCity(segs, k);
      const city = own.city || fromPrev?.city || '';
      if (!city || !UPPER_START.test(city) || countryOfName(city)) continue;
      const gluedStreet = own.city ? own.street : fromPrev?.street ?? null;
      const streetEnd = own.city ? k : k - 1;
      return {
        postalCode: base.postalCode, city, country: base.country, explicitCountry: false, label: labels,
        street: streetBefore(segs, streetEnd, gluedStreet), strong: base.strong,
      };
    }
    // Continental Europe: the code first, then the town.
    const first = tokens[0]!;
    let postalCode: string | null = null;
    let country: string | null = null;
    let explicit = false;
    let cityStart = 1;
    const eu = EU_CODE.exec(first);
    const nl = NL_CODE.exec(`${first} ${tokens[1] ?? ''}`) ?? NL_CODE.exec(first);
    if (nl && (tokens[1] === nl[2] || first.length === 6)) {
      postalCode = `${nl[1]} ${nl[2]}`;
      country = 'NL';
      cityStart = first.length === 6 ? 1 : 2;
    } else if (eu) {
      const prefix = eu[1];
      if (prefix && !POSTAL_PREFIX[prefix]) continue;
      postalCode = eu[2]!;
      if (prefix) {
        country = POSTAL_PREFIX[prefix]!;
        explicit = true;
      }
    } else continue;
    // "20148 Milano Via Monreale 14": the street after the town, opened by its type word.
    const townThenStreet = streetAfterTown(tokens, cityStart);
    const city = readCity(tokens.slice(cityStart, townThenStreet?.at), DISTRICT_SLASH_TOWN.has(countries[0] ?? ''));
    // "7895 Grand Blvd.": a house number and its street, not a code and its town.
    if (!city || namesStreet(city)) continue;
    const after = segs[k + 1];
    const named = after ? countryOfName(after.value) : undefined;
    // On a page of a country outside Europe, a bare number that fits none of its formats is a house number ("8701 Broadway").
    if (!country && !named && countries.length && !countries.some((c) => EUROPE.has(c) || isPostalCodeOf(postalCode!, c))) continue;
    if (named && !country) {
      country = named;
      explicit = true;
    }
    let street = townThenStreet?.street ?? dropLabel(streetBefore(segs, k, null));
    // Austrian order: "1090 Wien, Marktgasse 3-7/1/1b".
    if (!street && after && !named && isStreetLike(after.value)) street = cleanStreet(after.value);
    return { postalCode, city, country, explicitCountry: explicit, label: labels, street, strong: explicit || country === 'NL' };
  }
  return inlineAddress(segs, labels) ?? codedHit(segs, countries, labels);
}

function codedHit(segs: Seg[], countries: readonly string[], labels: string): PostalHit | null {
  const coded = readCodedSegments(segs, countries);
  if (!coded) return null;
  return {
    postalCode: coded.postalCode, city: coded.city, country: coded.country, explicitCountry: false, label: labels,
    street: dropLabel(coded.street), strong: false, needsStreet: coded.needsStreet,
  };
}

/** Street types that open the street name in Romance languages: "Via Roma 58", "Calle Mayor 3". */
const OPENING_STREET_TYPE = /^(?:via|viale|piazza|corso|largo|vicolo|strada|calle|carrer|avenida|avinguda|rua|plaza|pla[çc]a|rue)$/iu;

const CONTACT_TOKEN = /@|^https?:|^www\./iu;

function withoutLeadingContact(tokens: string[]): string[] {
  let i = 0;
  while (i < tokens.length - 1 && CONTACT_TOKEN.test(tokens[i]!)) i++;
  return i ? tokens.slice(i) : tokens;
}

/** Most words of a town before a street that follows it on the line. */
const MAX_TOWN_WORDS = 4;

/**
 * "20148 Milano Via Monreale 14", "08001 Barcelona Carrer Nou 3": code, town, then the street opened by
 * its type word and closed by the house number. Where the street starts and what it reads.
 */
function streetAfterTown(tokens: readonly string[], cityStart: number): { at: number; street: string } | null {
  for (let i = cityStart + 1; i < tokens.length - 1 && i <= cityStart + MAX_TOWN_WORDS; i++) {
    // "Via Monreale 14": the type opens the street; "Fő út 83": it follows the street's one-word name.
    const at = OPENING_STREET_TYPE.test(tokens[i]!) ? i : i >= cityStart + 2 && TRAILING_STREET_TYPE.test(tokens[i]!) ? i - 1 : -1;
    if (at < 0) continue;
    const end = tokens.findIndex((t, j) => j > i && j > at + 1 && NUMBER_TOKEN.test(trimEnd(t, ',;')));
    return end < 0 ? null : { at, street: cleanStreet(tokens.slice(at, end + 1).join(' ')) };
  }
  return null;
}

/** Street types written after the street's name as a word of their own: "Fő út 83", "Kossuth utca 12", "Main Street 5". */
const TRAILING_STREET_TYPE = /^(?:út|utca|tér|körút|street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|ulica|ul\.?|gata|gatan|vej|vei|veien|vegen|weg|straße|strasse|str\.)$/iu;

/** "Sede legale Via Roma 58" (a table row's label cell glued to the street): the street starts at its type word. */
function dropLabel(street: string | null): string | null {
  if (!street) return street;
  const tokens = words(street);
  for (let i = 1; i < tokens.length - 1 && !/\d/.test(tokens[i - 1]!); i++) {
    if (OPENING_STREET_TYPE.test(tokens[i]!)) return tokens.slice(i).join(' ');
  }
  return street;
}


/** French street types after the house number ("14 traverse Chevalier"); prefixes also take "avenue", "allées". */
const FR_STREET_TYPE = /^(?:rue|av|bd|chemin|impasse|all[ée]e|quai|route|traverse|cours)/iu;

/**
 * One run-on line without separators, as inline <span>s or bare text between headings give:
 * "Kirchweg 1 D-34260 Kaufungen Tel.: …". The code must follow a house number that follows a street
 * word (or, French order, a number before a street type), so a phone or a date never reads as an address.
 */
function inlineAddress(segs: Seg[], labels: string): PostalHit | null {
  for (const seg of segs) {
    const tokens = words(seg.value);
    for (let i = 2; i < tokens.length - 1; i++) {
      const code = EU_CODE.exec(tokens[i]!);
      // French order puts the number first: "14 TRAVERSE CHEVALIER 13010 MARSEILLE".
      const numberFirst = i <= 6 && !NUMBER_TOKEN.test(tokens[i - 1]!) && NUMBER_TOKEN.test(tokens[0]!);
      if (!code || !(numberFirst || NUMBER_TOKEN.test(tokens[i - 1]!))) continue;
      const prefix = code[1];
      if (prefix && !POSTAL_PREFIX[prefix]) continue;
      let start = i - 2;
      while (start >= 0 && start >= i - 4 && !STREET_WORD.test(tokens[start]!)) start--;
      const found = start >= 0 && start >= i - 4;
      if (numberFirst && (found || FR_STREET_TYPE.test(tokens[1]!))) start = 0;
      else if (!found) continue;
      const city = readCity(tokens.slice(i + 1));
      if (!city) continue;
      const country = prefix ? POSTAL_PREFIX[prefix]! : null;
      return { postalCode: code[2]!, city, country, explicitCountry: !!country, label: labels, street: tokens.slice(start, i).join(' '), strong: false };
    }
  }
  return null;
}
