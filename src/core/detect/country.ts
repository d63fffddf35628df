/**
 * The page's home country, used as the default when a phone number is written without +prefix.
 * Never a fixed default: it comes from the page itself (address, ccTLD, language, explicit prefixes).
 */
import type { CountryCode } from 'libphonenumber-js/mobile';
import type { Page } from './page';

const TLD_COUNTRY: Record<string, CountryCode> = {
  de: 'DE', at: 'AT', ch: 'CH', li: 'LI', lu: 'LU', fr: 'FR', be: 'BE', nl: 'NL', es: 'ES', it: 'IT',
  pt: 'PT', uk: 'GB', ie: 'IE', dk: 'DK', no: 'NO', se: 'SE', fi: 'FI', pl: 'PL', cz: 'CZ', sk: 'SK',
  hu: 'HU', si: 'SI', hr: 'HR', ro: 'RO', gr: 'GR', us: 'US', ca: 'CA', au: 'AU', nz: 'NZ', in: 'IN',
  za: 'ZA', br: 'BR', mx: 'MX', jp: 'JP', ee: 'EE', lv: 'LV', lt: 'LT', is: 'IS', tr: 'TR',
};

/** A language alone points at a country only where one country dominates its web. */
const LANG_COUNTRY: Record<string, CountryCode> = {
  de: 'DE', fr: 'FR', nl: 'NL', es: 'ES', it: 'IT', pt: 'PT', da: 'DK', nb: 'NO', nn: 'NO', no: 'NO',
  sv: 'SE', fi: 'FI', pl: 'PL', cs: 'CZ', sk: 'SK', hu: 'HU', sl: 'SI', hr: 'HR', ro: 'RO', el: 'GR',
  et: 'EE', lv: 'LV', lt: 'LT', is: 'IS', tr: 'TR', ja: 'JP',
};

export function countryFromTld(host: string): CountryCode | undefined {
  const tld = host.split('.').pop() ?? '';
  return TLD_COUNTRY[tld];
}

export function countryFromLang(lang: string): CountryCode | undefined {
  const [base, region] = lang.split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) {
    const upper = region.toUpperCase();
    if (Object.values(TLD_COUNTRY).includes(upper as CountryCode)) return upper as CountryCode;
  }
  return base ? LANG_COUNTRY[base] : undefined;
}

/**
 * Best guess of the page's country. `addressCountry` (from a detected postal address) wins,
 * then the ccTLD, then the language; generic TLDs in English give no default at all.
 */
export function pageCountry(page: Page, addressCountry?: string | null): CountryCode | undefined {
  if (addressCountry && /^[A-Z]{2}$/.test(addressCountry)) return addressCountry as CountryCode;
  return countryFromTld(page.host) ?? countryFromLang(page.lang);
}
