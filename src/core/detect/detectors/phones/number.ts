/**
 * From a run of digits as written to E.164. A number is kept when libphonenumber-js finds it possible
 * (validity, with the full metadata, only chooses between readings), and when it has the structure people
 * write numbers in: a national number must start with its trunk prefix, dates, decimals and coordinates
 * are not numbers.
 */
import { parsePhoneNumberFromString, type CountryCode } from './phone-lib';
import { DASHES } from './runs';

export interface ParsedNumber {
  e164: string;
  /** Country calling code, e.g. "49". */
  callingCode: string;
  nationalNumber: string;
  mobile: boolean;
  /** Valid in its country's numbering plan (not only of a possible length). */
  valid?: boolean;
  /** The written form's digits before the last dash, when it ends in a switchboard extension ("9147-0"). */
  extensionBase: string | null;
}

/** Countries where a number written nationally always starts with 0 (the trunk prefix). */
const TRUNK_ZERO = new Set<string>([
  'DE', 'AT', 'CH', 'LI', 'FR', 'BE', 'NL', 'LU', 'GB', 'IE', 'IN', 'AU', 'NZ', 'FI', 'SE', 'SK', 'SI', 'HR',
  'RO', 'BG', 'TR', 'ZA', 'JP', 'KR', 'IL', 'PK', 'NG', 'KE', 'UA', 'RS', 'BA', 'MK', 'ID', 'TH', 'MY', 'EG',
  'VN', 'PH', 'EC', 'AE', 'SA', 'MA', 'DZ', 'GH', 'TZ', 'UG', 'LK', 'BD',
]);

export function writesTrunkZero(country: CountryCode): boolean {
  return TRUNK_ZERO.has(country);
}

const DASH_RE = new RegExp(`[${DASHES}]`, 'gu');
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/u;
const YEAR_RANGE = /^(?:1[89]|20)\d\d\s?-\s?(?:(?:1[89]|20)\d\d|\d\d)$/u;
/** Opening hours written with dots: "08.00 - 12.00", "8.30-17.00". */
const TIME_RANGE = /^\d{1,2}[.:]\d\d\s?-\s?\d{1,2}[.:]\d\d$/u;
/** A group written after a dot with more than four digits is a decimal or a coordinate. */
const DECIMAL = /\.\d{5}|\d{5}\./u;
const TRUNK_IN_BRACKETS = /^(\+\d{1,3})\s*\(0\)/u;
/** "(+91) 93909 94094": the country code alone in brackets. */
const CODE_IN_BRACKETS = /^\((\+\d{1,3})\)/u;
const MIN_NATIONAL_DIGITS = 6;
const NANP_DIGITS = 10;
/**
 * "(504) 229-5700", "504-229-5700": the North American shape (area codes never start with 0 or 1).
 * Read as +1 even when the page names no country: no other numbering plan is written this way.
 */
const NANP_SHAPE = /^(?:\+?1[\s.-]?)?(?:\([2-9]\d\d\)\s?|[2-9]\d\d[.-])\d{3}[\s.-]\d{4}$/u;

/** Dashes unified, soft hyphens dropped, "00" international prefix written as "+". */
export function normaliseRun(text: string): string {
  let t = text.replace(DASH_RE, '-').replace(/\u00ad/gu, '');
  if (t.startsWith('00') && t[2] !== '0') t = `+${t.slice(2)}`;
  return t.replace(TRUNK_IN_BRACKETS, '$1 ').replace(CODE_IN_BRACKETS, '$1 ');
}

function digitsOf(s: string): string {
  let out = '';
  for (const ch of s) if (ch >= '0' && ch <= '9') out += ch;
  return out;
}

/** Whether `text` has the outward shape of a phone number at all. */
function plausibleShape(text: string): boolean {
  // "+49(0)30.50360714": after a + sign dots group digits; only a bare figure with 5 digits behind a dot is a decimal.
  if (DATE.test(text) || YEAR_RANGE.test(text) || TIME_RANGE.test(text) || (!text.startsWith('+') && DECIMAL.test(text))) return false;
  const digits = digitsOf(text).length;
  return digits >= 6 && digits <= 17;
}

/** Default countries for numbers written without +prefix, the page's own first; tried in order. */
export type Countries = readonly CountryCode[];

/** One written number (already normalised) to E.164, or null when it is not a callable number. */
export function parseNumber(text: string, countries: Countries): ParsedNumber | null {
  if (!plausibleShape(text)) return null;
  if (text.startsWith('+')) {
    const international = read(text, undefined);
    if (international?.valid) return international;
    // "+533 654 033" on a Polish page: a "+" put before a national number that lacks its country code.
    // The digits are no valid number after the "+", but a valid one where the page points.
    return validIn(text.slice(1), countries) ?? international;
  }
  // The first country the number is valid in, else the first it is possible in: "0470 12 34 56" on a
  // page that points at NL and BE is a Belgian mobile, though an NL number of that length is possible.
  let possible: ParsedNumber | null = null;
  for (const country of countries) {
    const n = read(text, country);
    if (n?.valid) return n;
    possible ??= n;
  }
  if (possible) return possible;
  return NANP_SHAPE.test(text) ? read(text, 'US') : null;
}

