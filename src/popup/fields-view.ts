/** Pure view model of the lead view: which fields to show, in which order, in which state. */
import type { Suggestion, Suggestions } from '../core/lead/suggestions';
import { LEAD_FIELDS, OFFERED_ONLY, type FieldValue, type Lead, type LeadField } from '../core/lead/types';

export type RowState = 'missing' | 'found' | 'filled';

export interface FieldRow {
  field: LeadField;
  state: RowState;
  stored: FieldValue | null;
  /** What the page offers for an empty field, best first (as the background sends it). */
  found: Suggestion[];
  /** Values a detection found that differ from the stored one, waiting for keep / replace. */
  conflicts: FieldValue[];
  /** The required-field profile asks for this field and it is still empty. */
  required: boolean;
}

export interface FieldGroups {
  /** What the rep works on: missing required fields first, then what the page offers, then the data. */
  primary: FieldRow[];
  /** Empty, optional and nothing found: collapsed so the popup stays short, still editable. */
  more: FieldRow[];
  /** How many fields "fill all missing" would fill. */
  fillable: number;
}

function rank(row: FieldRow): number {
  if (row.required) return row.state === 'found' ? 0 : 1;
  if (row.state === 'found') return 2;
  if (row.conflicts.length) return 3;
  return row.state === 'filled' ? 4 : 5;
}

const present = (v: FieldValue | undefined): v is FieldValue => v !== undefined && v.value.trim() !== '';

/**
 * One row per lead field. `missingRequired` is the background's completeness.missingFields (in
 * profile order); without a lead there is nothing to complete, so rows order by what the page shows.
 */
export function fieldRows(lead: Lead | null, suggestions: Suggestions, missingRequired: readonly LeadField[] = []): FieldRow[] {
  const rows = LEAD_FIELDS.map((field): FieldRow => {
    const value = lead?.fields[field];
    const stored = present(value) ? value : null;
    const found = stored ? [] : (suggestions[field] ?? []);
    const conflicts = (lead?.conflicts ?? []).filter((c) => c.field === field).map((c) => c.value);
    const state: RowState = stored ? 'filled' : found.length ? 'found' : 'missing';
    return { field, state, stored, found, conflicts, required: !stored && missingRequired.includes(field) };
  });
  const profileOrder = (row: FieldRow) => (row.required ? missingRequired.indexOf(row.field) : 0);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || profileOrder(a.row) - profileOrder(b.row) || a.i - b.i)
    .map(({ row }) => row);
}

export function groupRows(rows: readonly FieldRow[]): FieldGroups {
  const primary: FieldRow[] = [];
  const more: FieldRow[] = [];
  for (const row of rows) (rank(row) === 5 ? more : primary).push(row);
  return { primary, more, fillable: rows.filter((r) => r.state === 'found' && !OFFERED_ONLY.includes(r.field)).length };
}
