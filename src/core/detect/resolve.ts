/** Turns all candidates into the one best record: best single values, deduplicated lists. */
import { ACCEPT } from './detector';
import type { AnyCandidate, Candidate, DetectionRecord, Field } from './types';

function ofField<F extends Field>(all: readonly AnyCandidate[], field: F): Candidate<F>[] {
  return (all.filter((c) => c.field === field) as unknown as Candidate<F>[]).sort((a, b) => b.confidence - a.confidence);
}

function best<F extends Field>(all: readonly AnyCandidate[], field: F): Candidate<F> | null {
  const top = ofField(all, field)[0];
  return top && top.confidence >= ACCEPT ? top : null;
}

/** Accepted candidates, one per key, in page order of their best-supported value. */
function list<F extends Field>(all: readonly AnyCandidate[], field: F, key: (c: Candidate<F>) => string, keep: (c: Candidate<F>) => boolean = () => true): Candidate<F>[] {
  const seen = new Map<string, Candidate<F>>();
  for (const c of ofField(all, field)) {
    if (c.confidence < ACCEPT || !keep(c)) continue;
    const k = key(c);
    if (!seen.has(k)) seen.set(k, c);
  }
  return [...seen.values()];
}

/** Fewer digits than this can end a phone number by chance. */
const MIN_ID_DIGITS = 7;

/**
 * The digits of the page's VAT id and register number ("FI06536922", "0653692-2"): a number written
 * elsewhere without its label ("Alakuijala Oy, 06536922") that ends in them is that id, not a phone.
 */
function idDigits(vatId: Candidate<'vatId'> | null, register: Candidate<'register'> | null): string[] {
  return [vatId?.value, register?.value.number]
    .map((v) => (v ?? '').replace(/\D/g, '').replace(/^0+/, ''))
    .filter((d) => d.length >= MIN_ID_DIGITS);
}

export function resolve(all: readonly AnyCandidate[]): DetectionRecord {
  const vatId = best(all, 'vatId');
  const register = best(all, 'register');
  const ids = idDigits(vatId, register);
  const notId = (c: Candidate<'phone'>) => !ids.some((d) => c.value.e164.endsWith(d));
  return {
    company: best(all, 'company'),
    phones: list(all, 'phone', (c) => c.value.e164, (c) => c.value.kind !== 'fax' && notId(c)),
    faxes: list(all, 'phone', (c) => c.value.e164, (c) => c.value.kind === 'fax' && notId(c)),
    emails: list(all, 'email', (c) => c.value),
    address: best(all, 'address'),
    website: best(all, 'website'),
    socials: list(all, 'social', (c) => c.value.url.toLowerCase()),
    vatId,
    register,
    people: list(all, 'person', (c) => c.value.name.toLowerCase()),
  };
}

/** Candidates sorted best first within each field, at most `perField` of each, for the popup's "also seen" list. */
export function rankCandidates(all: readonly AnyCandidate[], perField = Infinity): AnyCandidate[] {
  const sorted = [...all].sort((a, b) => (a.field === b.field ? b.confidence - a.confidence : a.field.localeCompare(b.field)));
  const count = new Map<string, number>();
  return sorted.filter((c) => {
    const n = (count.get(c.field) ?? 0) + 1;
    count.set(c.field, n);
    return n <= perField;
  });
}
