/**
 * The page's home country, used as the default when a phone number is written without +prefix.
 * Never a fixed default: it comes from the page itself (address, ccTLD, explicit +prefixes, language).
 */
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from '../detectors/phones/phone-lib';
import type { Page } from '../page';
import { writesTrunkZero } from '../detectors/phones/number';
import { whatsappDigits } from '../detectors/phones/whatsapp';
import { guessTextLanguage } from './text-language';
import { countryOfFoldedName, countryOfName, isCountryCode, multiWordStarts } from '../../names/countries';

const TLD_COUNTRY: Record<string, CountryCode> = {
  de: 'DE', at: 'AT', ch: 'CH', li: 'LI', lu: 'LU', fr: 'FR', be: 'BE', nl: 'NL', es: 'ES', it: 'IT',
  pt: 'PT', uk: 'GB', ie: 'IE', dk: 'DK', no: 'NO', se: 'SE', fi: 'FI', pl: 'PL', cz: 'CZ', sk: 'SK',
  hu: 'HU', si: 'SI', hr: 'HR', ro: 'RO', gr: 'GR', us: 'US', ca: 'CA', au: 'AU', nz: 'NZ', in: 'IN',
  za: 'ZA', br: 'BR', mx: 'MX', jp: 'JP', ee: 'EE', lv: 'LV', lt: 'LT', is: 'IS', tr: 'TR', bg: 'BG',
  rs: 'RS', ua: 'UA', il: 'IL', sg: 'SG', ar: 'AR', cl: 'CL', mt: 'MT', cy: 'CY',
};

/** A language alone points at a country only where one country dominates its web. */
const LANG_COUNTRY: Record<string, CountryCode> = {
  de: 'DE', fr: 'FR', nl: 'NL', es: 'ES', it: 'IT', pt: 'PT', da: 'DK', nb: 'NO', nn: 'NO', no: 'NO',
  sv: 'SE', fi: 'FI', pl: 'PL', cs: 'CZ', sk: 'SK', hu: 'HU', sl: 'SI', hr: 'HR', ro: 'RO', el: 'GR',
  et: 'EE', lv: 'LV', lt: 'LT', is: 'IS', tr: 'TR', ja: 'JP', bg: 'BG',
};

const KNOWN_COUNTRIES = new Set<string>(Object.values(TLD_COUNTRY));

/** Country-code domains sold worldwide as generic names (".io", ".co", ".me", ".tv"): they say nothing of the country. */
const GENERIC_CCTLD = new Set(['ac', 'ag', 'ai', 'am', 'bz', 'cc', 'cf', 'co', 'cx', 'fm', 'ga', 'gd', 'gg', 'gq', 'im', 'io', 'la', 'ly', 'me', 'ml', 'ms', 'mu', 'nu', 'ps', 'sc', 'sh', 'so', 'st', 'sx', 'tk', 'to', 'tv', 'vc', 'ws']);

export function countryFromTld(host: string): CountryCode | undefined {
  const tld = host.split('.').pop() ?? '';
  if (TLD_COUNTRY[tld]) return TLD_COUNTRY[tld];
  // Any other country-code domain ("grupotrebol.pe", "micka.al") names its country by ISO 3166-1.
  const code = tld.toUpperCase();
  return tld.length === 2 && !GENERIC_CCTLD.has(tld) && isCountryCode(code) ? (code as CountryCode) : undefined;
}

/** Languages written across many countries' webs: their likely region says nothing of the page. */
const WORLD_LANGUAGES = new Set(['en', 'ar', 'zh', 'ru', 'sw', 'fa']);

/**
 * The country a language alone points at: the table above, else the likely region of the language in
 * CLDR's likely-subtags data as the runtime's Intl carries it ("vi" -> VN, "id" -> ID, "sq" -> AL).
 */
function likelyCountryOfLanguage(base: string): CountryCode | undefined {
  if (LANG_COUNTRY[base]) return LANG_COUNTRY[base];
  if (WORLD_LANGUAGES.has(base) || !/^[a-z]{2,3}$/u.test(base)) return undefined;
  try {
    const region = new Intl.Locale(base).maximize().region;
    return region && /^[A-Z]{2}$/u.test(region) && isCountryCode(region) ? (region as CountryCode) : undefined;
  } catch {
    return undefined;
  }
}

