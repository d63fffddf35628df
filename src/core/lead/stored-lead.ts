/**
 * A lead as the database stores it. Most of a lead's values share one provenance (an import gives
 * all of them the same), so each distinct provenance is stored once and every value names it by
 * index: the record is about half the size, and IndexedDB writes and reads it faster (issue 11).
 * Only the leads repository and the pages that read the database (exports) see this shape, through
 * `toStored` and `fromStored`; everything else works with `Lead`.
 */
import { indexKeys } from './lookup-keys';
import type { FieldConflict, FieldValue, Lead, LeadField, PersonAtCompany, Provenance } from './types';

/** Index into `StoredLead.sources`. */
type SourceRef = number;

export interface StoredLead extends Omit<Lead, 'fields' | 'socials' | 'people' | 'conflicts'> {
  /** Every distinct provenance of the lead's values, once. */
  sources: Provenance[];
  values: Partial<Record<LeadField, string>>;
  /** The source of each value that does not come from `sources[0]`. */
  valueSources?: Partial<Record<LeadField, SourceRef>>;
  socials?: { value: string; source: SourceRef }[];
  people?: { name: string; role: string; source: SourceRef }[];
  conflicts?: { field: LeadField; value: string; source: SourceRef }[];
  /** What the database indexes to find a lead by its keys (see `indexKeys`); derived from `keys`. */
  lookup: string[];
}

function sourceTable() {
  const sources: Provenance[] = [];
  const refs = new Map<string, SourceRef>();
  // An import gives every value of every row the same provenance object: known by identity, it needs
  // no serialising (which took most of an import's preparation at 100,000 rows).
  const byObject = new Map<Provenance, SourceRef>();
  const ref = (source: Provenance): SourceRef => {
    const seen = byObject.get(source);
    if (seen !== undefined) return seen;
    const key = JSON.stringify(source);
    let at = refs.get(key);
    if (at === undefined) {
      at = sources.push(source) - 1;
      refs.set(key, at);
    }
    byObject.set(source, at);
    return at;
  };
  return { sources, ref };
}

/** The lead in its stored shape; keys and summary must already be derived (the repository does). */
export function toStored(lead: Lead): StoredLead {
  const { fields, socials, people, conflicts, ...rest } = lead;
  const { sources, ref } = sourceTable();
  const values: Partial<Record<LeadField, string>> = {};
  const valueSources: Partial<Record<LeadField, SourceRef>> = {};
  let mixed = false;
  for (const [field, fv] of Object.entries(fields) as [LeadField, FieldValue][]) {
    values[field] = fv.value;
    const at = ref(fv.source);
    if (at !== 0) {
      valueSources[field] = at;
      mixed = true;
    }
  }
  const stored: StoredLead = { ...rest, sources, values, lookup: indexKeys(lead.keys) };
  if (mixed) stored.valueSources = valueSources;
  if (socials.length) stored.socials = socials.map((s) => ({ value: s.value, source: ref(s.source) }));
  if (people.length) stored.people = people.map((p) => ({ name: p.name, role: p.role, source: ref(p.source) }));
  if (conflicts) stored.conflicts = conflicts.map((c) => ({ field: c.field, value: c.value.value, source: ref(c.value.source) }));
  return stored;
}

/** A source reference that points nowhere (a damaged record) reads as typed at the lead's creation. */
function sourceAt(stored: StoredLead, at: SourceRef | undefined): Provenance {
  return stored.sources[at ?? 0] ?? { kind: 'typed', at: stored.createdAt };
}

export function fromStored(stored: StoredLead): Lead {
  const { sources: _sources, values, valueSources, socials, people, conflicts, lookup: _lookup, ...rest } = stored;
  const fields: Partial<Record<LeadField, FieldValue>> = {};
  for (const [field, value] of Object.entries(values) as [LeadField, string][]) {
    fields[field] = { value, source: sourceAt(stored, valueSources?.[field]) };
  }
  const lead: Lead = {
    ...rest,
    fields,
    socials: (socials ?? []).map((s) => ({ value: s.value, source: sourceAt(stored, s.source) })),
    people: (people ?? []).map((p): PersonAtCompany => ({ name: p.name, role: p.role, source: sourceAt(stored, p.source) })),
  };
  if (conflicts) lead.conflicts = conflicts.map((c): FieldConflict => ({ field: c.field, value: { value: c.value, source: sourceAt(stored, c.source) } }));
  return lead;
}
