/**
 * Postal addresses written in the page text: a "PLZ Ort" line with the street on the same line or the
 * line above, or a one-line address. Each match keeps its line indices so the company detector can read
 * the name written above the address block.
 */
import { countryOfName } from '../../../names/countries';
import { addressCountries } from '../../context/country';
import { words } from '../../../text/trim';
import { addressContext, isHeading, type AddressContext } from './context';
import { parsePostalLine, type PostalHit } from './postal-line';
import { ADDRESS_WORD, BUILDING_WORD, cleanStreet, dropLeadIn, isStreetLike, namesStreet, NUMBER_TOKEN } from './street';
import { legalFormOf } from '../../../names/legal-forms';
import { isFirstName } from '../../../names/first-names';
import type { Page, TextLine } from '../../page';
import { isPlaceHeading, looksLikePerson } from '../company/name-text';
import { townName } from './place-label';

export interface TextAddress {
  hit: PostalHit;
  street: string | null;
  country: string | null;
  /** Index of the postal-code line in page.lines. */
  line: number;
  /** Index of the first line of the address (the street line when it is on the line above). */
  top: number;
  context: AddressContext;
  /** Other evidence that this is a real address: a phone/e-mail/country right below, a name right above. */
  blockEvidence: boolean;
  /** A person's name right above ("Anna Ringh" / street / town): on a board or team page, a private address. */
  personAbove: boolean;
}

const MAX_LINE_FOR_ADDRESS = 300;
/** No real page shows more addresses than this; hostile pages show thousands. */
const MAX_ADDRESSES = 60;
const YEAR = /^(?:19|20)\d\d$/;
const COPYRIGHT = /©|\(c\)|copyright/iu;
const CONTACT_LINE = /@|\+?\d[\d\s/().-]{6,}\d|^(?:tel|fon|phone|fax|e-?mail|mobil|t:|f:|e:)/iu;

const cache = new WeakMap<Page, TextAddress[]>();

/** Longest key cell ("Vinnustofa", "Adresse") that can be glued to its value. */
const MAX_KEY_CELL = 30;

/** "VinnustofaAusturstræti 12a": a key cell set beside its value by CSS alone, with no space between. */
function withoutGluedKey(line: TextLine): string {
  const key = line.block.cells?.[0];
  if (!key || key.length > MAX_KEY_CELL || /\d/.test(key) || line.text.length <= key.length || !line.text.startsWith(key)) return line.text;
  return /\p{L}/u.test(line.text[key.length]!) ? line.text.slice(key.length) : line.text;
}

function streetLineAt(page: Page, i: number): string | null {
  const line = page.lines[i];
  if (!line || line.text.length > 90) return null;
  const text = withoutGluedKey(line).replace(/^[^:\d]{2,30}:\s*/u, '');
  if (!isStreetLike(text) || parsePostalLine(line.text, addressCountries(page))) return null;
  return cleanStreet(text);
}

/** The street on the line above; a building or number line above that belongs to it ("1 Pool Way," / "Whitehill Road,"). */
function streetAbove(page: Page, i: number): string | null {
  const street = streetLineAt(page, i - 1);
  if (!street) return null;
  const before = streetLineAt(page, i - 2);
  return before && /\d/.test(before) && !/\d/.test(street) ? `${before}, ${street}` : street;
}

const UPPER_START = /^\p{Lu}/u;

/**
 * A postal code on a line of its own (or beside the country name): the town is on the line above,
 * alone ("Cahir, Co. Tipperary") or after the street ("Optátova 37 Brno - Jundrov").
 */
function townAbove(page: Page, i: number): { city: string; street: string | null; top: number } | null {
  const prev = page.lines[i - 1]?.text;
  if (!prev || prev.length > 90 || parsePostalLine(prev, addressCountries(page))) return null;
  const first = prev.split(/[,;|]| [–—-] /u)[0]!.trim();
  const tokens = words(first);
  if (!tokens.length || tokens.length > 8) return null;
  let cut = -1;
  for (let t = tokens.length - 1; t >= 0; t--) if (/\d/.test(tokens[t]!)) { cut = t; break; }
  const cityTokens = tokens.slice(cut + 1);
  const city = cityTokens.join(' ');
  // A town is capitalised words ("Cahir", "Brno", "Frankfurt am Main"), not a heading such as "Datos de contacto".
  if (!city || cityTokens.some((t) => !UPPER_START.test(t) && t.length > 3) || countryOfName(city) || namesStreet(city)) return null;
  if (cut >= 0) return { city, street: cleanStreet(tokens.slice(0, cut + 1).join(' ')), top: i - 1 };
  const street = streetAbove(page, i - 1);
  return { city, street, top: street ? i - 2 : i - 1 };
}

/**
 * The street on the line below a postal line of its own ("8500 Pápa" / "Harangöntő utca 26."), as
 * Hungarian and some card layouts write it: a capitalised street ending in its house number.
 */
function streetBelow(page: Page, i: number, hit: PostalHit): string | null {
  // Only under a line that opens with its code ("8500 Pápa"), never under "Crown Point, IN 46307";
  // and never to make a bare number ("12800 Mississippi Pkwy") into a postal line.
  if (hit.needsStreet || !hit.postalCode || !page.lines[i]!.text.trim().startsWith(hit.postalCode)) return null;
  const street = streetLineAt(page, i + 1);
  return street && UPPER_START.test(street) && NUMBER_TOKEN.test(street.split(' ').at(-1)!) && !CONTACT_LINE.test(street) ? street : null;
}

