import { describe, expect, it } from 'vitest';
import { leadName, sharedKey } from '../../../src/options/duplicates-view';
import { lead } from '../lead/helpers';

describe('duplicates view', () => {
  it('splits shared keys into kind and value', () => {
    expect(sharedKey('company:acme.de')).toEqual({ kind: 'company', value: 'acme.de' });
    expect(sharedKey('phone:+49891234567')).toEqual({ kind: 'phone', value: '+49891234567' });
    expect(sharedKey('email:a:b@c.de')).toEqual({ kind: 'email', value: 'a:b@c.de' });
    expect(sharedKey('weird')).toEqual({ kind: 'other', value: 'weird' });
  });

  it('names a lead by company, person, e-mail or id', () => {
    expect(leadName(lead({ companyName: 'Acme GmbH', lastName: 'Schäfer' }), 'x')).toBe('Acme GmbH');
    expect(leadName(lead({ firstName: 'Anna', lastName: 'Schäfer' }), 'x')).toBe('Anna Schäfer');
    expect(leadName(lead({ personEmail: 'a@b.de' }), 'x')).toBe('a@b.de');
    expect(leadName(undefined, 'x')).toBe('x');
  });
});
