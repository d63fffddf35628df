import { parsePhoneNumberFromString as readMobile } from 'libphonenumber-js/mobile';
import { parsePhoneNumberFromString as readMax, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { MEMO_SIZE, readPhone } from '../../../src/core/lead/phone-reading';

/** What the keys used before (mobile metadata, possible numbers) and what validity used (full metadata). */
const mobileE164 = (raw: string, country?: string) => {
  const p = readMobile(raw, country ? { defaultCountry: country as CountryCode } : {});
  return p?.isPossible() ? p.number : null;
};

describe('readPhone', () => {
  it.each([
    ['089 1234567', 'DE'],
    ['0171 2345678', 'DE'],
    ['(512) 757-6000', 'US'],
    ['+44 20 7946 0958', 'DE'],
    ['+800 1234 5678', 'FR'],
    ['01 23 45 67 89', 'FR'],
    ['0049 89 1234567', 'DE'],
    ['12', 'DE'],
    ['089 123', 'DE'],
    ['not a number', 'DE'],
  ])('reads %s in %s as the mobile metadata keys it and the full metadata validates it', (raw, country) => {
    const reading = readPhone(raw, country);
    const full = readMax(raw, { defaultCountry: country as CountryCode });
    expect(reading?.e164 ?? null).toBe(mobileE164(raw, country));
    expect(reading?.valid ?? false).toBe(Boolean(full?.isValid()));
    expect(reading?.country ?? null).toBe(full?.country ?? null);
  });

  it('keeps a Texan number American: read in its own country, never in Germany', () => {
    expect(readPhone('(512) 757-6000', 'US')).toMatchObject({ e164: '+15127576000', valid: true, country: 'US' });
    expect(readPhone('(512) 757-6000', 'DE')?.e164).not.toBe('+15127576000');
  });

  it('reads a number written with + the same whatever the default country', () => {
    const inGermany = readPhone('+33 1 23 45 67 89', 'DE');
    expect(readPhone('+33 1 23 45 67 89', 'US')).toBe(inGermany);
    expect(readPhone('+33 1 23 45 67 89')).toBe(inGermany);
    expect(inGermany).toMatchObject({ e164: '+33123456789', country: 'FR' });
  });

  it('ignores a default country that is not a country code', () => {
    expect(readPhone('089 1234567', 'Deutschland')?.e164 ?? null).toBe(mobileE164('089 1234567'));
  });

  it('reads a number once while it is remembered, and again after the oldest were dropped', () => {
    const first = readPhone('030 1234567', 'DE');
    expect(readPhone('030 1234567', 'DE')).toBe(first);
    for (let i = 0; i < MEMO_SIZE; i++) readPhone(`040 ${1_000_000 + i}`, 'DE');
    const again = readPhone('030 1234567', 'DE');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