/** How many building, floor and area lines an address may stack above its postal line. */
const MAX_PLACE_LINES = 3;
const MAX_PLACE_LINE = 40;
/** Headings that announce the organisation's own address ("Registered Office", "Head Office", "Address"). */
const OWN_ADDRESS_HEADING = /registered office|head ?office|corporate office|headquarters|address|adresse|anschrift|dirección|endereço|indirizzo/iu;

/**
 * "Registered Office" / "17th Floor" / "Hoechst House" / "Nariman Point" / "Mumbai – 400 021": floor,
 * building and area on lines of their own between an address heading and the postal line, as Indian
 * and other addresses without a street-and-number line write them. Only under such a heading, and only
 * when one of the lines is a floor, building or number.
 */
function placeLinesAbove(page: Page, i: number): { street: string; top: number } | null {
  const parts: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - MAX_PLACE_LINES - 1; k--) {
    const text = cleanStreet(page.lines[k]!.text);
    if (isHeading(page, k) || parts.length === MAX_PLACE_LINES) {
      if (!parts.length || !OWN_ADDRESS_HEADING.test(text) || !parts.some((p) => /\d/.test(p) || BUILDING_WORD.test(p))) return null;
      return { street: parts.reverse().join(', '), top: k + 1 };
    }
    // "Hoechst House", "Nariman Point" read like names too: only a known first name makes one a person's.
    if (!text || text.length > MAX_PLACE_LINE || CONTACT_LINE.test(text) || legalFormOf(text) || (looksLikePerson(text) && isFirstName(text.split(' ')[0]!))) return null;
    parts.push(text);
  }
  return null;
}

/** A person's name right above the block, or above a farm or building name without a number ("Ormåker"). */
function personAbove(page: Page, top: number): boolean {
  const above = page.lines[top - 1]?.text ?? '';
  if (looksLikePerson(above)) return true;
  return above.length > 0 && above.length < 40 && !/\d/.test(above) && looksLikePerson(page.lines[top - 2]?.text ?? '');
}

function isRealAddress(page: Page, i: number, hit: PostalHit, street: string | null): boolean {
  const text = page.lines[i]!.text;
  if (hit.strong || street) return !(COPYRIGHT.test(text) && !street);
  if (text.length > 120 || COPYRIGHT.test(text)) return false;
  if (hit.postalCode && YEAR.test(hit.postalCode)) return false;
  return true;
}

/** A sentence that announces an address: "Our address is …", "Nuestra dirección es …", "mit Sitz in …". */
const ADDRESS_CUE = ADDRESS_WORD;
const SENTENCE_END = /(?<!\d)\.\s+(?=\p{Lu})/u;

/** An address inside a long paragraph: only a sentence that announces one, and only with its street. */
function proseAddress(text: string): PostalHit | null {
  for (const sentence of text.split(SENTENCE_END)) {
    if (sentence.length > MAX_LINE_FOR_ADDRESS || !ADDRESS_CUE.test(sentence) || !/\d/.test(sentence)) continue;
    // "29006. Málaga": a dot after the code in running text.
    const hit = parsePostalLine(sentence.replace(/(\d{4,5})\.\s/gu, '$1 '));
    if (hit?.street) return hit;
  }
  return null;
}

/** "Roma — Via Tirso 26, 00198": a list of offices that names the town first, then street and code. */
const TOWN_FIRST = /^([^\d–—|]{2,40}) [–—] (.+)$/u;

function townFirstLine(text: string, countries: readonly string[]): PostalHit | null {
  const m = TOWN_FIRST.exec(text);
  const town = m && /\d/.test(m[2]!) && townName(m[1]!, true);
  if (!town || isPlaceHeading(town)) return null;
  const hit = parsePostalLine(`${m[2]} ${town}`, countries);
  return hit?.street && hit.city === town ? hit : null;
}

export function findTextAddresses(page: Page): TextAddress[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const out: TextAddress[] = [];
  const lines = page.lines;
  for (let i = 0; i < lines.length && out.length < MAX_ADDRESSES; i++) {
    const text = lines[i]!.text;
    if (!/\d/.test(text)) continue;
    let hit = text.length > MAX_LINE_FOR_ADDRESS ? proseAddress(text) : (parsePostalLine(text, addressCountries(page)) ?? townFirstLine(text, addressCountries(page)));
    if (!hit) continue;
    let townTop = -1;
    if (!hit.city) {
      const town = townAbove(page, i);
      if (!town) continue;
      hit = { ...hit, city: town.city, street: hit.street ?? town.street };
      townTop = town.top;
    }
    const above = hit.street || townTop >= 0 ? null : streetAbove(page, i);
    const below = hit.street || above || townTop >= 0 ? null : streetBelow(page, i, hit);
    const stacked = hit.street || above || below || townTop >= 0 ? null : placeLinesAbove(page, i);
    const found = hit.street ?? above ?? below ?? stacked?.street;
    const street = found ? dropLeadIn(found) : null;
    if (hit.needsStreet && !street) continue;
    if (!isRealAddress(page, i, hit, street)) continue;
    const top = townTop >= 0 ? townTop : above ? i - 1 : (stacked?.top ?? i);
    let country = hit.country;
    const next = lines[i + 1]?.text ?? '';
    if (!country) {
      const named = countryOfName(next);
      if (named) country = named;
    }
    const nameAbove = lines[top - 1]?.text ?? '';
    const blockEvidence = CONTACT_LINE.test(next) || !!countryOfName(next) || (nameAbove.length > 0 && nameAbove.length < 80 && !/\d/.test(nameAbove));
    out.push({ hit, street, country, line: i, top, context: addressContext(page, top, i, hit.label), blockEvidence, personAbove: personAbove(page, top) });
  }
  cache.set(page, out);
  return out;
}
