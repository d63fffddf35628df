/** Telling a street line ("Musterstraße 12", "650 Poydras Street Suite 2000", "Marktgasse 3-7/1/1b") from other text. */

import { trimBoth } from '../../../text/trim';
import { STREET_TYPES } from '../../../names/street-types-data';

export const STREET_WORD =
  /stra(?:ss|ß)e|str\.|weg\b|gasse\b|platz\b|allee\b|ring\b|damm\b|ufer\b|chaussee|steig\b|markt\b|\bstreet\b|\bst\.?$|\broad\b|\brd\b|\bave(?:nue)?\b|\brue\b|\brua\b|\bboulevard\b|\bblvd\b|\blane\b|\bdrive\b|\bcourt\b|\bplace\b|\bway\b|straat\b|laan\b|plein\b|gracht\b|kade\b|vej\b|veien\b|vegen\b|gade\b|gata\b|gatan\b|\bvia\b|\bviale\b|\bpiazza\b|\bcalle\b|\bavenida\b|\bcarrer\b|\bplaza\b|\bpaseo\b|\bpkwy\b|\bparkway\b|\bhwy\b|\bhighway\b|\bsector\b|\bnagar\b|\bmarg\b|(?<!\p{L})(?:av|avda|jl|ul|ул)\.|\bjalan\b|\bulica\b|(?<!\p{L})улица(?!\p{L})|(?<!\p{L})(?:đường|phố)(?!\p{L})|postfach|\bp\.?\s?o\.?\s?box\b|\bunit\b|\bsuite\b|(?<!\p{L})(?:út|utca|tér|körút|köz|sétány|fasor)(?!\p{L})/iu;

/** Street types of many languages from maintained data ("Cad", "Caddesi", "Travessa", "шоссе", "λεωφορος"). */
const STREET_TYPE_SET = new Set(STREET_TYPES.split('|'));
/** Longest street type, in words ("cevre yolu"). */
const MAX_TYPE_WORDS = 2;
/** Three-letter types ("Cad", "Sok", "Blv") are abbreviations: they count with their dot or beside a house number. */
const SHORT_TYPE = 3;

/** True when the text holds a street-type word of the maintained list. */
export function hasStreetType(text: string): boolean {
  const tokens = text.toLowerCase().split(/[^\p{L}.]+/u).filter(Boolean);
  const digits = /\d/.test(text);
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= MAX_TYPE_WORDS && i + n <= tokens.length; n++) {
      const written = tokens.slice(i, i + n).join(' ');
      const bare = written.replace(/\./g, '');
      if (!STREET_TYPE_SET.has(bare)) continue;
      if (bare.length > SHORT_TYPE || written.endsWith('.') || digits) return true;
    }
  }
  return false;
}

/** The text names a street by one of its type words (the engine's own or the maintained list's). */
export function namesStreet(text: string): boolean {
  return STREET_WORD.test(text) || hasStreetType(text);
}

/** Buildings and units written before the street: "Tour Prisma, 6 avenue d’Alsace". */
export const BUILDING_WORD = /^(?:tour|building|bldg|haus|gebäude|immeuble|bâtiment|batiment|résidence|residence|centre|center|tower|house|unit|suite|floor|etage|block|plot|c\/o)\b/iu;

const NON_STREET = /@|https?:|www\.|^(?:tel|fon|phone|fax|mobil|handy|tél|telefoon|telefon|e-?mail|iban|bic|swift|uid|ust|vat|hrb|hra)\b/iu;
export const NUMBER_TOKEN = /^-?\d{1,5}(?:[a-z]{1,2}|\.|[-/][\w/.-]{0,12})?$/iu;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** True for text that reads as a street with a house number, or a named street/P.O. box. */
export function isStreetLike(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > 90 || NON_STREET.test(t)) return false;
  const digits = digitCount(t);
  if (digits > 9) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length > 12) return false;
  const letters = t.replace(/\P{L}/gu, '').length;
  if (letters < 2) return false;
  if (tokens.some((tok) => NUMBER_TOKEN.test(tok.replace(/,$/, '')))) return true;
  return namesStreet(t);
}

/** "24 bajo", "6 avenue …": a segment that starts with the house number. */
export function startsWithNumber(text: string): boolean {
  return /^\d/.test(text.trim());
}

export function cleanStreet(text: string): string {
  return trimBoth(text.trim(), ',;: –—-');
}

/**
 * Words that announce an address, in the languages of the pages: "Siège social 4 rue …", "We are located
 * at Suite 4A, …", "Adresse 101 …", "con dirección en Av. 27 de Febrero 156", "mit Sitz in …".
 */
export const ADDRESS_WORD =
  /(?<!\p{L})(?:adresse|address|anschrift|adres|adresa|adresas|adrese|adress|osoite|sitz|siège|siege|sede|domicilio|direcci[óo]n|indirizzo|endereço|endereco|morada|located|situated|situ[ée]e?|gevestigd|find us|visit us)(?!\p{L})/iu;

/** The street without the words that announce it, which a label cell or a sentence glues to it. */
export function dropLeadIn(street: string): string {
  const tokens = street.split(' ').filter(Boolean);
  const at = tokens.findIndex((t) => /^#?\d/.test(t) || BUILDING_WORD.test(t));
  if (at <= 0) return street;
  // Only the announcing words go, with the small words after them ("Siège social", "located at"):
  // "Adresse Hemnevegen 107" keeps the street's name before its number.
  let last = -1;
  for (let i = 0; i < at; i++) {
    // "find us", "visit us": two words that announce only together.
    const pair = i > 0 && !ADDRESS_WORD.test(tokens[i - 1]!) && ADDRESS_WORD.test(`${tokens[i - 1]} ${tokens[i]}`);
    if (pair || ADDRESS_WORD.test(tokens[i]!)) last = i;
  }
  if (last < 0) return street;
  let from = last + 1;
  while (from < at && /^\p{Ll}/u.test(tokens[from]!)) from++;
  return tokens.slice(from).join(' ');
}

/** "Postboks 7280", "PO Box 156", "Postfach 12 34", "PL 236": a box at the post office, not the premises. */
export const POST_BOX = /\b(?:p\.?\s?o\.?\s?box|post office box|postfach|postboks|postbox|boîte postale|caixa postal|apartado|casilla|postilokero|box|pl|bp)\s?\d/iu;
