import { describe, expect, it } from 'vitest';
import { completeness, DEFAULT_PROFILE } from '../../../src/core/lead/completeness';
import { COMPLETE, lead } from './helpers';

describe('completeness', () => {
  it('is 100 % and not in need of research when the profile is met', () => {
    expect(completeness(lead(COMPLETE))).toEqual({ percent: 100, missing: [], missingFields: [], complete: true, needsResearch: false });
  });

  it('lists what is missing in research order', () => {
    const c = completeness(lead({ city: 'München', email: 'info@acme.de' }));
    expect(c.missing).toEqual(['companyName', 'website', 'phone', 'street', 'postalCode', 'contactName']);
    expect(c.missingFields).toEqual(['companyName', 'website', 'phone', 'street', 'postalCode', 'lastName']);
    expect(c.percent).toBe(25);
    expect(c.needsResearch).toBe(true);
  });

  it('accepts alternatives: direct phone or mobile for phone, personal e-mail for e-mail, last name alone', () => {
    const { phone: _p, email: _e, firstName: _f, ...rest } = COMPLETE;
    expect(completeness(lead({ ...rest, mobile: '0171 1234567', personEmail: 'a@acme.de' })).complete).toBe(true);
    expect(completeness(lead({ ...rest, directPhone: '089 1234-12', personEmail: 'a@acme.de' })).complete).toBe(true);
  });

  it('counts blank values as missing', () => {
    expect(completeness(lead({ ...COMPLETE, city: '   ' })).missing).toEqual(['city']);
  });

  it('takes a custom profile', () => {
    const profile = [DEFAULT_PROFILE[0]!, { id: 'vat', anyOf: [['vatId' as const]] }];
    expect(completeness(lead({ companyName: 'Acme' }), profile)).toMatchObject({ percent: 50, missing: ['vat'] });
  });
});
