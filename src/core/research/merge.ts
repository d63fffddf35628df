/**
 * Several pages of one company read as one: every value keeps the page it came from (`source.url`),
 * a value that several pages agree on is surer than each page alone, and where pages disagree on a
 * single value (two addresses, two VAT IDs) the best stands and the others are kept as alternatives.
 * Lists (phones, e-mails, profiles, people) are joined: a team page's people join the imprint's.
 */
import type { AnyCandidate, Candidate, DetectionRecord, Field } from '../detect/types';
import { normaliseCompanyName, normalisePersonName, normaliseRegister, normaliseVat, normaliseWebsite } from '../lead/normalise';
import { suggestionsFrom, type Suggestions } from '../lead/suggestions';
import { fold } from './link-ranking';

export interface PageReading {
  /** The page's address after redirects. */
  url: string;
  record: DetectionRecord;
}

type SingleField = 'company' | 'address' | 'website' | 'vatId' | 'register';
type SingleCandidate = { [F in SingleField]: Candidate<F> }[SingleField];

export interface MergedReading {
  record: DetectionRecord;
  /** Values of single-valued fields (company, address, website, VAT ID, register) that lost to another page's. */
  alternatives: SingleCandidate[];
  /** The pages merged, in the order given. */
  pages: string[];
}

/** No number of agreeing pages makes a value certain. */
const MAX_AGREED_CONFIDENCE = 0.99;

/**
 * Confidence of a value that several pages show: the chance that not all of them are wrong
 * (independent readings), so two pages at 0.6 give 0.84. One page counts once however often it says it.
 */
export function agreedConfidence(confidences: readonly number[]): number {
  const doubt = confidences.reduce((d, c) => d * (1 - Math.min(Math.max(c, 0), 1)), 1);
  return Math.min(MAX_AGREED_CONFIDENCE, Math.round((1 - doubt) * 1000) / 1000);
}

/** "Werftstraße 12" and "Werftstrasse 12" are one street. */
const squash = (s: string | null | undefined): string => fold(s ?? '').replace(/ /g, '');

/** When two candidates say the same thing. */
function keyOf(c: AnyCandidate): string {
  switch (c.field) {
    case 'company':
      return normaliseCompanyName(c.value.name);
    case 'phone':
      return `${c.value.kind === 'fax' ? 'fax' : 'tel'}:${c.value.e164}`;
    case 'email':
      return c.value.toLowerCase();
    case 'address':
      // The street and postal code name the place; a city spelt differently ("Muenchen") does not make another.
      return c.value.street ? `${squash(c.value.postalCode)}|${squash(c.value.street)}` : `${squash(c.value.postalCode)}|${squash(c.value.city)}`;
    case 'website':
      return normaliseWebsite(c.value);
    case 'social':
      return normaliseWebsite(c.value.url);
    case 'vatId':
      return normaliseVat(c.value);
    case 'register':
      return normaliseRegister(`${c.value.court ?? ''} ${c.value.number}`)?.split('@')[0] ?? squash(c.value.number);
    case 'person':
      return normalisePersonName(c.value.name);
  }
}

interface Group<F extends Field> {
  best: Candidate<F>;
  /** Best confidence per page. */
  byPage: Map<string, number>;
  order: number;
}

function withUrl<F extends Field>(c: Candidate<F>, url: string): Candidate<F> {
  return { ...c, source: { ...c.source, url: c.source.url ?? url } };
}

/** Candidates of one field across pages grouped by what they say, surest first; ties keep page order. */
function groups<F extends Field>(pages: readonly PageReading[], pick: (r: DetectionRecord) => readonly Candidate<F>[]): Candidate<F>[] {
  const byKey = new Map<string, Group<F>>();
  let order = 0;
  for (const page of pages) {
    for (const raw of pick(page.record)) {
      const c = withUrl(raw, page.url);
      const key = keyOf(c as AnyCandidate);
      const g = byKey.get(key);
      if (!g) {
        byKey.set(key, { best: c, byPage: new Map([[page.url, c.confidence]]), order: order++ });
        continue;
      }
      g.byPage.set(page.url, Math.max(g.byPage.get(page.url) ?? 0, c.confidence));
      if (c.confidence > g.best.confidence) g.best = mergeSame(c, g.best);
      else g.best = mergeSame(g.best, c);
    }
  }
  return [...byKey.values()]
    .map((g) => ({ c: { ...g.best, confidence: agreedConfidence([...g.byPage.values()]), source: { ...g.best.source, ...alsoOn(g) } }, order: g.order }))
    .sort((a, b) => b.c.confidence - a.c.confidence || a.order - b.order)
    .map(({ c }) => c);
}

/** The other pages that show the same value, for "also on …" in the popup. */
function alsoOn<F extends Field>(g: Group<F>): { alsoOn?: string[] } {
  const others = [...g.byPage.keys()].filter((u) => u !== g.best.source.url);
  return others.length ? { alsoOn: others } : {};
}

/** Two readings of one value: the surer one, completed from the other (a person's role, an address's city). */
function mergeSame<F extends Field>(keep: Candidate<F>, other: Candidate<F>): Candidate<F> {
  const k = keep as AnyCandidate;
  const o = other as AnyCandidate;
  if (k.field === 'person' && o.field === 'person' && !k.value.role && o.value.role) {
    return { ...k, value: { ...k.value, role: o.value.role } } as Candidate<F>;
  }
  if (k.field === 'address' && o.field === 'address') {
    const a = k.value;
    const b = o.value;
    return { ...k, value: { street: a.street ?? b.street, postalCode: a.postalCode ?? b.postalCode, city: a.city ?? b.city, country: a.country ?? b.country } } as Candidate<F>;
  }
  return keep;
}

const one = <F extends Field>(c: Candidate<F> | null): Candidate<F>[] => (c ? [c] : []);

/** One reading of a company from its pages (the page the rep is on first, then the pages research read). */
export function mergeReadings(pages: readonly PageReading[]): MergedReading {
  const alternatives: SingleCandidate[] = [];
  const single = <F extends SingleField>(pick: (r: DetectionRecord) => Candidate<F> | null): Candidate<F> | null => {
    const [best, ...rest] = groups(pages, (r) => one(pick(r)));
    alternatives.push(...(rest as SingleCandidate[]));
    return best ?? null;
  };
  const record: DetectionRecord = {
    company: single((r) => r.company),
    address: single((r) => r.address),
    website: single((r) => r.website),
    vatId: single((r) => r.vatId),
    register: single((r) => r.register),
    phones: groups(pages, (r) => r.phones),
    faxes: groups(pages, (r) => r.faxes),
    emails: groups(pages, (r) => r.emails),
    socials: groups(pages, (r) => r.socials),
    people: groups(pages, (r) => r.people),
  };
  return { record, alternatives, pages: pages.map((p) => p.url) };
}

/** What the merged reading offers each lead field: the best values first, then the alternatives. */
export function mergedSuggestions(merged: MergedReading): Suggestions {
  const out = suggestionsFrom(merged.record);
  const empty: DetectionRecord = { company: null, address: null, website: null, vatId: null, register: null, phones: [], faxes: [], emails: [], socials: [], people: [] };
  for (const alt of merged.alternatives) {
    const record = { ...empty, [alt.field]: alt } as DetectionRecord;
    for (const [field, list] of Object.entries(suggestionsFrom(record)) as [keyof Suggestions, NonNullable<Suggestions[keyof Suggestions]>][]) {
      const into = (out[field] ??= []);
      for (const s of list) if (!into.some((x) => x.value === s.value)) into.push(s);
    }
  }
  return out;
}
