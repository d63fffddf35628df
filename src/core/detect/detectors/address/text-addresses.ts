/**
 * Postal addresses written in the page text: a "PLZ Ort" line with the street on the same line or the
 * line above, or a one-line address. Each match keeps its line indices so the company detector can read
 * the name written above the address block.
 */
import { countryOfName } from '../../../names/countries';
import { addressContext, type AddressContext } from './context';
import { parsePostalLine, type PostalHit } from './postal-line';
import { cleanStreet, isStreetLike } from './street';
import type { Page } from '../../page';

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
}

const MAX_LINE_FOR_ADDRESS = 300;
/** No real page shows more addresses than this; hostile pages show thousands. */
const MAX_ADDRESSES = 60;
const YEAR = /^(?:19|20)\d\d$/;
const COPYRIGHT = /©|\(c\)|copyright/iu;
const CONTACT_LINE = /@|\+?\d[\d\s/().-]{6,}\d|^(?:tel|fon|phone|fax|e-?mail|mobil|t:|f:|e:)/iu;

const cache = new WeakMap<Page, TextAddress[]>();

function streetAbove(page: Page, i: number): string | null {
  const prev = page.lines[i - 1];
  if (!prev || prev.text.length > 90) return null;
  const text = prev.text.replace(/^[^:\d]{2,30}:\s*/u, '');
  if (!isStreetLike(text) || parsePostalLine(prev.text)) return null;
  return cleanStreet(text);
}

function isRealAddress(page: Page, i: number, hit: PostalHit, street: string | null): boolean {
  const text = page.lines[i]!.text;
  if (hit.strong || street) return !(COPYRIGHT.test(text) && !street);
  if (text.length > 120 || COPYRIGHT.test(text)) return false;
  if (hit.postalCode && YEAR.test(hit.postalCode)) return false;
  return true;
}

/** A sentence that announces an address: "Our address is …", "Nuestra dirección es …", "mit Sitz in …". */
const ADDRESS_CUE = /\b(?:address|adresse|anschrift|sitz|direcci[óo]n|domicilio|sede|indirizzo|located|situ[ée]e?|gevestigd|adres)\b/iu;
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

export function findTextAddresses(page: Page): TextAddress[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const out: TextAddress[] = [];
  const lines = page.lines;
  for (let i = 0; i < lines.length && out.length < MAX_ADDRESSES; i++) {
    const text = lines[i]!.text;
    if (!/\d/.test(text)) continue;
    const hit = text.length > MAX_LINE_FOR_ADDRESS ? proseAddress(text) : parsePostalLine(text);
    if (!hit) continue;
    const above = hit.street ? null : streetAbove(page, i);
    const street = hit.street ?? above;
    if (!isRealAddress(page, i, hit, street)) continue;
    const top = above ? i - 1 : i;
    let country = hit.country;
    const next = lines[i + 1]?.text ?? '';
    if (!country) {
      const named = countryOfName(next);
      if (named) country = named;
    }
    const nameAbove = lines[top - 1]?.text ?? '';
    const blockEvidence = CONTACT_LINE.test(next) || !!countryOfName(next) || (nameAbove.length > 0 && nameAbove.length < 80 && !/\d/.test(nameAbove));
    out.push({ hit, street, country, line: i, top, context: addressContext(page, top, i, hit.label), blockEvidence });
  }
  cache.set(page, out);
  return out;
}