/** `text` read as a national number of the first of `countries` it is valid in, else null. */
function validIn(text: string, countries: Countries): ParsedNumber | null {
  for (const country of countries) {
    const n = read(text, country);
    if (n?.valid) return n;
  }
  return null;
}

function read(text: string, country: CountryCode | undefined): ParsedNumber | null {
  if (country && TRUNK_ZERO.has(country) && !text.startsWith('0') && !text.startsWith('(0')) return null;
  const parsed = parsePhoneNumberFromString(text, country ? { defaultCountry: country } : {});
  if (!parsed || !parsed.isPossible()) return null;
  const national = parsed.nationalNumber as string;
  if (national.length < MIN_NATIONAL_DIGITS) return null;
  // "744-1641": a North American number without its area code is local only, and usually a house number.
  if (parsed.countryCallingCode === '1' && national.length !== NANP_DIGITS) return null;
  const lastDash = text.lastIndexOf('-');
  const tail = lastDash >= 0 ? digitsOf(text.slice(lastDash + 1)) : '';
  const extensionBase = lastDash > 0 && tail.length >= 1 && tail.length <= 4 && text.slice(lastDash + 1).trim() === tail ? text.slice(0, lastDash).trimEnd() : null;
  return {
    e164: parsed.number as string,
    callingCode: parsed.countryCallingCode as string,
    nationalNumber: national,
    mobile: parsed.isValid() && parsed.getType() === 'MOBILE',
    valid: parsed.isValid(),
    extensionBase,
  };
}

/**
 * A run may hold more than one number: "0755 - 2561847 / 53" (a second line sharing all but the last
 * digits), "0208 123456 / 0172 1234567". Returns every number read, in order.
 */
export function parseRun(raw: string, countries: Countries): ParsedNumber[] {
  const text = normaliseRun(raw);
  const whole = parseNumber(text, countries);
  if (!whole) {
    const listed = numbersBetweenDashes(text, countries);
    if (listed) return listed;
  }
  const parts = text.split(/\s\/\s?|\/\s/u);
  if (parts.length === 1 || parts.length > 4) return whole ? [whole] : [];
  // "04121 / 266 99 62" is one number with a slash after the area code: read as a whole first,
  // unless a part after the first is itself a complete number.
  const first = parseNumber(parts[0]!, countries);
  if (!first) return whole ? [whole] : [];
  const out: ParsedNumber[] = [first];
  let base = parts[0]!;
  for (const part of parts.slice(1)) {
    const own = parseNumber(part, countries);
    const partDigits = digitsOf(part);
    if (own && partDigits.length >= 7) {
      out.push(own);
      base = part;
      continue;
    }
    const shared = sharedPrefix(base, partDigits, countries);
    if (!shared) return whole ? [whole] : [];
    out.push(shared);
  }
  return out;
}

/** Most numbers a run lists between spaced dashes ("+58 414 325 42 31 - 414 246 86 65"). */
const MAX_LISTED = 4;

/**
 * "+58 414 325 42 31 - 414 246 86 65": two whole numbers listed with a spaced dash. Only when the run
 * does not read as one number, and only when every part is a whole number of its own, so an area code
 * set off by a dash ("0211 - 45678") or an extension ("… - 78") is never split off.
 */
function numbersBetweenDashes(text: string, countries: Countries): ParsedNumber[] | null {
  const parts = text.split(/\s[-–—]\s/u);
  if (parts.length < 2 || parts.length > MAX_LISTED) return null;
  const out: ParsedNumber[] = [];
  let prefix = '';
  for (const part of parts) {
    if (digitsOf(part).length < 7) return null;
    // A later part without its "+58" belongs to the country of the first one.
    const own = parseNumber(part, countries) ?? (prefix && !part.trim().startsWith('+') ? parseNumber(`${prefix} ${part}`, countries) : null);
    if (!own) return null;
    if (!prefix && part.trim().startsWith('+')) prefix = `+${own.callingCode}`;
    out.push(own);
  }
  return out;
}

/**
 * "0861 41007 oder 43822", "2561847 / 53": the short part replaces the last digits of the number
 * before it. Only for parts clearly shorter than the subscriber number, so two full numbers never merge.
 */
export function sharedPrefix(base: string, tail: string, countries: Countries): ParsedNumber | null {
  const baseDigits = digitsOf(base);
  if (tail.length === 0 || tail.length > 6 || tail.length > baseDigits.length - 4) return null;
  const prefix = base.startsWith('+') ? '+' : '';
  return parseNumber(prefix + baseDigits.slice(0, baseDigits.length - tail.length) + tail, countries);
}

/** "+49 2232 5816-0" then "-2745": the extension completes the base written before it. */
export function withExtension(base: string, extension: string, countries: Countries): ParsedNumber | null {
  return parseNumber(`${base}-${extension}`, countries);
}
