import { describe, expect, it } from 'vitest';
import { completeness } from '../../../src/core/lead/completeness';
import { fieldRows, groupRows } from '../../../src/popup/fields-view';
import { detected, lead } from '../lead/helpers';
import { src } from './helpers';

const offer = (value: string) => [{ value, confidence: 0.9, source: src }];

describe('fieldRows', () => {
  it('puts missing required fields first (fillable before not found), then other offers, then the data', () => {
    const l = lead({ companyName: 'Musterwerk GmbH' });
    const rows = fieldRows(l, { phone: offer('+49891234567'), fax: offer('+49891234568') }, completeness(l).missingFields);
    expect(rows.slice(0, 2).map((r) => [r.field, r.state, r.required])).toEqual([
      ['phone', 'found', true],
      ['website', 'missing', true],
    ]);
    const fax = rows.findIndex((r) => r.field === 'fax');
    const company = rows.findIndex((r) => r.field === 'companyName');
    const lastRequired = rows.findIndex((r) => r.field === 'lastName');
    expect(lastRequired).toBeLessThan(fax);
    expect(fax).toBeLessThan(company);
    expect(rows[company]).toMatchObject({ state: 'filled', required: false });
  });

  it('offers nothing for a stored field and compares values as the background sends them', () => {
    const rows = fieldRows(lead({ phone: '+49 89 1234567' }), { phone: offer('+49891234567') });
    expect(rows.find((r) => r.field === 'phone')).toMatchObject({ state: 'filled', found: [] });
  });

  it('treats a blank stored value as missing', () => {
    const rows = fieldRows(lead({ phone: '  ' }), { phone: offer('+49891234567') });
    expect(rows.find((r) => r.field === 'phone')).toMatchObject({ state: 'found', stored: null });
  });

  it('attaches conflicts to their field and lists such rows before the plain data', () => {
    const l = lead({ phone: '+49 89 1', city: 'Berlin' }, { conflicts: [{ field: 'phone', value: { value: '+49 89 2', source: detected() } }] });
    const rows = fieldRows(l, {});
    const phone = rows.findIndex((r) => r.field === 'phone');
    expect(rows[phone]?.conflicts.map((c) => c.value)).toEqual(['+49 89 2']);
    expect(phone).toBeLessThan(rows.findIndex((r) => r.field === 'city'));
  });

  it('without a lead orders by what the page shows', () => {
    const rows = fieldRows(null, { email: offer('info@musterwerk.de') });
    expect(rows.every((r) => r.state !== 'filled' && !r.required)).toBe(true);
    expect(rows[0]?.field).toBe('email');
  });
});

describe('groupRows', () => {
  it('collapses empty optional fields and counts what fill-all fills', () => {
    const l = lead({ companyName: 'Musterwerk GmbH' });
    const groups = groupRows(fieldRows(l, { phone: offer('+49891234567'), vatId: offer('DE123456789') }, completeness(l).missingFields));
    expect(groups.fillable).toBe(2);
    expect(groups.primary.map((r) => r.field)).toEqual(expect.arrayContaining(['phone', 'vatId', 'companyName', 'website', 'lastName']));
    expect(groups.more.map((r) => r.field)).toContain('fax');
    expect(groups.more.every((r) => r.state === 'missing' && !r.required)).toBe(true);
    expect(groups.primary.length + groups.more.length).toBe(23);
  });
});
