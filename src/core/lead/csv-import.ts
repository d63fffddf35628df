/**
 * Importing leads from a CRM's CSV export. Nothing is dropped silently: every row that cannot become
 * a lead is returned with its row number, the reasons and its raw cells, for the user to fix.
 */
import Papa from 'papaparse';
import { toCountryCode } from './countries';
import { proposeMapping, type ColumnMapping, type ImportTarget } from './csv-columns';
import { unescapeFormula } from './csv-formula';
import { decodeCsv, type CsvEncoding, type Decoded } from './decode';
import { withKeys } from './lead';
import { isEmail, toE164 } from './normalise';
import type { FieldValue, Lead, LeadField, Provenance } from './types';

export type Delimiter = ';' | ',' | '\t';

export type RowErrorCode = 'column-count' | 'empty-row' | 'invalid-email' | 'invalid-phone' | 'unterminated-quote' | 'malformed-quote' | 'no-identity';

export interface RowError {
  code: RowErrorCode;
  message: string;
  /** The header of the offending column, when one column is at fault. */
  column?: string;
}

export interface RejectedRow {
  /** Record number as a spreadsheet shows it: the header is row 1. */
  row: number;
  /** Line in the file where the record starts (differs from row after quoted line breaks). */
  line: number;
  errors: RowError[];
  cells: string[];
}

export type RowValues = Partial<Record<LeadField, string>>;

export interface ImportOptions {
  at: number;
  /** Identifies the import in each value's provenance; default "import-<at>". */
  batch?: string;
  /** The user's mapping; default the proposed one. */
  mapping?: ColumnMapping;
  /** Country for numbers without +prefix when the row has no country; default DE. */
  defaultCountry?: string;
  newId?: () => string;
}

export interface ParsedCsv {
  encoding: CsvEncoding;
  delimiter: Delimiter;
  headers: string[];
  proposedMapping: ColumnMapping;
}

export interface ImportResult extends ParsedCsv {
  mapping: ColumnMapping;
  leads: Lead[];
  rejected: RejectedRow[];
  /** Records after the header (without a final empty line). */
  dataRows: number;
}

const PHONES: LeadField[] = ['phone', 'directPhone', 'mobile', 'fax'];
const EMAILS: LeadField[] = ['email', 'personEmail'];

/** The separator that occurs most often in the header line, outside quotes; "," when none does. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0] ?? ',';
  return counts[best] > 0 ? best : ',';
}

function countNewlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.indexOf('\n') < 0) continue;
    for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** "Müller, Anna" or "Anna Maria Müller" → first and last name. */
function splitFullName(full: string): { first?: string; last: string } {
  if (full.includes(',')) {
    const [last = '', first = ''] = full.split(',', 2).map((s) => s.trim());
    return first ? { first, last } : { last };
  }
  const at = full.lastIndexOf(' ');
  return at < 0 ? { last: full } : { first: full.slice(0, at).trim(), last: full.slice(at + 1) };
}

interface MappedRow {
  values: RowValues;
  errors: RowError[];
}

/** Maps one record's cells to lead values and validates them. Cheap: no work for unmapped columns. */
export function mapRow(cells: readonly string[], headers: readonly string[], mapping: ColumnMapping, defaultCountry = 'DE'): MappedRow {
  const errors: RowError[] = [];
  if (cells.every((c) => c.trim() === '')) return { values: {}, errors: [{ code: 'empty-row', message: 'Empty row (only separators).' }] };
  const extra = cells.slice(headers.length);
  if (cells.length < headers.length || extra.some((c) => c.trim() !== '')) {
    errors.push({ code: 'column-count', message: `Expected ${headers.length} columns, found ${cells.length}.` });
    return { values: {}, errors };
  }
  const raw: Partial<Record<ImportTarget, string>> = {};
  mapping.forEach((target, i) => {
    const v = target ? unescapeFormula(cells[i]?.trim() ?? '') : undefined;
    if (target && v) raw[target] = v;
  });
  const { houseNumber, fullName, ...values } = raw;
  if (houseNumber) values.street = values.street ? `${values.street} ${houseNumber}` : houseNumber;
  if (fullName && !values.lastName) {
    const { first, last } = splitFullName(fullName);
    values.lastName = last;
    if (first && !values.firstName) values.firstName = first;
  }
  const column = (field: LeadField): string => headers[mapping.indexOf(field)] ?? field;
  for (const f of EMAILS) {
    const v = values[f];
    if (v && !isEmail(v)) errors.push({ code: 'invalid-email', message: `Invalid e-mail address "${v}".`, column: column(f) });
  }
  const country = toCountryCode(values.country) ?? defaultCountry;
  for (const f of PHONES) {
    const v = values[f];
    if (v && !toE164(v, country)) errors.push({ code: 'invalid-phone', message: `Invalid phone number "${v}".`, column: column(f) });
  }
  if (!values.companyName && !values.lastName && !values.email && !values.personEmail) {
    errors.push({ code: 'no-identity', message: 'No company, name or e-mail: nothing to identify the lead by.' });
  }
  return { values, errors };
}

