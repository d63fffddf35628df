import { describe, expect, it } from 'vitest';
import { applyDetection, detectionToLead } from '../../../src/core/lead/apply-detection';
import { clearField, conflictsFor, fillField, keepCurrent, replaceWithConflict } from '../../../src/core/lead/fill';
import { createLead } from '../../../src/core/lead/lead';
import { T0, cand, detected, imported, lead, record, typed } from './helpers';

const URL = 'https://www.acme.de/impressum';

const det = record({
  company: cand('company', { name: 'Acme Maschinenbau GmbH' }, 'json-ld'),
  phones: [
    cand('phone', { e164: '+4917612345678', kind: 'mobile', raw: '0176 12345678' }),
    cand('phone', { e164: '+49891234567', kind: 'voice', raw: '089 1234567' }, 'tel-link'),
  ],
  faxes: [cand('phone', { e164: '+49891234568', kind: 'fax', raw: '089 1234568' })],
  emails: [cand('email', 'anna.schaefer@acme.de'), cand('email', 'datenschutz@acme.de'), cand('email', 'Info@acme.de', 'mailto-link')],
  address: cand('address', { street: 'Hauptstraße 1', postalCode: '80331', city: 'München', country: 'DE' }),
  website: cand('website', 'https://www.acme.de'),
  vatId: cand('vatId', 'DE123456789'),
  register: cand('register', { court: 'Amtsgericht München', number: 'HRB 12345' }),
  socials: [cand('social', { network: 'linkedin', url: 'https://www.linkedin.com/company/acme' })],
  people: [cand('person', { name: 'Anna Schäfer', role: 'Geschäftsführerin' })],
});

describe('detectionToLead', () => {
  const data = detectionToLead(det, URL, T0);

  it('maps the record to lead fields', () => {
    const v = Object.fromEntries(Object.entries(data.fields).map(([k, fv]) => [k, fv.value]));
    expect(v).toEqual({
      companyName: 'Acme Maschinenbau GmbH', legalForm: 'GmbH', phone: '+49 89 1234567', mobile: '+49 176 12345678', fax: '+49 89 1234568',
      email: 'info@acme.de', website: 'https://www.acme.de', street: 'Hauptstraße 1', postalCode: '80331', city: 'München',
      country: 'DE', vatId: 'DE123456789', register: 'Amtsgericht München HRB 12345',
    });
  });

  it('records where each value came from', () => {
    expect(data.fields.phone?.source).toEqual({ kind: 'detected', at: T0, url: URL, method: 'tel-link', snippet: 'snippet of phone' });
    expect(data.fields.email?.source).toMatchObject({ method: 'mailto-link' });
  });

  it('never takes a person’s or privacy address as the company e-mail', () => {
    const only = detectionToLead(record({ emails: [cand('email', 'anna.schaefer@acme.de'), cand('email', 'datenschutz@acme.de')], people: det.people }), URL, T0);
    expect(only.fields.email).toBeUndefined();
    const neutral = detectionToLead(record({ emails: [cand('email', 'datenschutz@acme.de'), cand('email', 'acme@acme.de')] }), URL, T0);
    expect(neutral.fields.email?.value).toBe('acme@acme.de');
  });

  it('fills a new lead completely, with socials, people and keys', () => {
    const { lead: l, outcomes } = applyDetection(createLead('n', T0), data);
    expect(Object.values(outcomes).every((o) => o === 'set')).toBe(true);
    expect(l.socials.map((s) => s.value)).toEqual(['https://www.linkedin.com/company/acme']);
    expect(l.people).toEqual([{ name: 'Anna Schäfer', role: 'Geschäftsführerin', source: expect.objectContaining({ kind: 'detected' }) }]);
    expect(l.keys).toContain('domain:acme.de');
    expect(l.keys).toContain('phone:+49891234567');
    // Applying again adds nothing.
    const again = applyDetection(l, data);
    expect(again.lead.socials).toHaveLength(1);
    expect(again.lead.people).toHaveLength(1);
    expect(again.lead.conflicts).toBeUndefined();
  });
});

