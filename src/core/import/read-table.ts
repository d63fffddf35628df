/**
 * A decoded file as a table: its format (CSV or vCard), separator, the header row (found behind a
 * preamble), the data records with the line each starts on, and the records a broken quote spoiled.
 * An unterminated quote spoils only its own line: reading goes on with the next line, so the summary
 * counts the rows the file has.
 */
import Papa from 'papaparse';
import type { CsvEncoding, Decoded } from './decode';
import { planColumns } from './column-plan';
import { detectDelimiter, type Delimiter } from './delimiter';
import { contentIssues, MAX_COLUMNS, type FileIssue } from './file-issues';
import type { RowError } from './map-row';
import { isVcard, readVcards, vcardShape } from './vcard-table';
import type { VendorShape } from './vocabulary/vendor-shape';

/** Records searched for the header row. */
const HEADER_SEARCH = 30;

export interface Table {
  format: 'csv' | 'vcard';
  encoding: CsvEncoding;
  delimiter: Delimiter;
  headers: string[];
  /** Lines before the header row, as the file has them (LinkedIn's notes). */
  preamble: string[];
  records: string[][];
  /** Line in the file where each record starts. */
  lines: number[];
  /** Spreadsheet row number of each record: the header is row 1. */
  rows: number[];
  quoteErrors: Map<number, RowError>;
  issues: FileIssue[];
  /** The shape a vCard file has; CSV shapes are recognised from the headers. */
  shape?: VendorShape;
}

interface Parsed {
  records: string[][];
  lines: number[];
  quoteErrors: Map<number, RowError>;
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** Papa's records with their first lines; after an unterminated quote, reading resumes on the next line. */
function parseRecords(text: string, delimiter: Delimiter, firstLine: number, limit: number): Parsed {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, ...(limit ? { preview: limit } : {}) });
  const records = result.data;
  if (records.length > 1 && records[records.length - 1]?.length === 1 && records[records.length - 1]?.[0] === '') records.pop();
  const lines: number[] = [];
  let line = firstLine;
  for (const r of records) {
    lines.push(line);
    line += 1 + newlines(r);
  }
  const quoteErrors = new Map<number, RowError>();
  for (const e of result.errors) {
    if (e.type !== 'Quotes' || e.row === undefined || e.row >= records.length) continue;
    if (e.code === 'MissingQuotes') {
      const at = e.row;
      const start = lines[at] as number;
      const all = text.split(/\r\n|\n|\r/);
      const own = all[start - firstLine] ?? '';
      const rest = all.slice(start - firstLine + 1).join('\n');
      const tail = rest && (!limit || at + 1 < limit) ? parseRecords(rest, delimiter, start + 1, limit ? limit - at - 1 : 0) : null;
      const out: Parsed = { records: [...records.slice(0, at), own.split(delimiter)], lines: [...lines.slice(0, at), start], quoteErrors };
      quoteErrors.set(at, { code: 'unterminated-quote', message: 'A quoted cell is never closed; this line was read on its own.' });
      if (tail) {
        tail.records.forEach((r, i) => {
          out.records.push(r);
          out.lines.push(tail.lines[i] as number);
        });
        for (const [i, err] of tail.quoteErrors) quoteErrors.set(at + 1 + i, err);
      }
      return out;
    }
    quoteErrors.set(e.row, { code: 'malformed-quote', message: 'A quote inside a cell is not doubled ("").' });
  }
  return { records, lines, quoteErrors };
}

/** The first record that reads as a header: the most cells the vocabularies recognise. */
function findHeaderRow(records: readonly string[][]): number {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < records.length && i < HEADER_SEARCH; i++) {
    const cells = (records[i] as string[]).map((c) => c.trim()).filter(Boolean);
    if (cells.length < 2) continue;
    const score = planColumns(cells).mapping.filter(Boolean).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  return Math.max(0, records.findIndex((r) => r.some((c) => c.trim() !== '')));
}

function fromVcard(decoded: Decoded): Table {
  const cards = readVcards(decoded.text);
  const issues: FileIssue[] = cards.broken.length ? [{ code: 'broken-cards', params: { count: cards.broken.length, first: cards.broken[0]?.card ?? 0 } }] : [];
  if (!cards.records.length) issues.push({ code: 'no-rows', params: {} });
  return {
    format: 'vcard', encoding: decoded.encoding, delimiter: ',', headers: cards.headers, preamble: [], records: cards.records,
    lines: cards.records.map((_, i) => i + 1), rows: cards.records.map((_, i) => i + 1), quoteErrors: new Map(), issues, shape: vcardShape(cards),
  };
}

/**
 * Reads a decoded file. With `limit`, only the header search and the first `limit` data records are
 * parsed (the preview); without, all of it.
 */
export function readTable(decoded: Decoded, bytes: Uint8Array | null = null, limit = 0): Table {
  const issues = contentIssues(bytes, decoded.text);
  const empty: Table = {
    format: 'csv', encoding: decoded.encoding, delimiter: ',', headers: [], preamble: [], records: [], lines: [], rows: [], quoteErrors: new Map(), issues,
  };
  if (issues.some((i) => i.code !== 'damaged-encoding')) return empty;
  if (isVcard(decoded.text)) {
    const table = fromVcard(decoded);
    return { ...table, issues: [...issues, ...table.issues] };
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text);
  const parsed = parseRecords(text, delimiter, 1, limit ? limit + HEADER_SEARCH + 1 : 0);
  const at = findHeaderRow(parsed.records);
  const headers = (parsed.records[at] ?? []).map((h) => h.trim());
  const preamble = text.split(/\r\n|\n|\r/).slice(0, (parsed.lines[at] ?? 1) - 1);
  const records = parsed.records.slice(at + 1, limit ? at + 1 + limit : undefined);
  const quoteErrors = new Map<number, RowError>();
  for (const [i, err] of parsed.quoteErrors) if (i > at) quoteErrors.set(i - at - 1, err);
  if (preamble.some((l) => l.trim())) issues.push({ code: 'preamble-skipped', params: { lines: preamble.length, first: (preamble.find((l) => l.trim()) ?? '').slice(0, 120) } });
  if (headers.length > MAX_COLUMNS) issues.push({ code: 'too-many-columns', params: { count: headers.length, max: MAX_COLUMNS } });
  else if (!records.length) issues.push({ code: 'no-rows', params: {} });
  return {
    format: 'csv', encoding: decoded.encoding, delimiter, headers, preamble, records, lines: parsed.lines.slice(at + 1, at + 1 + records.length),
    rows: records.map((_, i) => at + 2 + i), quoteErrors, issues,
  };
}
