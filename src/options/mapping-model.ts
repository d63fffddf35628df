/** The column-mapping table of the import: what each column can map to, and editing the mapping. */
import type { ColumnProposal, IgnoredBecause } from '../core/import/column-plan';
import type { PreviewRow } from '../core/import/import-file';
import { IDENTITY_TARGETS, type ColumnMapping, type ImportTarget } from '../core/import/targets';
import { LEAD_FIELDS, type LeadField } from '../core/lead/types';

export { IMPORT_TARGETS, isImportTarget } from '../core/import/targets';

/**
 * Maps one column. Several columns may share a target: the first filled one in a row is taken and
 * the others are kept beside it as alternatives (Outlook's "Telefon geschäftlich" and "Telefon Firma").
 */
export function setColumnTarget(mapping: ColumnMapping, column: number, target: ImportTarget | null): ColumnMapping {
  return mapping.map((current, i) => (i === column ? target : current));
}

export interface MappingRow {
  column: number;
  header: string;
  target: ImportTarget | null;
  /** What the automatic recognition proposed, to mark a changed choice. */
  proposed: ImportTarget | null;
  /** The proposal came from the header's words, not from a known vocabulary: the rep should check it. */
  guessed: boolean;
  /** Why the recognition left the column out (a private, ID or side column). */
  ignored?: IgnoredBecause;
  /** Several columns share the target: this one is taken only where the earlier ones are empty. */
  alternative: boolean;
  /** First non-empty values of the column in the sample. */
  examples: string[];
}

export function mappingRows(headers: readonly string[], mapping: ColumnMapping, proposals: readonly ColumnProposal[],
  sample: readonly (readonly string[])[]): MappingRow[] {
  return headers.map((header, column) => {
    const target = mapping[column] ?? null;
    const proposal = proposals[column];
    const proposed = proposal?.target ?? null;
    return {
      column,
      header,
      target,
      proposed,
      guessed: target !== null && target === proposed && (proposal?.guessed ?? false),
      ...(proposal?.ignored && target === null ? { ignored: proposal.ignored } : {}),
      alternative: target !== null && mapping.slice(0, column).includes(target) && proposal?.typeColumn === undefined,
      examples: sample.map((cells) => cells[column]?.trim() ?? '').filter(Boolean).slice(0, 2),
    };
  });
}

export interface MappingWarnings {
  /** Nothing to identify a lead by is mapped: every row would be rejected. */
  noIdentity: boolean;
  ignored: number;
  guessed: number;
}

export function mappingWarnings(mapping: ColumnMapping, proposals: readonly ColumnProposal[] = []): MappingWarnings {
  return {
    noIdentity: !mapping.some((t) => t !== null && IDENTITY_TARGETS.includes(t)),
    ignored: mapping.filter((t) => t === null).length,
    guessed: mapping.filter((t, i) => t !== null && t === proposals[i]?.target && proposals[i]?.guessed).length,
  };
}

/** The preview's columns: the lead fields any previewed row has, in form order. */
export function previewColumns(rows: readonly PreviewRow[]): LeadField[] {
  const present = new Set(rows.flatMap((r) => Object.keys(r.values)));
  return LEAD_FIELDS.filter((f) => present.has(f));
}
