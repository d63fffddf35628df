// The calibration: isotonic fitting, the curve the engine applies, and the candidates it changes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCurve, calibrateConfidence, calibrateResult, type Outcome } from '../../../src/core/detect/calibration';
import { fitIsotonic } from '../../../scripts/calibration/fit';
import { detect } from '../../../src/core/detect';
import { parseHtml } from '../../../src/node/parse-html';
import { htmlPage } from '../../support/detect';

const outcomes = (pairs: [number, boolean][]): Outcome[] => pairs.map(([confidence, right]) => ({ confidence, right }));

describe('isotonic fit', () => {
  it('pools confidences whose share right falls as the confidence rises', () => {
    const curve = fitIsotonic(outcomes([[0.5, false], [0.5, false], [0.6, true], [0.6, false], [0.7, false], [0.9, true], [0.9, true], [0.9, true]]));
    // 0.6 (1 of 2) and 0.7 (0 of 1) pool into one block: 1 of 3 right.
    expect(curve.map(([x]) => x)).toEqual([0.5, 0.633, 0.9]);
    for (let i = 1; i < curve.length; i++) expect(curve[i]![1]).toBeGreaterThan(curve[i - 1]![1]);
  });

  it('never claims 0 or 1 from a few cases (one right and one wrong added per block)', () => {
    expect(fitIsotonic(outcomes([[0.8, true], [0.8, true]]))).toEqual([[0.8, 0.75]]);
    expect(fitIsotonic(outcomes([[0.3, false]]))).toEqual([[0.3, 0.333]]);
  });

  it('gives a monotone curve for any outcomes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), { maxLength: 200 }), (pairs) => {
        const curve = fitIsotonic(outcomes(pairs));
        for (let i = 1; i < curve.length; i++) {
          expect(curve[i]![0]).toBeGreaterThan(curve[i - 1]![0]);
          expect(curve[i]![1]).toBeGreaterThanOrEqual(curve[i - 1]![1]);
        }
        for (const x of [0, 0.25, 0.5, 0.75, 1]) {
          const y = applyCurve(curve, x);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('applying a curve', () => {
  const curve = [[0.5, 0.2], [0.8, 0.9]] as const;
  it('is linear between points and runs on to 0 and 1 beyond them', () => {
    expect(applyCurve(curve, 0.65)).toBeCloseTo(0.55, 3);
    expect(applyCurve(curve, 0.25)).toBeCloseTo(0.1, 3);
    expect(applyCurve(curve, 0.9)).toBeCloseTo(0.95, 3);
    expect(applyCurve([], 0.42)).toBe(0.42);
  });

  it('keeps the record the detectors chose and only changes its confidences', () => {
    const html = htmlPage('<p>Beispiel Handel GmbH</p><p>Hauptstraße 5</p><p>80331 München</p><p>Tel. +49 89 1234567</p><p>E-Mail: info@beispiel-handel.de</p>');
    const raw = detect(parseHtml(html), 'https://www.beispiel-handel.de/impressum', undefined, undefined, { calibrate: false });
    const cal = detect(parseHtml(html), 'https://www.beispiel-handel.de/impressum');
    expect(cal.record.emails.map((c) => c.value)).toEqual(raw.record.emails.map((c) => c.value));
    expect(cal.record.address?.value).toEqual(raw.record.address?.value);
    expect(cal.record.phones[0]!.confidence).toBe(calibrateConfidence('phone', raw.record.phones[0]!.confidence));
  });

  it('gives the record and the candidate list the same calibrated copy of a candidate', () => {
    const c = { field: 'email' as const, value: 'info@beispiel.de', confidence: 0.8, source: { method: 'mailto-link' as const, snippet: '' } };
    const empty = { company: null, phones: [], faxes: [], emails: [c], address: null, website: null, socials: [], vatId: null, register: null, people: [] };
    const out = calibrateResult([c], empty, { email: [[0.8, 0.5]] });
    expect(out.record.emails[0]).toBe(out.candidates[0]);
    expect(out.candidates[0]!.confidence).toBe(0.5);
    expect(c.confidence).toBe(0.8);
  });
});
