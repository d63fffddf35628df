// The calibration marks candidates with the scorer's normalisation (../shared/eval/score.mjs), restated here.
import { describe, expect, it } from 'vitest';
import { isRight, type Expect } from '../../../scripts/calibration/marks';
import type { AnyCandidate } from '../../../src/core/detect/types';

const want: Expect = {
  company: { name: 'Beispiel Handel GmbH' },
  phones: ['+49891234567'],
  faxes: ['+49891234568'],
  emails: ['info@beispiel.de'],
  address: { street: 'Hauptstraße 5', postalCode: '637 00', city: 'Brno' },
  website: 'https://www.beispiel.de',
  socials: ['https://www.facebook.com/profile.php?id=123'],
  vatId: 'DE136695976',
  register: { number: 'HRB 12345' },
  people: [{ name: 'Dr. Anna Beispiel' }],
};
const src = { method: 'free-text' as const, snippet: '' };
const c = (x: Omit<AnyCandidate, 'confidence' | 'source'>) => ({ ...x, confidence: 0.5, source: src }) as AnyCandidate;

describe('marking candidates right or wrong', () => {
  it('compares spelling variants as the scorer does', () => {
    expect(isRight(c({ field: 'company', value: { name: 'Beispiel Handel GmbH.' } }), want)).toBe(true);
    expect(isRight(c({ field: 'phone', value: { e164: '+49891234567', kind: 'voice', raw: '' } }), want)).toBe(true);
    expect(isRight(c({ field: 'phone', value: { e164: '+49891234567', kind: 'fax', raw: '' } }), want)).toBe(false);
    expect(isRight(c({ field: 'email', value: 'Info@Beispiel.de' }), want)).toBe(true);
    expect(isRight(c({ field: 'address', value: { street: 'Hauptstr. 5', postalCode: '63700', city: 'Brno', country: 'CZ' } }), want)).toBe(true);
    expect(isRight(c({ field: 'address', value: { street: null, postalCode: '63700', city: 'Brno', country: 'CZ' } }), want)).toBe(false);
    expect(isRight(c({ field: 'website', value: 'https://beispiel.de/' }), want)).toBe(true);
    expect(isRight(c({ field: 'social', value: { network: 'facebook', url: 'https://m.facebook.com/profile.php?id=123' } }), want)).toBe(true);
    expect(isRight(c({ field: 'vatId', value: 'DE 136 695 976' }), want)).toBe(true);
    expect(isRight(c({ field: 'register', value: { court: null, number: 'HRB 12345' } }), want)).toBe(true);
    expect(isRight(c({ field: 'person', value: { name: 'Anna Beispiel', role: '' } }), want)).toBe(true);
  });
});
