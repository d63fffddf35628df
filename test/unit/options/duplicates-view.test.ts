import { describe, expect, it } from 'vitest';
import { leadName } from '../../../src/options/duplicates-view';
import { lead } from '../lead/helpers';

describe('duplicates view', () => {
  it('names a lead by company, person, e-mail or id', () => {
    expect(leadName(lead({ companyName: 'Acme GmbH', lastName: 'Schäfer' }), 'x')).toBe('Acme GmbH');
    expect(leadName(lead({ firstName: 'Anna', lastName: 'Schäfer' }), 'x')).toBe('Anna Schäfer');
    expect(leadName(lead({ personEmail: 'a@b.de' }), 'x')).toBe('a@b.de');
    expect(leadName(undefined, 'x')).toBe('x');
  });
});
