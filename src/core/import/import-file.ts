/**
 * Importing leads from a file a rep has: a CRM's or an address book's CSV export, or vCards. Nothing
 * is dropped silently: every row that cannot become a lead comes back with its row number, reasons
 * and raw cells, and what is wrong with the file as a whole comes back as issues before any import.
 * The options page's preview, the background's import and the import-preview CLI all run this code.
 */
import { withKeys } from '../lead/lead';
import { decodeCsv, type Decoded } from './decode';
import type { FieldValue, Lead, LeadField, Provenance } from '../lead/types';
import { dropIdColumns, planColumns, type ColumnProposal, type VendorMatch } from './column-plan';
import type { Delimiter } from './delimiter';
import type { FileIssue } from './file-issues';
import { mapRow, type MappedRow, type RowError, type RowValues } from './map-row';
import { readTable, type Table } from './read-table';
import type { ColumnMapping } from './targets';

export interface RejectedRow {
  /** Record number as a spreadsheet shows it. */
  row: number;
  /** Line in the file where the record starts (differs from row after quoted line breaks). */
  line: number;
  errors: RowError[];
  cells: string[];
}

export interface ImportOptions {
  at: number;
  /** Identifies the import in each value's provenance; default "import-<at>". */
  batch?: string;
  /** The rep's mapping; default the proposed one. */
  mapping?: ColumnMapping;
  /** Country for numbers without +prefix when nothing in the row tells its country. */
  defaultCountry: string;
  /** The stored lead's id, from the lead as read (importedId: the same rows give the same ids); default a random one. */
  newId?: (lead: Lead) => string;
}

/** What the file is and how its columns are proposed to map, before anything is imported. */
export interface FileShape {
  format: Table['format'];
  encoding: Table['encoding'];
  delimiter: Delimiter;
  headers: string[];
  preamble: string[];
  vendor: VendorMatch | null;
  columns: ColumnProposal[];
  proposedMapping: ColumnMapping;
  issues: FileIssue[];
}

export interface ImportResult extends FileShape {
  mapping: ColumnMapping;
  leads: Lead[];
  rejected: RejectedRow[];
  /** Records after the header (without a final empty line). */
  dataRows: number;
}

function shapeOf(table: Table): FileShape {
  const plan = dropIdColumns(planColumns(table.headers, table.shape), table.records);
  const vendor = table.shape ? { id: table.shape.id, name: table.shape.name } : plan.vendor;
  return {
    format: table.format, encoding: table.encoding, delimiter: table.delimiter, headers: table.headers, preamble: table.preamble, vendor,
    columns: plan.columns, proposedMapping: plan.mapping, issues: table.issues,
  };
}

function eachRow(table: Table, shape: FileShape, mapping: ColumnMapping, defaultCountry: string,
  visit: (mapped: MappedRow, index: number) => void, from = 0, to = table.records.length): void {
  const ctx = { headers: shape.headers, columns: shape.columns, mapping, defaultCountry };
  for (let i = from; i < Math.min(to, table.records.length); i++) {
    const quote = table.quoteErrors.get(i);
    const mapped = quote
      ? { values: {}, alternatives: [], socials: [], country: defaultCountry, countryFrom: 'default' as const, errors: [quote] }
      : mapRow(table.records[i] as string[], ctx);
    visit(mapped, i);
  }
}

export function toLead(mapped: Pick<MappedRow, 'values' | 'alternatives' | 'socials'>, id: string, source: Provenance): Lead {
  const fields: Partial<Record<LeadField, FieldValue>> = {};
  for (const [field, value] of Object.entries(mapped.values) as [LeadField, string][]) fields[field] = { value, source };
  const lead: Lead = {
    id, createdAt: source.at, updatedAt: source.at, fields, socials: mapped.socials.map((value) => ({ value, source })), people: [], keys: [],
  };
  // The other values a file had for a field wait beside it, for the rep to keep or swap in.
  if (mapped.alternatives.length) lead.conflicts = mapped.alternatives.map(({ field, value }) => ({ field, value: { value, source } }));
  return withKeys(lead);
}

/**
 * A file read once (its table and column plan), its records mapped to leads a range at a time: the
 * import job maps a chunk's records while the chunk before is being written, instead of mapping the
 * whole file before the first write.
 */
export interface OpenedImport extends FileShape {
  mapping: ColumnMapping;
  /** Records after the header (without a final empty line). */
  dataRows: number;
  /** Records `from` to `to` (exclusive) as leads, and those that cannot become one. */
  rows(from: number, to: number): { leads: Lead[]; rejected: RejectedRow[] };
}

export function openDecoded(decoded: Decoded, options: ImportOptions, bytes: Uint8Array | null = null): OpenedImport {
  const table = readTable(decoded, bytes);
  const shape = shapeOf(table);
  const mapping = options.mapping ?? shape.proposedMapping;
  const source: Provenance = { kind: 'imported', at: options.at, batch: options.batch ?? `import-${options.at}` };
  const newId = options.newId ?? (() => crypto.randomUUID());
  return {
    ...shape,
    mapping,
    dataRows: table.records.length,
    rows(from, to) {
      const leads: Lead[] = [];
      const rejected: RejectedRow[] = [];
      eachRow(table, shape, mapping, options.defaultCountry, (mapped, i) => {
        if (mapped.errors.length) rejected.push({ row: table.rows[i] as number, line: table.lines[i] as number, errors: mapped.errors, cells: table.records[i] as string[] });
        else {
          const lead = toLead(mapped, '', source);
          lead.id = newId(lead);
          leads.push(lead);
        }
      }, from, to);
      return { leads, rejected };
    },
  };
}

/** The import of a file already decoded to text, all of it at once (the preview CLI, tests, the bench's floor). */
export function importDecoded(decoded: Decoded, options: ImportOptions, bytes: Uint8Array | null = null): ImportResult {
  const { rows, ...opened } = openDecoded(decoded, options, bytes);
  return { ...opened, ...rows(0, opened.dataRows) };
}

export interface PreviewRow {
  row: number;
  values: RowValues;
  alternatives: MappedRow['alternatives'];
  country: string;
  countryFrom: MappedRow['countryFrom'];
  errors: RowError[];
}

export interface Preview extends FileShape {
  mapping: ColumnMapping;
  rows: PreviewRow[];
  /** Raw cells of the first records, for the examples column of the mapping table. */
  sample: string[][];
}

/** The first `rows` records mapped as they would be imported, for the mapping dialog. Parses only those. */
export function previewDecoded(decoded: Decoded, options: { rows?: number; mapping?: ColumnMapping; defaultCountry: string }, bytes: Uint8Array | null = null): Preview {
  const table = readTable(decoded, bytes, options.rows ?? 10);
  const shape = shapeOf(table);
  const mapping = options.mapping ?? shape.proposedMapping;
  const rows: PreviewRow[] = [];
  eachRow(table, shape, mapping, options.defaultCountry, (m, i) => {
    rows.push({ row: table.rows[i] as number, values: m.values, alternatives: m.alternatives, country: m.country, countryFrom: m.countryFrom, errors: m.errors });
  });
  return { ...shape, mapping, rows, sample: table.records.slice(0, 3) };
}

/** importDecoded on the file's bytes: decoded as decodeCsv reads them. */
export function importFile(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importDecoded(decodeCsv(bytes), options, bytes);
}

export function previewFile(bytes: Uint8Array, options: { rows?: number; mapping?: ColumnMapping; defaultCountry: string }): Preview {
  return previewDecoded(decodeCsv(bytes), options, bytes);
}
