import { describe, expect, it } from 'vitest';
import { joinKey, lookupKey, parseJoinKey, parseLookupKey } from '../../../src/core/lead/lookup-keys';

describe('lookup keys', () => {
  it('spell kind and canonical value, and read back the same', () => {
    expect(lookupKey('domain', 'acme.de')).toBe('domain:acme.de');
    expect(parseLookupKey('email:a:b@c.de')).toEqual({ kind: 'email', value: 'a:b@c.de' });
    expect(parseLookupKey('company:acme.de')).toBeNull();
    expect(parseLookupKey('weird')).toBeNull();
  });

  it('join the company by website or e-mail domain, and persons by hard ids; never by name', () => {
    expect(joinKey(lookupKey('domain', 'acme.de'))).toBe('company:acme.de');
    expect(joinKey(lookupKey('emaildomain', 'acme.de'))).toBe('company:acme.de');
    expect(joinKey(lookupKey('phone', '+49891234567'))).toBe('phone:+49891234567');
    expect(joinKey(lookupKey('vat', 'DE123456789'))).toBe('vat:DE123456789');
    expect(joinKey(lookupKey('name', 'acme'))).toBeNull();
  });

  it('split shared join keys into kind and value for showing', () => {
    expect(parseJoinKey('company:acme.de')).toEqual({ kind: 'company', value: 'acme.de' });
    expect(parseJoinKey('email:a:b@c.de')).toEqual({ kind: 'email', value: 'a:b@c.de' });
    expect(parseJoinKey('weird')).toEqual({ kind: 'other', value: 'weird' });
  });
});
