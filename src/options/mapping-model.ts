/** The column-mapping table of the CSV import: what each column can map to, and editing the mapping. */
import type { ColumnMapping, ImportTarget } from '../core/lead/csv-columns';
import type { PreviewRow } from '../core/lead/csv-import';
import { LEAD_FIELDS, type LeadField } from '../core/lead/types';

/** Every choice of the dropdown besides "ignore", in the order of the lead form. */
export const IMPORT_TARGETS: readonly ImportTarget[] = [...LEAD_FIELDS, 'houseNumber', 'fullName'];

const IDENTITY: readonly ImportTarget[] = ['companyName', 'lastName', 'fullName', 'email', 'personEmail'];

export function isImportTarget(value: string): value is ImportTarget {
  return (IMPORT_TARGETS as readonly string[]).includes(value);
}

/**
 * Maps one column. A target takes one column only (a second one would overwrite the first's values),
 * so the column that had it before goes to "ignore".
 */
export function setColumnTarget(mapping: ColumnMapping, column: number, target: ImportTarget | null): ColumnMapping {
  return mapping.map((current, i) => (i === column ? target : target !== null && current === target ? null : current));
}

export interface MappingRow {
  column: number;
  header: string;
  target: ImportTarget | null;
  /** What the automatic recognition proposed, to mark a changed choice. */
  proposed: ImportTarget | null;
  /** First non-empty values of the column in the sample. */
  examples: string[];
}

export function mappingRows(headers: readonly string[], mapping: ColumnMapping, proposed: ColumnMapping, sample: readonly (readonly string[])[]): MappingRow[] {
  return headers.map((header, column) => ({
    column,
    header,
    target: mapping[column] ?? null,
    proposed: proposed[column] ?? null,
    examples: sample.map((cells) => cells[column]?.trim() ?? '').filter(Boolean).slice(0, 2),
  }));
}

export interface MappingWarnings {
  /** Nothing to identify a lead by is mapped: every row would be rejected. */
  noIdentity: boolean;
  ignored: number;
}

export function mappingWarnings(mapping: ColumnMapping): MappingWarnings {
  return { noIdentity: !mapping.some((t) => t !== null && IDENTITY.includes(t)), ignored: mapping.filter((t) => t === null).length };
}

/** The preview's columns: the lead fields any previewed row has, in form order. */
export function previewColumns(rows: readonly PreviewRow[]): LeadField[] {
  const present = new Set(rows.flatMap((r) => Object.keys(r.values)));
  return LEAD_FIELDS.filter((f) => present.has(f));
}