export function countryFromLang(lang: string): CountryCode | undefined {
  const [base, region] = lang.split(/[-_]/u);
  if (region && /^[a-z]{2}$/u.test(region)) {
    const upper = region.toUpperCase();
    if (KNOWN_COUNTRIES.has(upper) || isCountryCode(upper)) return upper as CountryCode;
  }
  return base ? likelyCountryOfLanguage(base) : undefined;
}

/** Where several countries share a calling code, the one that owns it; others: the first listed. */
const MAIN_COUNTRY: Record<string, CountryCode> = { '1': 'US', '7': 'RU', '44': 'GB', '47': 'NO', '61': 'AU', '39': 'IT', '358': 'FI', '212': 'MA', '262': 'RE', '590': 'GP', '599': 'CW' };
let byCallingCode: Map<string, CountryCode> | null = null;

/** The country a calling code stands for ("44" -> GB); the mobile metadata only names it for valid mobiles. */
export function countryOfCallingCode(code: string): CountryCode | undefined {
  if (!byCallingCode) {
    byCallingCode = new Map(Object.entries(MAIN_COUNTRY));
    for (const c of getCountries()) {
      const cc = getCountryCallingCode(c) as string;
      if (!byCallingCode.has(cc)) byCallingCode.set(cc, c);
    }
  }
  return byCallingCode.get(code);
}

const PLUS_NUMBER = /\+\s?\d[\d\s()./-]{5,20}\d/u;
const MAX_PREFIX_SAMPLES = 40;

/**
 * The country most of the page's +prefixed numbers belong to (tel: links, structured data, text):
 * on a generic TLD in English these are the best hint for the numbers written without a prefix.
 */
export function countryFromPhonePrefixes(page: Page): CountryCode | undefined {
  return once(page, 'prefixes', () => scanPhonePrefixes(page));
}


