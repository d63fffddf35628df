/** The merge view of two duplicate leads: every field either has, and where the rep must choose. */
import { mergeConflicts, type MergeChoices, type Side } from '../core/lead/merge';
import { LEAD_FIELDS, type Lead, type LeadField } from '../core/lead/types';

export interface MergeRow {
  field: LeadField;
  left: string;
  right: string;
  /** Both have different values: the rep picks one. Otherwise the one value is kept. */
  conflict: boolean;
}

export function mergeRows(left: Lead, right: Lead): MergeRow[] {
  const conflicts = new Set(mergeConflicts(left, right));
  return LEAD_FIELDS.flatMap((field) => {
    const l = left.fields[field]?.value.trim() ?? '';
    const r = right.fields[field]?.value.trim() ?? '';
    return l || r ? [{ field, left: l, right: r, conflict: conflicts.has(field) }] : [];
  });
}

/** Every conflict starts on the left (the older lead, which the merge keeps). */
export function defaultChoices(rows: readonly MergeRow[]): MergeChoices {
  const choices: MergeChoices = {};
  for (const row of rows) if (row.conflict) choices[row.field] = 'left';
  return choices;
}

export function choose(choices: MergeChoices, field: LeadField, side: Side): MergeChoices {
  return { ...choices, [field]: side };
}

/** Choices the background needs: only the conflicting fields, the rest is not the rep's decision. */
export function conflictChoices(rows: readonly MergeRow[], choices: MergeChoices): MergeChoices {
  const out: MergeChoices = {};
  for (const row of rows) if (row.conflict) out[row.field] = choices[row.field] ?? 'left';
  return out;
}
