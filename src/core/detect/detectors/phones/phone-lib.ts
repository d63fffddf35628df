/**
 * libphonenumber-js bound to the engine's own metadata: the "mobile" metadata (it tells mobile numbers
 * apart) for the countries listed in scripts/make-phone-metadata.mjs, which keeps the content script
 * small. Both hosts of the engine (page and Node) use the same metadata, so they read numbers alike.
 */
import {
  getCountries as getCountriesWith,
  getCountryCallingCode as getCountryCallingCodeWith,
  parsePhoneNumberFromString as parseWith,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import metadataJson from './phone-metadata.json';

const metadata = metadataJson as unknown as MetadataJson;

export type { CountryCode, PhoneNumber };

export function parsePhoneNumberFromString(text: string, options: { defaultCountry?: CountryCode } = {}): PhoneNumber | undefined {
  return parseWith(text, options, metadata);
}

export function getCountries(): CountryCode[] {
  return getCountriesWith(metadata);
}

export function getCountryCallingCode(country: CountryCode): string {
  return getCountryCallingCodeWith(country, metadata) as string;
}
