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
import { appError } from '../errors';
import { contentIssues, tooManyColumns, type FileIssue } from './file-issues';
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

/** Reading resumes after at most this many unterminated quotes; past that the rest stays one rejected record. */
const MAX_RESUMES = 100;

const UNTERMINATED: RowError = { code: 'unterminated-quote', message: 'A quoted cell is never closed; this line was read on its own.' };

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * Papa's records with the line each starts on. Papa reads everything after an unterminated quote into
 * one cell; instead, that line becomes a rejected record of its own and reading resumes on the next line.
 */
function parseRecords(text: string, delimiter: Delimiter, limit: number): Parsed {
  const out: Parsed = { records: [], lines: [], quoteErrors: new Map() };
  let starts: number[] | null = null;
  let firstLine = 1;
  for (let resumes = 0; ; resumes++) {
    const rest = starts ? text.slice(starts[firstLine - 1] ?? text.length) : text;
    const left = limit ? limit - out.records.length : 0;
    const result = Papa.parse<string[]>(rest, { delimiter, skipEmptyLines: false, ...(left ? { preview: left } : {}) });
    const records = result.data;
    if (records.length > 1 && records[records.length - 1]?.length === 1 && records[records.length - 1]?.[0] === '') records.pop();
    const lines: number[] = [];
    let line = firstLine;
    for (const r of records) {
      lines.push(line);
      line += 1 + newlines(r);
    }
    const quotes = result.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined && e.row < records.length);
    const missing = quotes.filter((e) => e.code === 'MissingQuotes').map((e) => e.row as number).sort((a, b) => a - b)[0];
    const resume = missing !== undefined && resumes < MAX_RESUMES && (!limit || out.records.length + missing + 1 < limit);
    const keep = resume ? (missing as number) : records.length;
    const base = out.records.length;
    for (const e of quotes) {
      if ((e.row as number) >= keep) continue;
      out.quoteErrors.set(base + (e.row as number), e.code === 'MissingQuotes' ? UNTERMINATED : { code: 'malformed-quote', message: 'A quote inside a cell is not doubled ("").' });
    }
    // A loop, not push(...): spreading 100,000 records overflows the service worker's stack.
    for (let i = 0; i < keep; i++) {
      out.records.push(records[i] as string[]);
      out.lines.push(lines[i] as number);
    }
    if (!resume) return out;
    starts ??= lineStarts(text);
    const badLine = lines[missing as number] as number;
    const own = text.slice(starts[badLine - 1], starts[badLine] ?? text.length).replace(/\r?\n$|\r$/, '');
    out.quoteErrors.set(out.records.length, UNTERMINATED);
    out.records.push(own.split(delimiter));
    out.lines.push(badLine);
    firstLine = badLine + 1;
    if (firstLine > starts.length || (starts[firstLine - 1] ?? text.length) >= text.length) return out;
  }
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
  if (!cards.records.length) issues.push(appError('import-no-rows'));
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
  const parsed = parseRecords(text, delimiter, limit ? limit + HEADER_SEARCH + 1 : 0);
  const at = findHeaderRow(parsed.records);
  const headers = (parsed.records[at] ?? []).map((h) => h.trim());
  const preamble = text.split(/\r\n|\n|\r/).slice(0, (parsed.lines[at] ?? 1) - 1);
  const records = parsed.records.slice(at + 1, limit ? at + 1 + limit : undefined);
  const quoteErrors = new Map<number, RowError>();
  for (const [i, err] of parsed.quoteErrors) if (i > at) quoteErrors.set(i - at - 1, err);
  if (preamble.some((l) => l.trim())) issues.push({ code: 'preamble-skipped', params: { lines: preamble.length, first: (preamble.find((l) => l.trim()) ?? '').slice(0, 120) } });
  const wide = tooManyColumns(headers.length);
  if (wide) issues.push(wide);
  else if (!records.length) issues.push(appError('import-no-rows'));
  return {
    format: 'csv', encoding: decoded.encoding, delimiter, headers, preamble, records, lines: parsed.lines.slice(at + 1, at + 1 + records.length),
    rows: records.map((_, i) => at + 2 + i), quoteErrors, issues,
  };
}
