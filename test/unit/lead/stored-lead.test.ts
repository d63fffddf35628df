import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKeys } from '../../../src/core/lead/keys';
import { indexKeys, lookupKey, queryIndexKeys, type KeyKind } from '../../../src/core/lead/lookup-keys';
import { fromStored, toStored } from '../../../src/core/lead/stored-lead';
import { LEAD_FIELDS, STAGES, type Lead, type Provenance } from '../../../src/core/lead/types';

const provenance: fc.Arbitrary<Provenance> = fc.oneof(
  fc.record({ kind: fc.constant('typed' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('imported' as const), at: fc.nat(), batch: fc.string() }, { requiredKeys: ['kind', 'at'] }),
  fc.record({ kind: fc.constant('detected' as const), at: fc.nat(), url: fc.webUrl(), method: fc.string(), snippet: fc.string() }, { requiredKeys: ['kind', 'at', 'url', 'method'] }),
);
/** A few provenances shared by many values, as in real leads. */
const leadArb: fc.Arbitrary<Lead> = fc.array(provenance, { minLength: 1, maxLength: 3 }).chain((sources) => {
  const source = fc.constantFrom(...sources);
  const value = fc.record({ value: fc.string(), source });
  return fc.record({
    id: fc.uuid(),
    createdAt: fc.nat(),
    updatedAt: fc.nat(),
    fields: fc.dictionary(fc.constantFrom(...LEAD_FIELDS), value),
    socials: fc.array(value, { maxLength: 2 }),
    people: fc.array(fc.record({ name: fc.string(), role: fc.string(), source }), { maxLength: 2 }),
    keys: fc.array(fc.string()),
    conflicts: fc.array(fc.record({ field: fc.constantFrom(...LEAD_FIELDS), value }), { minLength: 1 }),
    signals: fc.array(fc.string()),
    summary: fc.record({
      completeness: fc.nat(100), score: fc.integer(), ready: fc.boolean(), stage: fc.constantFrom(...STAGES), search: fc.string(), company: fc.string(),
    }),
  }, { requiredKeys: ['id', 'createdAt', 'updatedAt', 'fields', 'socials', 'people', 'keys'] });
});

describe('the stored shape of a lead', () => {
  it('reads back exactly the lead that was stored', () => {
    fc.assert(fc.property(leadArb, (lead) => {
      expect(fromStored(structuredClone(toStored(lead)))).toEqual(lead);
    }));
  });

  it('stores a provenance that all values share once', () => {
    const source: Provenance = { kind: 'imported', at: 1, batch: 'crm-export.csv' };
    const lead: Lead = {
      id: 'a', createdAt: 1, updatedAt: 1, people: [], socials: [{ value: 'https://www.xing.com/pages/musterwerk', source }], keys: [],
      fields: { companyName: { value: 'Musterwerk GmbH', source }, city: { value: 'München', source }, phone: { value: '089 123', source } },
    };
    const stored = toStored(lead);
    expect(stored.sources).toEqual([source]);
    expect(stored.values).toEqual({ companyName: 'Musterwerk GmbH', city: 'München', phone: '089 123' });
    expect(stored).not.toHaveProperty('valueSources');
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(lead).length * 0.7);
  });
});

const KIND_VALUES: Record<KeyKind, string[]> = {
  domain: ['acme.de', 'gmail.com', 'beta.de'],
  emaildomain: ['acme.de', 'beta.de'],
  email: ['info@acme.de', 'a@gmail.com', 'x@beta.de', 'y@acme.de'],
  phone: ['+49891', '+49892'],
  vat: ['DE1'],
  register: ['hrb 1'],
  name: ['acme', 'beta'],
};
const keyArb = fc.constantFrom(...Object.entries(KIND_VALUES).flatMap(([kind, values]) => values.map((v) => lookupKey(kind as KeyKind, v))));

describe('the index entries of lookup keys', () => {
  it('leave out a company address and join website and e-mail domain', () => {
    const keys = computeKeys({ fields: {
      website: { value: 'https://www.acme.de', source: { kind: 'typed', at: 1 } },
      email: { value: 'info@acme.de', source: { kind: 'typed', at: 1 } },
      personEmail: { value: 'erika@gmail.com', source: { kind: 'typed', at: 1 } },
      phone: { value: '+49 89 1234567', source: { kind: 'typed', at: 1 } },
    } });
    expect(keys).toHaveLength(5);
    expect(indexKeys(keys)).toEqual(['domain:acme.de', 'email:erika@gmail.com', 'phone:+49891234567']);
  });

  it('find every lead that shares a key with a query (the index may find more; never fewer)', () => {
    fc.assert(fc.property(fc.array(keyArb, { maxLength: 6 }), fc.array(keyArb, { maxLength: 6 }), (leadKeys, asked) => {
      const shares = leadKeys.some((k) => asked.includes(k));
      const found = indexKeys(leadKeys).some((entry) => queryIndexKeys(asked).includes(entry));
      if (shares) expect(found).toBe(true);
    }));
  });
});
