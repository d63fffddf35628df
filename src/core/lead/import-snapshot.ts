/**
 * What an imported lead looked like on arrival, kept on the lead: research and the rep's work change
 * its fields and their provenance afterwards, so "complete since import" cannot be derived later.
 */
import { completeness, type Profile } from './completeness';
import type { ImportSnapshot, Lead } from './types';

/** The batch a lead was imported with: its snapshot's, else the first imported value's. */
export function importBatch(lead: Pick<Lead, 'fields' | 'atImport'>): string | null {
  if (lead.atImport) return lead.atImport.batch ?? null;
  for (const value of Object.values(lead.fields)) {
    if (value?.source.kind === 'imported') return value.source.batch ?? null;
  }
  return null;
}

/** How complete an imported lead is at the moment of import, under the rep's profile. */
export function importSnapshot(lead: Pick<Lead, 'fields'>, profile: Profile, at: number, batch?: string): ImportSnapshot {
  const c = completeness(lead, profile);
  const snapshot: ImportSnapshot = { at, completeness: c.percent, complete: c.complete, missing: c.missing };
  return batch === undefined ? snapshot : { ...snapshot, batch };
}


/**
 * For leads imported before snapshots were kept: the values still carrying their import provenance
 * are what the import brought, unless the rep or research replaced one (then the lead counts as less
 * complete at import than it was: a lower bound). Null for a lead nothing of which was imported.
 */
export function fieldsFromImport(lead: Pick<Lead, 'fields'>): Lead['fields'] | null {
  const entries = Object.entries(lead.fields).filter(([, v]) => v?.source.kind === 'imported');
  return entries.length ? Object.fromEntries(entries) : null;
}
