/** Pure view model of the popup: which fields to show, in which order, in which state. */
import type { Suggestion, Suggestions } from '../core/lead/suggestions';
import type { FieldValue, Lead, LeadField } from '../core/lead/types';

/** The fields the popup lists, in reading order of a business card. */
export const SHOWN_FIELDS: readonly LeadField[] = [
  'companyName', 'phone', 'mobile', 'fax', 'email', 'website', 'street', 'postalCode', 'city', 'country', 'vatId', 'register',
];

export type RowState = 'missing' | 'found' | 'filled';

export interface FieldRow {
  field: LeadField;
  state: RowState;
  stored: FieldValue | null;
  found: Suggestion[];
}

const ORDER: Record<RowState, number> = { found: 0, missing: 1, filled: 2 };

/** Missing fields the page can fill come first, then the ones still missing, then what is done. */
export function fieldRows(lead: Lead | null, suggestions: Suggestions): FieldRow[] {
  const rows = SHOWN_FIELDS.map((field): FieldRow => {
    const stored = lead?.fields[field] ?? null;
    const found = (suggestions[field] ?? []).filter((s) => s.value !== stored?.value);
    const state: RowState = stored ? 'filled' : found.length ? 'found' : 'missing';
    return { field, state, stored, found };
  });
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => ORDER[a.row.state] - ORDER[b.row.state] || a.i - b.i)
    .map(({ row }) => row);
}
