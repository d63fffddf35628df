/**
 * One reading of a phone number, for every reader of a stored value: its E.164 key when the number
 * is possible (lookup keys, matching) and whether it exists and where (the quality report's validity).
 * Read once with the full metadata: an import used to parse each number twice, with the mobile
 * metadata for its key and the full metadata for its validity (issue 11), and both give the same
 * E.164 for every possible number (the full set only adds the number types' patterns).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface PhoneReading {
  /** E.164 when the number is possible (right length for its country), else null. */
  e164: string | null;
  /** Whether the number is in a range its country assigns. */
  valid: boolean;
  /** The country the number belongs to, when the metadata tells (none for +800 and other non-geographic numbers). */
  country: string | null;
}

/**
 * Readings by country and text. An import reads a number when it maps its row and again when the
 * report input of its lead is made, a chunk later: room for a few chunks' numbers. When full, the
 * oldest quarter goes.
 */
export const MEMO_SIZE = 20_000;
const memo = new Map<string, PhoneReading | null>();

const COUNTRY = /^[A-Z]{2}$/;

function read(raw: string, country: CountryCode | undefined): PhoneReading | null {
  const parsed = parsePhoneNumberFromString(raw, country ? { defaultCountry: country } : {});
  if (!parsed) return null;
  return { e164: parsed.isPossible() ? parsed.number : null, valid: parsed.isValid(), country: parsed.country ?? null };
}

/** The number `raw` read in `defaultCountry` (a number written with + is read the same in every country); null when it is no number at all. */
export function readPhone(raw: string, defaultCountry?: string | null): PhoneReading | null {
  const international = raw.trimStart().startsWith('+');
  const country = !international && defaultCountry && COUNTRY.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const key = `${country ?? ''}|${raw}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const reading = read(raw, country);
  if (memo.size >= MEMO_SIZE) {
    let drop = MEMO_SIZE / 4;
    for (const k of memo.keys()) {
      memo.delete(k);
      if (--drop === 0) break;
    }
  }
  memo.set(key, reading);
  return reading;
}
