/**
 * Calibrated confidence: each field's curve (fitted by `npm run calibrate` on the labelled dev pages,
 * stored as data in curves.json) turns a detector's confidence into the share of values at that
 * confidence that were right. Applied after the record is chosen, so the choice itself is unchanged.
 */
import type { AnyCandidate, DetectionRecord, Field } from '../types';
import curvesJson from './curves.json';
import { applyCurve, type Curve } from './isotonic';

export { applyCurve, type Curve, type Outcome } from './isotonic';

export type Curves = Partial<Record<Field, Curve>>;

const CURVES = (curvesJson as unknown as { curves: Curves }).curves;

export function calibrateConfidence(field: Field, confidence: number, curves: Curves = CURVES): number {
  const curve = curves[field];
  return curve ? applyCurve(curve, confidence) : confidence;
}

/** The candidates and the record with calibrated confidences; the record keeps its values and order. */
export function calibrateResult(candidates: readonly AnyCandidate[], record: DetectionRecord, curves: Curves = CURVES): { candidates: AnyCandidate[]; record: DetectionRecord } {
  const copies = new Map<AnyCandidate, AnyCandidate>();
  const copy = <C extends AnyCandidate>(c: C): C => {
    let out = copies.get(c);
    if (!out) copies.set(c, (out = { ...c, confidence: calibrateConfidence(c.field, c.confidence, curves) }));
    return out as C;
  };
  const one = <C extends AnyCandidate>(c: C | null): C | null => (c ? copy(c) : null);
  return {
    candidates: candidates.map(copy),
    record: {
      company: one(record.company),
      phones: record.phones.map(copy),
      faxes: record.faxes.map(copy),
      emails: record.emails.map(copy),
      address: one(record.address),
      website: one(record.website),
      socials: record.socials.map(copy),
      vatId: one(record.vatId),
      register: one(record.register),
      people: record.people.map(copy),
    },
  };
}
