import { describe, expect, it } from 'vitest';
import { checkPhone, createValidityChecker, hasRegistrableDomain } from '../../../src/core/report/validity';
import { lead } from '../lead/helpers';

describe('phone validity', () => {
  it('accepts real numbers in the lead country and rejects impossible ones', () => {
    expect(checkPhone('+49 89 1234567', 'DE')).toBe('valid');
    expect(checkPhone('089 1234567', 'DE')).toBe('valid');
    expect(checkPhone('+49 000 000000', 'DE')).toBe('invalid');
    expect(checkPhone('12', 'DE')).toBe('invalid');
    expect(checkPhone('not a number', null)).toBe('invalid');
  });

  it('flags a valid number of another country than the address', () => {
    expect(checkPhone('+43 1 5123456', 'DE')).toBe('other-country');
    expect(checkPhone('+43 1 5123456', 'AT')).toBe('valid');
    // Without an address country there is nothing to disagree with.
    expect(checkPhone('+43 1 5123456', null)).toBe('valid');
  });
});

describe('website validity', () => {
  it('needs a registrable domain under a known suffix', () => {
    expect(hasRegistrableDomain('https://www.acme.de/kontakt')).toBe(true);
    expect(hasRegistrableDomain('acme.co.uk')).toBe(true);
    expect(hasRegistrableDomain('acme')).toBe(false);
    expect(hasRegistrableDomain('acme.notasuffix')).toBe(false);
    expect(hasRegistrableDomain('http://192.168.1.10')).toBe(false);
    expect(hasRegistrableDomain('localhost')).toBe(false);
  });
});

describe('a lead checked', () => {
  const check = createValidityChecker();

  it('reports each kind of problem separately', () => {
    expect(check(lead({ phone: '089 1234567', email: 'info@acme.de', website: 'acme.de', country: 'DE' }))).toEqual({
      invalidPhone: false, phoneOtherCountry: false, invalidEmail: false, invalidWebsite: false,
    });
    expect(check(lead({ phone: '0123', directPhone: '+43 1 5123456', personEmail: 'anna@@acme', website: 'acme', country: 'Deutschland' }))).toEqual({
      invalidPhone: true, phoneOtherCountry: true, invalidEmail: true, invalidWebsite: true,
    });
  });

  it('treats missing values as not invalid', () => {
    expect(check(lead({ companyName: 'Acme GmbH' }))).toEqual({ invalidPhone: false, phoneOtherCountry: false, invalidEmail: false, invalidWebsite: false });
  });

  it('answers the same from its cache', () => {
    const l = lead({ phone: '+49 000 000000' });
    expect(check(l).invalidPhone).toBe(true);
    expect(check(l).invalidPhone).toBe(true);
  });
});
