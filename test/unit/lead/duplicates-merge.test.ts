import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src/core/lead/duplicates';
import { mergeConflicts, mergeLeads } from '../../../src/core/lead/merge';
import { T0, detected, imported, lead } from './helpers';

describe('findDuplicates', () => {
  it('groups by e-mail, phone, company domain, VAT id and register number', () => {
    const leads = [
      lead({ companyName: 'Acme', website: 'https://acme.de' }, { id: 'a1', createdAt: 2 }),
      lead({ lastName: 'Schäfer', email: 'anna@acme.de' }, { id: 'a2', createdAt: 1 }),
      lead({ companyName: 'Beta', phone: '089 1234567' }, { id: 'b1' }),
      lead({ companyName: 'Beta AG', phone: '+49 89 1234567' }, { id: 'b2' }),
      lead({ companyName: 'Gamma', vatId: 'DE 111 222 333' }, { id: 'g1' }),
      lead({ companyName: 'Gamma GmbH', vatId: 'de111222333' }, { id: 'g2' }),
      lead({ companyName: 'Delta', register: 'HRB 4711, AG Köln' }, { id: 'd1' }),
      lead({ companyName: 'Delta', register: 'Amtsgericht Köln HRB 4711' }, { id: 'd2' }),
      lead({ lastName: 'Muster', email: 'max@gmail.com' }, { id: 'f1' }),
      lead({ lastName: 'Other', email: 'other@gmail.com' }, { id: 'f2' }),
      lead({ companyName: 'Acme' }, { id: 'name-only' }),
    ];
    const groups = findDuplicates(leads);
    expect(groups.map((g) => [g.ids, g.sharedKeys, g.kind])).toEqual([
      [['a2', 'a1'], ['company:acme.de'], 'same-company'],
      [['b1', 'b2'], ['phone:+49891234567'], 'same-company'],
      [['g1', 'g2'], ['vat:DE111222333'], 'same-company'],
      [['d1', 'd2'], ['register:hrb4711@köln'], 'same-company'],
    ]);
  });

  it('calls a shared e-mail or the same person at one company the same lead', () => {
    const groups = findDuplicates([
      lead({ firstName: 'Anna', lastName: 'Schäfer', phone: '089 1234567' }, { id: 'x' }),
      lead({ firstName: 'Anna', lastName: 'Schaefer', email: 'a@acme.de', phone: '089 1234567' }, { id: 'y' }),
      lead({ lastName: 'Z', email: 'A@acme.de' }, { id: 'z' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ ids: ['x', 'y', 'z'], kind: 'same-lead' });
  });
});

describe('mergeLeads', () => {
  const left = lead({ companyName: 'Acme GmbH', phone: '089 111', email: 'info@acme.de', city: 'München' }, {
    id: 'L', createdAt: 5, socials: [{ value: 'https://linkedin.com/company/acme', source: detected() }],
    people: [{ name: 'Anna Schäfer', role: 'CEO', source: detected() }], signals: ['visited-pricing'],
  });
  const right = lead({ companyName: 'ACME GmbH', phone: '089 222', street: 'Hauptstr. 1', city: 'Munich' }, {
    id: 'R', createdAt: 3, socials: [{ value: 'https://LinkedIn.com/company/acme/', source: detected() }, { value: 'https://xing.com/acme', source: detected() }],
    people: [{ name: 'Max Muster', role: 'CTO', source: detected() }], qualification: { need: { text: 'CRM', at: T0 } },
  }, imported());

  it('asks for a choice where both differ, and only there', () => {
    expect(mergeConflicts(left, right)).toEqual(['phone', 'city']);
    expect(mergeLeads(left, right, { phone: 'right' }, T0)).toEqual({ ok: false, error: { code: 'merge-unresolved', params: { fields: ['city'] } } });
  });

  it('merges field by field with provenance, unites lists and keeps dropped keys', () => {
    const r = mergeLeads(left, right, { phone: 'right', city: 'left' }, T0 + 10);
    if (!r.ok) throw new Error('merge failed');
    const m = r.value;
    expect(m.id).toBe('L');
    expect(m.createdAt).toBe(3);
    expect(m.updatedAt).toBe(T0 + 10);
    expect(m.fields.phone).toEqual({ value: '089 222', source: imported() });
    expect(m.fields.city?.value).toBe('München');
    expect(m.fields.street?.source).toEqual(imported());
    expect(m.fields.companyName?.value).toBe('Acme GmbH');
    expect(m.socials.map((s) => s.value)).toEqual(['https://linkedin.com/company/acme', 'https://xing.com/acme']);
    expect(m.people.map((p) => p.name)).toEqual(['Anna Schäfer', 'Max Muster']);
    expect(m.signals).toEqual(['visited-pricing']);
    expect(m.qualification?.need?.text).toBe('CRM');
    expect(m.keys).toContain('phone:+4989222');
    expect(m.keys).toContain('phone:+4989111');
    expect(m.aliasKeys).toEqual(['phone:+4989111']);
  });
});
