/** Countries as CRMs export them ("Deutschland", "Germany", "D", "de") -> ISO 3166-1 alpha-2, for phone defaults. */
import { countryOfName, foldCountryName } from '../names/countries';

/** Vehicle-plate and German abbreviations that CRM exports use in a country column, never on web pages. */
const CRM_ABBREVIATIONS: Record<string, string> = { d: 'DE', brd: 'DE', a: 'AT' };

/**
 * Codes of the names asked before: an import asks for every row's country (and its keys, numbers and
 * report input ask again), nearly always the same few names; folding one costs microseconds. Bounded.
 */
const known = new Map<string, string | null>();

/** ISO code for a country written as code or common name; null when unknown. */
export function toCountryCode(value: string | undefined): string | null {
  if (!value) return null;
  let code = known.get(value);
  if (code === undefined) {
    code = codeOf(value);
    if (known.size >= 1000) known.clear();
    known.set(value, code);
  }
  return code;
}

function codeOf(value: string): string | null {
  const v = value.trim();
  if (/^[A-Z]{2}$/.test(v)) return v === 'UK' ? 'GB' : v;
  const key = foldCountryName(v);
  return countryOfName(v) ?? CRM_ABBREVIATIONS[key] ?? (/^[a-z]{2}$/.test(key) && key !== 'uk' ? key.toUpperCase() : null);
}
