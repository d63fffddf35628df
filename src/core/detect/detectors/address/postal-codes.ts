/**
 * Postal-code formats of every country, from the maintained `postcode-validator` tables (188 countries),
 * instead of a hand list of lengths: "637 00" is Czech, "98-235" Polish, "74150-130" Brazilian,
 * "150" Omani. A code is only ever tried against the few countries the page points at.
 */
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import { trimEnd } from '../../../text/trim';

/** A word written before the code: "C.P. 03230", "CEP 74150-130", "PC 112", "PSČ 637 00", "Τ.Κ. 18539". */
const CODE_LABEL = /^(?:c\.?p\.?|cep|p\.?c\.?|pin|zip|psč|postcode|kod|τ\.?κ\.?|индекс|індекс)[:.]?$/iu;
/** "V7M-2J5": a Canadian or British code written with a hyphen instead of the space. */
const HYPHENATED_ALPHANUMERIC = /^([A-Z]\d[A-Z\d]?)-(\d[A-Z]{1,2}\d?)$/u;
const MAX_CODE_LENGTH = 10;

export function isPostalCodeOf(code: string, country: string): boolean {
  if (code.length > MAX_CODE_LENGTH || !/\d/.test(code) || !postcodeValidatorExistsForCountry(country)) return false;
  return postcodeValidator(code, country);
}

export interface CodeMatch {
  /** The code as the country writes it. */
  code: string;
  country: string;
  /** Token range [start, end) the code (and its label) covers. */
  start: number;
  end: number;
  /** Written after a label such as "C.P." or "CEP". */
  labelled: boolean;
}

function clean(token: string): string {
  return trimEnd(token, '.,;:');
}

function validFor(code: string, countries: readonly string[]): { code: string; country: string } | null {
  const variants = [code];
  const hyphen = HYPHENATED_ALPHANUMERIC.exec(code);
  if (hyphen) variants.push(`${hyphen[1]} ${hyphen[2]}`);
  for (const country of countries) {
    for (const v of variants) if (isPostalCodeOf(v, country)) return { code: v, country };
  }
  return null;
}

/** A postal code of one of `countries` at the start of `tokens` ("637 00 Brno", "C.P. 03230"). */
export function codeAtStart(tokens: readonly string[], countries: readonly string[]): CodeMatch | null {
  const labelled = tokens.length > 1 && CODE_LABEL.test(tokens[0]!);
  const s = labelled ? 1 : 0;
  for (const len of [2, 1]) {
    if (s + len > tokens.length) continue;
    const hit = validFor(tokens.slice(s, s + len).map(clean).join(' '), countries);
    if (hit) return { ...hit, start: 0, end: s + len, labelled };
  }
  return null;
}

/** A postal code of one of `countries` at the end of `tokens` ("Charlestown NSW 2290", "Seeb 150"). */
export function codeAtEnd(tokens: readonly string[], countries: readonly string[]): CodeMatch | null {
  const n = tokens.length;
  for (const len of [2, 1]) {
    if (len > n) continue;
    const hit = validFor(tokens.slice(n - len).map(clean).join(' '), countries);
    if (!hit) continue;
    const labelled = n - len > 0 && CODE_LABEL.test(tokens[n - len - 1]!);
    return { ...hit, start: labelled ? n - len - 1 : n - len, end: n, labelled };
  }
  return null;
}

/** A code whose shape alone says "postal code" (a space, hyphen or letter inside), unlike a bare number. */
export function isDistinctiveCode(code: string): boolean {
  return /[\s\-A-Z]/u.test(code);
}

/**
 * "LT-45181", "LV-2015": a code whose format includes the country's letters is recorded without them,
 * as the other countries' codes are ("A-8200" -> "8200"). Read with them, so "2015" is no year.
 */
export function recordedCode(code: string | null, country: string | null): string | null {
  return code && country && code.startsWith(`${country}-`) && /^\d/.test(code.slice(3)) ? code.slice(3) : code;
}
