/**
 * The country a row's numbers are read in: its country column, else what its address says (a country
 * at the end of a one-line address, a region such as "TX" or "ON", a postal code only one country
 * writes that way), else the default the rep set for the import. Never silently Germany.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import { toCountryCode } from '../lead/countries';

/** A country name or code as an ISO code that phone numbers can be read in; null otherwise ("ON", "Texas"). */
function knownCountry(value: string | undefined): string | null {
  const code = toCountryCode(value);
  return code && isSupportedCountry(code) ? code : null;
}

const US_STATES = new Set(('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC '
  + 'SD TN TX UT VT VA WA WV WI WY DC').split(' '));
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
const REGION_NAMES: Record<string, string> = {
  texas: 'US', california: 'US', 'new york': 'US', florida: 'US', illinois: 'US', washington: 'US', ontario: 'CA', quebec: 'CA',
  'british columbia': 'CA', alberta: 'CA', bayern: 'DE', bavaria: 'DE', 'nordrhein-westfalen': 'DE', hessen: 'DE', 'baden-wurttemberg': 'DE',
  tirol: 'AT', wien: 'AT', vienna: 'AT', zurich: 'CH', bern: 'CH',
};

/** Postal codes only one country writes this way. */
const POSTAL: readonly (readonly [RegExp, string])[] = [
  [/^\d{5}-\d{4}$/, 'US'],
  [/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, 'CA'],
  [/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, 'GB'],
  [/^\d{4} ?[A-Z]{2}$/i, 'NL'],
  [/^\d{3}-\d{4}$/, 'JP'],
  [/^(D|DE)-\d{5}$/i, 'DE'],
  [/^(A|AT)-\d{4}$/i, 'AT'],
  [/^(CH)-\d{4}$/i, 'CH'],
];

function fold(text: string): string {
  return text.trim().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

export function countryFromRegion(region: string | undefined): string | null {
  if (!region) return null;
  const code = region.trim().toUpperCase();
  if (US_STATES.has(code)) return 'US';
  if (CA_PROVINCES.has(code)) return 'CA';
  return REGION_NAMES[fold(region)] ?? null;
}

export function countryFromPostalCode(postal: string | undefined): string | null {
  const p = postal?.trim();
  return p ? POSTAL.find(([re]) => re.test(p))?.[1] ?? null : null;
}

/** "100 King St W, Toronto, ON M5X 1A9, Canada" → CA: the last part of a one-line address, if a country. */
export function countryFromAddress(address: string | undefined): string | null {
  const parts = (address ?? '').split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last) return null;
  return knownCountry(last);
}

export interface CountryClues {
  country?: string | undefined;
  region?: string | undefined;
  postalCode?: string | undefined;
  address?: string | undefined;
}

/** The row's country (ISO code) and how it was found; the default country when nothing in the row says. */
export function rowCountry(clues: CountryClues, defaultCountry: string): { country: string; from: 'column' | 'address' | 'default' } {
  const fromColumn = knownCountry(clues.country);
  if (fromColumn) return { country: fromColumn, from: 'column' };
  const fromAddress = countryFromAddress(clues.address) ?? countryFromRegion(clues.region) ?? countryFromPostalCode(clues.postalCode);
  return fromAddress ? { country: fromAddress, from: 'address' } : { country: defaultCountry, from: 'default' };
}
