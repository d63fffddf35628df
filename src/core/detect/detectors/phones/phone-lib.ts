/**
 * libphonenumber-js for the engine, with its full ("max") metadata: every number type's ranges, so a
 * number is valid only where its country assigns it (a fixed line too, not only a mobile) and the
 * voice/mobile split reads the real type. Validity is what chooses between readings of one written
 * number (which neighbouring country, a "+" put before a national number). The engine runs in the
 * background and in Node, where the size of the metadata does not matter; lead import and the quality
 * report read numbers with the same metadata (core/lead/phone-reading.ts).
 */
export { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