describe('applyDetection, only missing ("fill all missing")', () => {
  const data = detectionToLead(det, URL, T0);

  it('fills the gaps and leaves a filled field, even a differing one, without a conflict', () => {
    const start = lead({ phone: '+49 89 999999', city: 'Augsburg' }, {}, typed());
    const { lead: l, outcomes } = applyDetection(start, data, { onlyMissing: true });
    expect(l.fields.phone?.value).toBe('+49 89 999999');
    expect(l.fields.city?.value).toBe('Augsburg');
    expect(l.conflicts).toBeUndefined();
    expect(outcomes.phone).toBe('unchanged');
    expect(outcomes.email).toBe('set');
    expect(l.fields.email).toEqual(data.fields.email);
    expect(l.people.map((p) => p.name)).toEqual(['Anna Schäfer']);
    // Without the option the differing values become conflicts for the rep to resolve.
    expect(conflictsFor(applyDetection(start, data).lead, 'phone').map((c) => c.value)).toEqual(['+49 89 1234567']);
  });
});

describe('fillField', () => {
  it('fills a missing field and recomputes keys', () => {
    const r = fillField(createLead('x', T0), 'email', 'info@acme.de', detected());
    expect(r.outcome).toBe('set');
    expect(r.lead.keys).toEqual(['email:info@acme.de', 'emaildomain:acme.de']);
  });

  it('never overwrites a typed or imported value: records a conflict', () => {
    for (const source of [typed(), imported()]) {
      const l = lead({ phone: '+49 89 111111' }, {}, source);
      const r = fillField(l, 'phone', '+49 89 222222', detected());
      expect(r.outcome).toBe('conflict');
      expect(r.lead.fields.phone?.value).toBe('+49 89 111111');
      expect(conflictsFor(r.lead, 'phone').map((c) => c.value)).toEqual(['+49 89 222222']);
      // The same differing value again is not a second conflict.
      expect(fillField(r.lead, 'phone', '089 222222', detected()).outcome).toBe('unchanged');
    }
  });

  it('treats the same value in another spelling as unchanged', () => {
    const l = lead({ phone: '+49 89 1234567' });
    expect(fillField(l, 'phone', '089 / 123 45 67', detected()).outcome).toBe('unchanged');
  });

  it('lets a re-read of the same page replace its own earlier reading, but not another page’s', () => {
    const l = fillField(createLead('x', T0), 'city', 'Munchen', detected(URL)).lead;
    expect(fillField(l, 'city', 'München', detected(URL)).lead.fields.city?.value).toBe('München');
    expect(fillField(l, 'city', 'Berlin', detected('https://acme.de/kontakt')).outcome).toBe('conflict');
  });

  it('typing always sets and settles pending conflicts', () => {
    const withConflict = fillField(lead({ city: 'München' }), 'city', 'Berlin', detected()).lead;
    const r = fillField(withConflict, 'city', 'Hamburg', typed(T0 + 1));
    expect(r.lead.fields.city?.value).toBe('Hamburg');
    expect(r.lead.conflicts).toBeUndefined();
  });

  it('resolves conflicts with keep or replace', () => {
    let l = fillField(lead({ email: 'info@acme.de', city: 'München' }), 'email', 'sales@acme.de', detected()).lead;
    l = fillField(l, 'city', 'Berlin', detected()).lead;
    const kept = keepCurrent(l, 'email', T0 + 1);
    expect(kept.fields.email?.value).toBe('info@acme.de');
    expect(kept.conflicts?.map((c) => c.field)).toEqual(['city']);
    const replaced = replaceWithConflict(kept, 'city', T0 + 2);
    expect(replaced.fields.city).toEqual({ value: 'Berlin', source: detected() });
    expect(replaced.conflicts).toBeUndefined();
    expect(replaceWithConflict(replaced, 'city', T0 + 3)).toBe(replaced);
  });

  it('clears a field and its keys', () => {
    const l = clearField(lead({ email: 'info@acme.de' }), 'email', T0 + 1);
    expect(l.fields.email).toBeUndefined();
    expect(l.keys).toEqual([]);
  });
});
