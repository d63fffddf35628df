import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../src/core/lead/types';
import { fieldRows } from '../../../src/popup/fields-view';

const src = { method: 'tel-link' as const, snippet: 'Tel. 089 1234567' };
const lead = (fields: Lead['fields']): Lead => ({ id: 'l', createdAt: 0, updatedAt: 0, fields, socials: [], people: [], keys: [] });

describe('fieldRows', () => {
  it('puts fillable missing fields first, then missing, then filled', () => {
    const rows = fieldRows(lead({ companyName: { value: 'Musterwerk GmbH', source: { kind: 'typed', at: 0 } } }), {
      phone: [{ value: '+49891234567', confidence: 0.9, source: src }],
    });
    expect(rows[0]).toMatchObject({ field: 'phone', state: 'found' });
    expect(rows.at(-1)).toMatchObject({ field: 'companyName', state: 'filled' });
    expect(rows.find((r) => r.field === 'fax')?.state).toBe('missing');
  });

  it('does not offer a found value that is already stored', () => {
    const rows = fieldRows(lead({ phone: { value: '+49891234567', source: { kind: 'typed', at: 0 } } }), {
      phone: [{ value: '+49891234567', confidence: 0.9, source: src }],
    });
    expect(rows.find((r) => r.field === 'phone')).toMatchObject({ state: 'filled', found: [] });
  });

  it('shows everything as found or missing when there is no lead yet', () => {
    const rows = fieldRows(null, { email: [{ value: 'info@musterwerk.de', confidence: 0.9, source: src }] });
    expect(rows.every((r) => r.state !== 'filled')).toBe(true);
    expect(rows[0]?.field).toBe('email');
  });
});
