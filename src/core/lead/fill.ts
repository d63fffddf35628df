/**
 * Writing a value into a lead with regard to where the present value came from. The rep's own typing
 * always wins; a detection or import only fills gaps, and a differing value becomes a conflict the rep
 * resolves, so a page can never silently overwrite what the rep typed or imported.
 */
import { leadCountry } from './keys';
import { isWebAddress } from './web-address';
import { hasValue, withKeys } from './lead';
import { sameValue } from './normalise';
import type { FieldConflict, FieldValue, Lead, LeadField, Provenance } from './types';

export type FillOutcome = 'set' | 'unchanged' | 'conflict';

export interface FillResult {
  lead: Lead;
  outcome: FillOutcome;
}

function withoutConflicts(lead: Lead, field: LeadField): FieldConflict[] | undefined {
  const rest = (lead.conflicts ?? []).filter((c) => c.field !== field);
  return rest.length ? rest : undefined;
}

function setConflicts(lead: Lead, conflicts: FieldConflict[] | undefined): Lead {
  const { conflicts: _old, ...rest } = lead;
  return conflicts ? { ...rest, conflicts } : rest;
}

/** Whether a new value may replace the present one without asking the rep. */
function mayReplace(current: Provenance, next: Provenance): boolean {
  if (next.kind === 'typed') return true;
  // The same page read again (it changed since): its newer reading replaces its older one.
  return current.kind === 'detected' && next.kind === 'detected' && current.url === next.url;
}

/**
 * Sets `field` to `value` when it is empty, when the rep typed it, or when it re-reads the same page;
 * otherwise a differing value is recorded as a conflict (once per distinct value). Keys are recomputed.
 */
export function fillField(lead: Lead, field: LeadField, value: string, source: Provenance): FillResult {
  const text = value.trim();
  if (!text) return { lead, outcome: 'unchanged' };
  // Whatever the source (a forged page answer, an import, the rep), a website is stored only as a web address.
  if (field === 'website' && !isWebAddress(text)) return { lead, outcome: 'unchanged' };
  const current = lead.fields[field];
  const country = leadCountry(lead);
  const at = Math.max(lead.updatedAt, source.at);
  if (current && hasValue(lead, field) && sameValue(field, current.value, text, country)) {
    // The rep confirming a value by typing it makes it theirs; another source adds nothing.
    if (source.kind !== 'typed' || current.source.kind === 'typed') return { lead, outcome: 'unchanged' };
  } else if (current && hasValue(lead, field) && !mayReplace(current.source, source)) {
    const known = (lead.conflicts ?? []).some((c) => c.field === field && sameValue(field, c.value.value, text, country));
    if (known) return { lead, outcome: 'unchanged' };
    const conflicts = [...(lead.conflicts ?? []), { field, value: { value: text, source } }];
    return { lead: { ...lead, conflicts, updatedAt: at }, outcome: 'conflict' };
  }
  const fields = { ...lead.fields, [field]: { value: text, source } };
  // A value the rep typed settles the field: pending suggestions for it are moot.
  const conflicts = source.kind === 'typed' ? withoutConflicts(lead, field) : lead.conflicts;
  return { lead: withKeys(setConflicts({ ...lead, fields, updatedAt: at }, conflicts)), outcome: 'set' };
}

/** The rep removes a value ("this field is empty"); pending conflicts for it stay for review. */
export function clearField(lead: Lead, field: LeadField, at: number): Lead {
  const { [field]: _gone, ...fields } = lead.fields;
  return withKeys({ ...lead, fields, updatedAt: Math.max(lead.updatedAt, at) });
}

export function conflictsFor(lead: Lead, field: LeadField): FieldValue[] {
  return (lead.conflicts ?? []).filter((c) => c.field === field).map((c) => c.value);
}

/** Resolve: keep the present value and drop the field's conflicting suggestions. */
export function keepCurrent(lead: Lead, field: LeadField, at: number): Lead {
  return setConflicts({ ...lead, updatedAt: Math.max(lead.updatedAt, at) }, withoutConflicts(lead, field));
}

/**
 * Resolve: take the conflicting value (the `index`-th for this field, default the first) with its
 * own provenance, and drop the field's other suggestions. Unchanged when there is no such conflict.
 */
export function replaceWithConflict(lead: Lead, field: LeadField, at: number, index = 0): Lead {
  const chosen = conflictsFor(lead, field)[index];
  if (!chosen) return lead;
  const fields = { ...lead.fields, [field]: chosen };
  return withKeys(setConflicts({ ...lead, fields, updatedAt: Math.max(lead.updatedAt, at) }, withoutConflicts(lead, field)));
}
