import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { filterMetadata, PHONE_COUNTRIES } from '../../../scripts/make-phone-metadata.mjs';
import { parsePhoneNumberFromString } from '../../../src/core/detect/detectors/phones/phone-lib';

const require = createRequire(import.meta.url);

describe('the engine phone metadata', () => {
  it('is the installed libphonenumber-js metadata for the chosen countries (regenerate after an upgrade)', () => {
    const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.mobile.json'), 'utf8'));
    const shipped = JSON.parse(readFileSync(new URL('../../../src/core/detect/detectors/phones/phone-metadata.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(filterMetadata(full, PHONE_COUNTRIES));
  });

  it('reads numbers of the chosen countries and tells mobiles apart', () => {
    expect(parsePhoneNumberFromString('+41 76 123 45 67')?.getType()).toBe('MOBILE');
    expect(parsePhoneNumberFromString('0171 2345678', { defaultCountry: 'DE' })?.number).toBe('+491712345678');
    expect(parsePhoneNumberFromString('(213) 373-4253', { defaultCountry: 'US' })?.number).toBe('+12133734253');
    expect(parsePhoneNumberFromString('+91 98100 12345')?.country).toBe('IN');
  });

  it('does not recognise numbers of countries left out', () => {
    expect(parsePhoneNumberFromString('+81 3-1234-5678')?.isPossible() ?? false).toBe(false);
  });
});
