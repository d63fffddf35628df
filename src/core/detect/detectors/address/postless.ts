/**
 * Addresses written without a postal code, as much of the world writes them: a street with its house
 * number and the town after it, on one line ("Jr. Cruz del Sur N° 140, …, Lima-Peru",
 * "Adresa: 7 Jula br. 5 S. Palanka") or on the lines below ("Joniškėlio g. 13a" / "Pasvalys. Lietuva").
 * Only taken with evidence that the line is an address: a label, a country named after the town, a
 * house-number mark ("N°", "No:", "br."), or a contact line right below the town.
 */
import { countryOfName } from '../../../names/countries';
import type { Page } from '../../page';
import { PLACE_LABEL, townName } from './place-label';
import { parsePostalLine } from './postal-line';
import { addressCountries } from '../../context/country';
import { cleanStreet, isStreetLike, namesStreet } from './street';
import { trimEnd } from '../../../text/trim';
import { isSubdivisionOf } from '../../../names/subdivisions';

export interface PostlessAddress {
  street: string;
  city: string;
  country: string | null;
  /** Index of the street line and of the town line in page.lines (the same for a one-line address). */
  top: number;
  line: number;
  /** The line or the one above carries an address label. */
  labelled: boolean;
}

/** No real page writes more addresses like this; hostile pages repeat them by the thousand. */
const MAX_FOUND = 12;
const MAX_LINE = 160;
const MAX_TOWN_LINE = 60;
/** "N° 140", "No:24", "Nr. 5", "br. 5", "# 8-39": a house number announced as such. */
const HOUSE_MARK = /(?:^|[\s,])(?:n[°ºo]|nr|br|#)[.:]?\s?\d/iu;
/** Between the segments of a one-line address: commas, semicolons, dashes and slashes between words. */
const SEGMENT = /[,;]|\s[–—-]\s?|(?<=\d)-\s|\s\/\s/u;
/** Between the town and its country or district on a line of their own. */
const TOWN_PARTS = /[,.;/]|\s[–—-]\s/u;
/** "N°", "Nr.", "br.", "#" alone, or glued to the number ("No:24"). */
const MARK_TOKEN = /^(?:n[°ºo]|nr|br|#)[.:]?$/iu;
const MARKED_NUMBER = /^(?:n[°ºo]|nr|br|#)[.:]?\d{1,5}[a-z]?$/iu;
const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/iu;
const CONTACT = /@|\+?\d[\d\s/().-]{6,}\d|^(?:tel|fon|phone|fax|e-?mail|mobil)/iu;
const NOT_ADDRESS = /[@©§]|https?:|www\./iu;

function hasNumber(text: string): boolean {
  return /\d/.test(text);
}

function streetLike(text: string): boolean {
  return hasNumber(text) && (isStreetLike(text) || (HOUSE_MARK.test(text) && text.length <= 90));
}

/** A label written before the address on its line ("Domicilio:", "Adresa:"). */
function splitLabel(text: string): { label: string; value: string } {
  const m = /^([^:\d]{2,30}):(.+)$/u.exec(text.replace(/^[^\p{L}\d]+/u, '').trim());
  // Only a known label is cut off: "Sıraselviler Caddesi No:24" keeps its words before the colon.
  return m && isLabel(m[1]!) ? { label: m[1]!.trim(), value: m[2]!.trim() } : { label: '', value: text.trim() };
}

/** Only words that mean "address" or "location" ("Adresa", "Domicilio", "Ubicación"), not "Contact". */
function isLabel(text: string): boolean {
  return PLACE_LABEL.test(trimEnd(text.replace(/^\P{L}+/u, ''), ' :'));
}

/** "Bağcılar / İstanbul": Turkish and other addresses write the district, a slash, then the town. */
const SLASH_LAST = /\s\/\s[^/]*$/u;

/**
 * The town and country at the end of an address: "Lima-Peru", "Pasvalys. Lietuva", "Beyoğlu / İstanbul",
 * "Quito, Pichincha" (a province after its town, known from ISO 3166-2, is not the town).
 */
function townAndCountry(parts: string[], countries: readonly string[], raw = ''): { city: string; country: string | null; province?: true } | null {
  const rest = parts.map((p) => trimEnd(p.trim(), '.,;')).filter(Boolean);
  let country: string | null = null;
  const last = rest.at(-1);
  if (last && countryOfName(last)) {
    country = countryOfName(last)!;
    rest.pop();
  } else if (last) {
    // "Lima-Peru", "Tolima Colombia": the country glued to the last place name.
    const cut = Math.max(last.lastIndexOf(' '), last.lastIndexOf('-'));
    const gluedCountry = cut > 0 ? countryOfName(last.slice(cut + 1)) : undefined;
    if (gluedCountry) {
      country = gluedCountry;
      rest[rest.length - 1] = trimEnd(last.slice(0, cut), ' -');
    }
  }
  // "Quito, Pichincha": a first-level subdivision after a town is its province. Where the country is
  // named ("Yaba, Lagos, Nigeria", "Lima-Peru") or a slash stands before it ("Bağcılar / İstanbul"), the
  // part before the country is the town even when a province bears its name: city-states and
  // province capitals are written so.
  let province = false;
  if (rest.length >= 2 && !country && !SLASH_LAST.test(raw) && isSubdivisionOf(rest.at(-1)!, countries)) {
    const before = townName(rest.at(-2)!, true);
    if (before && !isSubdivisionOf(before, countries)) {
      rest.pop();
      province = true;
    }
  }
  const city = rest.length ? townName(rest.at(-1)!, true) : null;
  if (!city) return null;
  return province ? { city, country, province } : { city, country };
}

/** "7 Jula br. 5 S. Palanka": the words after the marked house number are the town. */
function afterHouseNumber(value: string): { street: string; town: string } | null {
  const tokens = value.split(/\s+/u);
  for (let t = 0; t < tokens.length - 1; t++) {
    const end = MARKED_NUMBER.test(tokens[t]!) ? t : MARK_TOKEN.test(tokens[t]!) && HOUSE_NUMBER.test(tokens[t + 1]!) ? t + 1 : -1;
    if (end < 0 || end + 1 >= tokens.length) continue;
    return { street: tokens.slice(0, end + 1).join(' '), town: tokens.slice(end + 1).join(' ') };
  }
  return null;
}

/** "гр. Пловдив", "г. Москва", "TP. Hồ Chí Minh", "Kota Bandung": a town announced by its marker. */
const TOWN_MARK = /^(?:гр|[гмс]|tp|thành phố|kota)\.?\s+(?=\p{Lu})/iu;
/** "9NO2 Nguyễn Cảnh Dị", "12A Trần Phú": a house number, then the street's capitalised name. */
const NUMBER_FIRST = /^\d[\p{L}\d/-]{0,7}\s+\p{Lu}/u;

/** The street under an address label: street-like, or a house number before a name. */
function labelledStreet(text: string): boolean {
  return streetLike(text) || (NUMBER_FIRST.test(text) && text.length <= 60);
}

/**
 * "гр. Пловдив, ул. „Лайпциг“ 19": the town first, announced by its marker, then the street, as
 * Bulgarian, Russian, Ukrainian and Vietnamese addresses are written.
 */
function townFirst(segments: string[], labelled: boolean, i: number): PostlessAddress | null {
  const mark = TOWN_MARK.exec(segments[0]!);
  if (!mark) return null;
  const city = townName(segments[0]!.slice(mark[0].length), true);
  const street = segments.slice(1).find((s) => streetLike(s));
  return city && street ? { street: cleanStreet(street), city, country: null, top: i, line: i, labelled } : null;
}

/** "Carrer de Sant Auguri 5 (Tarragona)": the town in brackets after the street. */
const BRACKETED_TOWN = /\s\(([^()\d]{2,40})\)\.?$/u;

/**
 * "Havířov: Nákupní 1/426" under "Adresy": a list of places, each town before its street. Only under
 * a place label, and only a town before a street with its house number.
 */
function townColonStreet(page: Page, i: number): PostlessAddress | null {
  const m = /^([^:\d]{2,30}):\s*(\S.*)$/u.exec(page.lines[i]!.text.trim());
  const city = m && townName(m[1]!, true);
  if (!city || isLabel(m[1]!) || !isStreetLike(m[2]!) || !hasNumber(m[2]!)) return null;
  return { street: cleanStreet(m[2]!), city, country: null, top: i, line: i, labelled: true };
}

function oneLine(page: Page, i: number, countries: readonly string[]): PostlessAddress | null {
  const { label, value: written } = splitLabel(page.lines[i]!.text);
  const labelled = !!label || isLabel(page.lines[i - 1]?.text ?? '');
  if (labelled && !label) {
    const listed = townColonStreet(page, i);
    if (listed) return listed;
  }
  const bracketed = BRACKETED_TOWN.exec(written);
  const value = bracketed ? `${written.slice(0, bracketed.index)}, ${bracketed[1]}` : written;
  const segments = value.split(SEGMENT).map((p) => p.trim()).filter(Boolean);
  if (segments.length >= 2) {
    const first = townFirst(segments, labelled, i);
    if (first) return first;
  }
  // Under a label a building or estate may stand before the street ("Komplek Bizpoint, Jl. Busan Blok B20, …").
  const at = labelled && segments.length >= 3 && !streetLike(segments[0]!) && !/\d/.test(segments[0]!) && streetLike(segments[1]!) ? 1 : 0;
  const street = segments[at];
  if (street && segments.length >= at + 2 && (streetLike(street) || (labelled && labelledStreet(street)))) {
    const place = townAndCountry(segments.slice(at + 1), countries, value);
    // A province of the page's country after the town ("Petrona Rosende 2394, Paraná, Entre Ríos") is
    // as sure a sign of an address as a country named there.
    if (place && (labelled || place.country || place.province || HOUSE_MARK.test(street) || (bracketed && namesStreet(street)))) {
      return { street: cleanStreet(street), city: place.city, country: place.country, top: i, line: i, labelled };
    }
  }
  const marked = labelled ? afterHouseNumber(value) : null;
  const city = marked && townName(marked.town, true);
  return marked && city ? { street: cleanStreet(marked.street), city, country: null, top: i, line: i, labelled } : null;
}

/** The street alone on its line, maybe a unit line under it, then the town line. */
function twoLines(page: Page, i: number, countries: readonly string[]): PostlessAddress | null {
  const { label, value } = splitLabel(page.lines[i]!.text);
  if (SEGMENT.test(value) && value.split(SEGMENT).length > 2) return null;
  let j = i + 1;
  if (streetLike(page.lines[j]?.text ?? '')) j++;
  const townLine = page.lines[j]?.text ?? '';
  if (!townLine || townLine.length > MAX_TOWN_LINE || hasNumber(townLine)) return null;
  let place = townAndCountry(townLine.split(TOWN_PARTS), countries, townLine);
  if (!place) return null;
  // "14 Ulu, SU II, Palembang," / "Sumatera Selatan": the province alone below a locality line whose
  // last part is the town.
  if (j > i + 1 && !place.country && isSubdivisionOf(place.city, countries)) {
    const town = townName(trimEnd(page.lines[j - 1]!.text, ' ,;.').split(TOWN_PARTS).at(-1) ?? '', true);
    if (town && !isSubdivisionOf(town, countries)) place = { city: town, country: null };
  }
  const labelled = !!label || isLabel(page.lines[i - 1]?.text ?? '');
  const contactBelow = CONTACT.test(page.lines[j + 1]?.text ?? '');
  if (!labelled && !place.country && !(contactBelow && HOUSE_MARK.test(value))) return null;
  return { street: cleanStreet(value), city: place.city, country: place.country, top: i, line: j, labelled };
}

export function findPostlessAddresses(page: Page): PostlessAddress[] {
  const out: PostlessAddress[] = [];
  const countries = addressCountries(page);
  for (let i = 0; i < page.lines.length && out.length < MAX_FOUND; i++) {
    const text = page.lines[i]!.text;
    if (text.length > MAX_LINE || !hasNumber(text) || NOT_ADDRESS.test(text)) continue;
    const { label, value } = splitLabel(text);
    const parts = value.split(SEGMENT).map((p) => p.trim());
    const labelled = !!label || isLabel(page.lines[i - 1]?.text ?? '');
    const opens = streetLike(parts[0] ?? '') || TOWN_MARK.test(parts[0] ?? '') || (labelled && (labelledStreet(parts[0] ?? '') || streetLike(parts[1] ?? '')));
    if (!opens || parsePostalLine(text, countries)) continue;
    const found = oneLine(page, i, countries) ?? twoLines(page, i, countries);
    if (found) {
      out.push(found);
      i = found.line;
    }
  }
  return out;
}