function scanPhonePrefixes(page: Page): CountryCode | undefined {
  const samples: string[] = [];
  for (const link of page.links) {
    if (samples.length >= MAX_PREFIX_SAMPLES) break;
    if (/^tel:\s*(?:%2B|\+)/iu.test(link.href)) samples.push(link.href.slice(4).replace(/%2B/giu, '+').replace(/%20/gu, ''));
    const chat = whatsappDigits(link.href);
    if (chat) samples.push(`+${chat}`);
  }
  for (const line of page.lines) {
    if (samples.length >= MAX_PREFIX_SAMPLES) break;
    if (!line.text.includes('+')) continue;
    const m = PLUS_NUMBER.exec(line.text.length > 400 ? line.text.slice(0, 400) : line.text);
    if (m) samples.push(m[0]);
  }
  const votes = new Map<CountryCode, number>();
  for (const s of samples) {
    const parsed = parsePhoneNumberFromString(s);
    const c = parsed?.country ?? (parsed ? countryOfCallingCode(parsed.countryCallingCode as string) : undefined);
    if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  let best: CountryCode | undefined;
  let bestVotes = 0;
  for (const [c, n] of votes) {
    if (n > bestVotes) {
      best = c;
      bestVotes = n;
    }
  }
  return best;
}

/** The language the page is written in: `<html lang>`, unless missing or the template default "en" contradicted by the text. */
function pageLanguageCountry(page: Page): CountryCode | undefined {
  const declared = countryFromLang(page.lang);
  const base = page.lang.split(/[-_]/u)[0] ?? '';
  if (base && base !== 'en') return declared;
  const guessed = once(page, 'language', () => guessTextLanguage(pageWords(page)));
  if (guessed && guessed !== 'en') return LANG_COUNTRY[guessed];
  return declared;
}

/**
 * Best guess of the page's country. `addressCountry` (from a detected postal address) wins, then the
 * ccTLD, then the country of the +prefixed numbers on the page, then the language.
 */
export function pageCountry(page: Page, addressCountry?: string | null): CountryCode | undefined {
  if (addressCountry && /^[A-Z]{2}$/u.test(addressCountry)) return addressCountry as CountryCode;
  return countryFromTld(page.host) ?? countryFromPhonePrefixes(page) ?? countryFromMailDomains(page) ?? pageLanguageCountry(page);
}

const MAILTO = /^mailto:\s*[^@?\s]+@([^?&\s>]+)/iu;
/** The domain after an "@" in the text; reading from the "@" keeps the scan linear. */
const MAIL_IN_TEXT = /(?<=[\p{L}\d])@([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,})/giu;
const MAX_MAIL_SAMPLES = 20;

/**
 * The country of the page's e-mail domains ("info@nhakhoamyphuoc.vn" -> VN): on a page hosted on a
 * generic or shared address (github.io, a builder), the organisation's own mail domain still names
 * its country by the ccTLD. Most votes win; generic TLDs say nothing.
 */
export function countryFromMailDomains(page: Page): CountryCode | undefined {
  return once(page, 'mail-domains', () => {
    const domains: string[] = [];
    for (const link of page.links) {
      if (domains.length >= MAX_MAIL_SAMPLES) break;
      const m = MAILTO.exec(link.href);
      if (m) domains.push(m[1]!.toLowerCase());
    }
    for (const line of page.lines) {
      if (domains.length >= MAX_MAIL_SAMPLES) break;
      if (!line.text.includes('@') || line.text.length > 400) continue;
      for (const m of line.text.matchAll(MAIL_IN_TEXT)) domains.push(m[1]!.toLowerCase());
    }
    const votes = new Map<CountryCode, number>();
    for (const d of domains) {
      const c = countryFromTld(d);
      if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    let best: CountryCode | undefined;
    let bestVotes = 0;
    for (const [c, n] of votes) if (n > bestVotes) [best, bestVotes] = [c, n];
    return best;
  });
}

/**
 * The countries whose address formats are tried on the page's lines: its own country first, then what
 * else it points at (ccTLD, +prefixed numbers, language). Never more than a few, so a bare number is
 * not read as some far country's postal code.
 */
export function addressCountries(page: Page): CountryCode[] {
  return once(page, 'address-countries', () => {
    const out: CountryCode[] = [];
    for (const c of [pageCountry(page), countryFromTld(page.host), countryFromPhonePrefixes(page), countryFromMailDomains(page), pageLanguageCountry(page)]) {
      if (c && !out.includes(c)) out.push(c);
    }
    return out;
  });
}

const WORD = /\p{L}+/gu;
const MAX_NAME_WORDS = 5_000;

/** Page-wide scans are done once per page, however often the engine asks. */
const memo = new WeakMap<Page, Map<string, unknown>>();
function once<T>(page: Page, key: string, compute: () => T): T {
  let m = memo.get(page);
  if (!m) memo.set(page, (m = new Map()));
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

/** Countries the page's text names, most often named first. */
function countriesNamed(page: Page): CountryCode[] {
  return once(page, 'named', () => scanCountryNames(page));
}

/** The page's first words, lower-case: read once for both the language guess and the country names. */
function pageWords(page: Page): string[] {
  return once(page, 'words', () => {
    const words: string[] = [];
    for (const line of page.lines) {
      for (const m of line.text.matchAll(WORD)) {
        if (words.length >= MAX_NAME_WORDS - 1) return words;
        words.push(m[0].toLowerCase());
      }
    }
    return words;
  });
}

const ASCII = /^[a-z]*$/;

function scanCountryNames(page: Page): CountryCode[] {
  const votes = new Map<CountryCode, number>();
  const words = pageWords(page);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "new zealand", "united kingdom": a name of two words is read as one.
    const pair = multiWordStarts().has(w) && i + 1 < words.length ? countryOfName(`${w} ${words[i + 1]}`) : undefined;
    const c = pair ?? (w.length < 5 ? undefined : ASCII.test(w) ? countryOfFoldedName(w) : countryOfName(w));
    if (pair) i++;
    if (c) votes.set(c as CountryCode, (votes.get(c as CountryCode) ?? 0) + 1);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/**
 * Default countries for numbers written without +prefix: the page's country first, then what else the
 * page points at (ccTLD, +prefixed numbers, language, countries it names) for the numbers that are
 * impossible in the first. Fallbacks are limited to countries whose national numbers start with 0,
 * so a stray figure never becomes a number of some other country.
 */
export function phoneCountries(page: Page, primary: CountryCode | undefined): CountryCode[] {
  const all = [primary, countryFromTld(page.host), countryFromPhonePrefixes(page), countryFromMailDomains(page), pageLanguageCountry(page), ...countriesNamed(page)];
  const out: CountryCode[] = [];
  for (const c of all) {
    if (!c || out.includes(c)) continue;
    if (c === primary || writesTrunkZero(c)) out.push(c);
  }
  return out;
}
