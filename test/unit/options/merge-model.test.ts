import { describe, expect, it } from 'vitest';
import { mergeLeads } from '../../../src/core/lead/merge';
import { choose, conflictChoices, defaultChoices, mergeRows } from '../../../src/options/merge-model';
import { lead } from '../lead/helpers';

describe('merge view', () => {
  const left = lead({ companyName: 'Acme GmbH', phone: '089 1234567', city: 'München' }, { id: 'a' });
  const right = lead({ companyName: 'ACME GmbH & Co. KG', phone: '+49 89 1234567', email: 'info@acme.de' }, { id: 'b' });

  it('lists every field either lead has, marking real differences', () => {
    const rows = mergeRows(left, right);
    expect(rows.map((r) => [r.field, r.conflict])).toEqual([['companyName', true], ['phone', false], ['email', false], ['city', false]]);
    expect(rows.find((r) => r.field === 'email')).toMatchObject({ left: '', right: 'info@acme.de' });
  });

  it('starts every conflict on the left and sends only conflicts', () => {
    const rows = mergeRows(left, right);
    const choices = choose(defaultChoices(rows), 'companyName', 'right');
    expect(conflictChoices(rows, choices)).toEqual({ companyName: 'right' });
    const merged = mergeLeads(left, right, conflictChoices(rows, choices), 1);
    expect(merged.ok && merged.value.fields.companyName?.value).toBe('ACME GmbH & Co. KG');
  });
});
