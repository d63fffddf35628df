import { describe, expect, it } from 'vitest';
import { isFreeMailDomain } from '../../../src/core/lead/freemail';
import { computeKeys } from '../../../src/core/lead/keys';
import { normaliseCompanyName, normaliseRegister, sameValue, websiteDomain } from '../../../src/core/lead/normalise';
import { lead } from './helpers';

describe('keys', () => {
  it('derives domain, email, email domain, phone, vat, register and name keys', () => {
    const l = lead({
      companyName: 'Müller Maschinenbau GmbH & Co. KG', website: 'https://shop.mueller-maschinen.co.uk/x', email: 'Info@Mueller.de',
      phone: '089 1234567', vatId: 'DE 123 456 789', register: 'Amtsgericht München HRB 12345',
    });
    expect(l.keys).toEqual([
      'domain:mueller-maschinen.co.uk', 'email:info@mueller.de', 'emaildomain:mueller.de', 'name:muller maschinenbau',
      'phone:+49891234567', 'register:hrb12345@münchen', 'vat:DE123456789',
    ]);
  });

  it('never derives a company key from a free-mail domain', () => {
    for (const address of ['a@gmail.com', 'b@web.de', 'c@outlook.de', 'd@hotmail.co.uk', 'e@yahoo.fr', 'f@gmx.ch', 'g@t-online.de', 'h@proton.me']) {
      const keys = computeKeys(lead({ email: address }));
      expect(keys.some((k) => k.startsWith('emaildomain:')), address).toBe(false);
      expect(keys).toContain(`email:${address}`);
    }
    expect(isFreeMailDomain('acme.de')).toBe(false);
    expect(isFreeMailDomain('mail.yahoo.co.jp')).toBe(true);
    expect(isFreeMailDomain('Posteingang.Web.de.')).toBe(true);
    expect(isFreeMailDomain('live-events.de')).toBe(false);
  });

  it('reads phone numbers in the lead country', () => {
    expect(computeKeys(lead({ phone: '01 23 45 67 89', country: 'Frankreich' }))).toContain('phone:+33123456789');
  });

  it('keeps alias keys from merges', () => {
    expect(computeKeys({ fields: {}, aliasKeys: ['email:old@acme.de'] })).toEqual(['email:old@acme.de']);
  });
});

describe('normalisation', () => {
  it('folds legal forms out of company names', () => {
    expect(normaliseCompanyName('Straßenbau Öztürk UG (haftungsbeschränkt)')).toBe('strassenbau ozturk');
  });

  it('normalises register numbers with and without court', () => {
    expect(normaliseRegister('HRB 12345 B')).toBe('hrb12345b');
    expect(normaliseRegister('AG Charlottenburg, HRB 12345 B')).toBe('hrb12345b@charlottenburg');
    expect(normaliseRegister('FN 123456a')).toBe('fn123456a');
    expect(normaliseRegister('keine Angabe')).toBeNull();
  });

  it('compares values per field', () => {
    expect(sameValue('phone', '+49 89 1234567', '089/123 45 67', 'DE')).toBe(true);
    expect(sameValue('website', 'https://www.acme.de/', 'acme.de')).toBe(true);
    expect(sameValue('email', 'Info@Acme.de', 'info@acme.de')).toBe(true);
    expect(sameValue('city', 'München', 'Munich')).toBe(false);
    expect(websiteDomain('not a url')).toBeNull();
  });
});
