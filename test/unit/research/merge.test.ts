import { describe, expect, it } from 'vitest';
import { agreedConfidence, mergedSuggestions, mergeReadings } from '../../../src/core/research/merge';
import { cand, record } from '../lead/helpers';

const HOME = 'https://www.kranich-anlagen.de/';
const IMPRINT = 'https://www.kranich-anlagen.de/impressum';
const CONTACT = 'https://www.kranich-anlagen.de/kontakt';
const TEAM = 'https://www.kranich-anlagen.de/team';

const address = (street: string, postalCode: string, city: string, confidence = 0.8) => cand('address', { street, postalCode, city, country: 'DE' }, 'labelled-text', confidence);

describe('agreedConfidence', () => {
  it('rises with each agreeing page and never reaches certainty', () => {
    expect(agreedConfidence([0.6])).toBe(0.6);
    expect(agreedConfidence([0.6, 0.6])).toBe(0.84);
    expect(agreedConfidence([0.9, 0.9, 0.9, 0.9])).toBe(0.99);
    expect(agreedConfidence([])).toBe(0);
  });
});

describe('mergeReadings', () => {
  const merged = mergeReadings([
    { url: HOME, record: record({ company: cand('company', { name: 'Kranich Anlagen GmbH' }, 'meta', 0.5) }) },
    {
      url: IMPRINT,
      record: record({
        company: cand('company', { name: 'Kranich Anlagen GmbH' }, 'labelled-text', 0.7),
        address: address('Werftstraße 12', '20457', 'Hamburg'),
        phones: [cand('phone', { e164: '+49401234560', kind: 'voice', raw: '040 1234560' }, 'labelled-text', 0.7)],
        vatId: cand('vatId', 'DE811111111', 'labelled-text', 0.9),
        register: cand('register', { court: 'Amtsgericht Hamburg', number: 'HRB 99001' }),
        people: [cand('person', { name: 'Dr. Jana Kranich', role: 'Geschäftsführerin' })],
      }),
    },
    {
      url: CONTACT,
      record: record({
        address: address('Werftstrasse 12', '20457', 'Hamburg', 0.6),
        phones: [
          cand('phone', { e164: '+49401234569', kind: 'voice', raw: '040 1234569' }, 'tel-link', 0.8),
          cand('phone', { e164: '+49401234560', kind: 'voice', raw: '+49 40 1234560' }, 'tel-link', 0.6),
        ],
        vatId: cand('vatId', 'DE822222222', 'labelled-text', 0.5),
      }),
    },
    { url: TEAM, record: record({ people: [cand('person', { name: 'Jana Kranich', role: '' }), cand('person', { name: 'Olaf Reiher', role: 'Vertriebsleiter' })] }) },
  ]);

  it('keeps the page each value came from', () => {
    expect(merged.record.register?.source.url).toBe(IMPRINT);
    expect(merged.record.phones.find((p) => p.value.e164 === '+49401234569')?.source.url).toBe(CONTACT);
    expect(merged.record.people.find((p) => p.value.name === 'Olaf Reiher')?.source.url).toBe(TEAM);
    expect(merged.pages).toEqual([HOME, IMPRINT, CONTACT, TEAM]);
  });

  it('raises the confidence of values pages agree on and names the other pages', () => {
    expect(merged.record.company?.confidence).toBe(agreedConfidence([0.5, 0.7]));
    expect(merged.record.company?.source.url).toBe(IMPRINT);
    expect(merged.record.company?.source.alsoOn).toEqual([HOME]);
    // "Werftstraße" and "Werftstrasse" are one address.
    expect(merged.record.address?.confidence).toBe(agreedConfidence([0.8, 0.6]));
    // The number on two pages comes before the one only the contact page shows.
    expect(merged.record.phones.map((p) => p.value.e164)).toEqual(['+49401234560', '+49401234569']);
  });

  it('keeps the surer value of a disagreement and the other as an alternative', () => {
    expect(merged.record.vatId?.value).toBe('DE811111111');
    expect(merged.alternatives.map((a) => [a.field, a.value, a.source.url])).toEqual([['vatId', 'DE822222222', CONTACT]]);
    const offered = mergedSuggestions(merged);
    expect(offered.vatId?.map((s) => [s.value, s.source.url])).toEqual([
      ['DE811111111', IMPRINT],
      ['DE822222222', CONTACT],
    ]);
  });

  it('joins the people of every page, one entry per person with the role one of them names', () => {
    expect(merged.record.people.map((p) => [p.value.name, p.value.role])).toEqual([
      ['Dr. Jana Kranich', 'Geschäftsführerin'],
      ['Olaf Reiher', 'Vertriebsleiter'],
    ]);
  });

  it('counts a page once however often it repeats a value', () => {
    const m = mergeReadings([{ url: HOME, record: record({ emails: [cand('email', 'info@kranich-anlagen.de', 'mailto-link', 0.6), cand('email', 'INFO@kranich-anlagen.de', 'free-text', 0.5)] }) }]);
    expect(m.record.emails).toHaveLength(1);
    expect(m.record.emails[0]!.confidence).toBe(0.6);
  });

  it('gives an empty reading for no pages', () => {
    expect(mergeReadings([]).record).toEqual(record());
  });
});
