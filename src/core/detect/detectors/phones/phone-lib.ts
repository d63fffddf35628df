/**
 * libphonenumber-js for the engine: its "mobile" metadata for every country, which tells mobile
 * numbers apart from the others (what the voice/mobile/fax split needs). The engine runs in the
 * background and in Node, where the size of the metadata does not matter; the import of leads uses
 * the same metadata, so a number reads alike wherever it comes from.
 */
export { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/mobile';