export function toLead(values: RowValues, id: string, source: Provenance): Lead {
  const fields: Partial<Record<LeadField, FieldValue>> = {};
  for (const [field, value] of Object.entries(values) as [LeadField, string][]) fields[field] = { value, source };
  return withKeys({ id, createdAt: source.at, updatedAt: source.at, fields, socials: [], people: [], keys: [] });
}

interface Records {
  parsed: ParsedCsv;
  records: string[][];
  quoteErrors: Map<number, RowError>;
}

function parse({ text, encoding }: Decoded, preview = 0): Records {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, preview });
  const records = result.data;
  // A final line break ends the last record; it is not an empty record.
  const last = records[records.length - 1];
  if (records.length > 1 && last?.length === 1 && last[0] === '') records.pop();
  const quoteErrors = new Map<number, RowError>();
  for (const e of result.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue;
    quoteErrors.set(e.row, e.code === 'MissingQuotes'
      ? { code: 'unterminated-quote', message: 'A quoted cell is never closed: the rest of the file was read into it.' }
      : { code: 'malformed-quote', message: 'A quote inside a cell is not doubled ("").' });
  }
  const headers = (records[0] ?? []).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  return { parsed: { encoding, delimiter, headers, proposedMapping: proposeMapping(headers) }, records, quoteErrors };
}

/** Walks the data records with their row and line numbers. */
function eachRecord(records: readonly string[][], visit: (cells: string[], row: number, line: number, index: number) => void): void {
  let line = 1 + 1 + countNewlines(records[0] ?? []);
  for (let i = 1; i < records.length; i++) {
    const cells = records[i] as string[];
    visit(cells, i + 1, line, i);
    line += 1 + countNewlines(cells);
  }
}

export function importCsv(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return importDecoded(decodeCsv(bytes), options);
}

/** The import of a file already decoded to text (the options page decodes, the background imports). */
export function importDecoded(decoded: Decoded, options: ImportOptions): ImportResult {
  const { parsed, records, quoteErrors } = parse(decoded);
  const mapping = options.mapping ?? parsed.proposedMapping;
  const source: Provenance = { kind: 'imported', at: options.at, batch: options.batch ?? `import-${options.at}` };
  const newId = options.newId ?? (() => crypto.randomUUID());
  const leads: Lead[] = [];
  const rejected: RejectedRow[] = [];
  eachRecord(records, (cells, row, line, index) => {
    const quote = quoteErrors.get(index);
    const { values, errors } = quote ? { values: {}, errors: [quote] } : mapRow(cells, parsed.headers, mapping, options.defaultCountry);
    if (errors.length) rejected.push({ row, line, errors, cells });
    else leads.push(toLead(values, newId(), source));
  });
  return { ...parsed, mapping, leads, rejected, dataRows: Math.max(0, records.length - 1) };
}

export interface PreviewRow {
  row: number;
  values: RowValues;
  errors: RowError[];
}

export interface Preview extends ParsedCsv {
  mapping: ColumnMapping;
  rows: PreviewRow[];
}

/** The first `rows` records mapped as they would be imported, for the mapping dialog. Parses only those. */
export function previewCsv(bytes: Uint8Array, options: { rows?: number; mapping?: ColumnMapping; defaultCountry?: string } = {}): Preview {
  const { parsed, records, quoteErrors } = parse(decodeCsv(bytes), (options.rows ?? 10) + 1);
  const mapping = options.mapping ?? parsed.proposedMapping;
  const rows: PreviewRow[] = [];
  eachRecord(records, (cells, row, _line, index) => {
    const quote = quoteErrors.get(index);
    rows.push(quote ? { row, values: {}, errors: [quote] } : { row, ...mapRow(cells, parsed.headers, mapping, options.defaultCountry) });
  });
  return { ...parsed, mapping, rows };
}
