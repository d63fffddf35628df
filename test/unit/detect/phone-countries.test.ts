/** The engine reads numbers of every country (full libphonenumber-js metadata), with their kind. */
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from '../../../src/core/detect/detectors/phones/phone-lib';
import { detectBody } from '../../support/detect';

describe('phone numbers of every country', () => {
  it('reads numbers far from Europe and tells mobiles apart', () => {
    expect(parsePhoneNumberFromString('+41 76 123 45 67')?.getType()).toBe('MOBILE');
    expect(parsePhoneNumberFromString('0171 2345678', { defaultCountry: 'DE' })?.number).toBe('+491712345678');
    expect(parsePhoneNumberFromString('+81 3-1234-5678')?.isPossible()).toBe(true);
    expect(parsePhoneNumberFromString('+64 21 123 4567')?.getType()).toBe('MOBILE');
  });

  it('finds a New Zealand and a Brazilian number on a contact page', () => {
    const record = detectBody(
      '<h1>Contact</h1><p>Auckland office: <a href="tel:+6493001234">+64 9 300 1234</a></p><p>São Paulo: +55 11 3003-1234</p><p>Mobile NZ: +64 21 123 4567</p>',
      'https://www.example.com/contact',
      'en',
      'Contact',
    );
    const numbers = record.phones.map((c) => [c.value.e164, c.value.kind]);
    expect(numbers).toEqual(expect.arrayContaining([['+6493001234', 'voice'], ['+551130031234', 'voice'], ['+64211234567', 'mobile']]));
  });
});
