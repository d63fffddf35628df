import { describe, expect, it } from 'vitest';
import { reachability } from '../../../src/core/report/reachability';
import { lead } from '../lead/helpers';

describe('reachability', () => {
  it('is direct with a direct line, a mobile or a personal address', () => {
    expect(reachability(lead({ directPhone: '089 1234-12' }))).toBe('direct');
    expect(reachability(lead({ mobile: '0171 1234567', phone: '089 1234567' }))).toBe('direct');
    expect(reachability(lead({ personEmail: 'a@acme.de' }))).toBe('direct');
    expect(reachability(lead({ email: 'anna.schaefer@acme.de', firstName: 'Anna', lastName: 'Schäfer' }))).toBe('direct');
  });

  it('is only the switchboard with the main number or a general mailbox', () => {
    expect(reachability(lead({ phone: '089 1234567' }))).toBe('switchboard');
    expect(reachability(lead({ email: 'info@acme.de', firstName: 'Anna', lastName: 'Schäfer' }))).toBe('switchboard');
    expect(reachability(lead({ email: 'info@acme.de' }))).toBe('switchboard');
  });

  it('is none without any phone or e-mail', () => {
    expect(reachability(lead({ companyName: 'Acme GmbH', website: 'acme.de' }))).toBe('none');
  });
});
