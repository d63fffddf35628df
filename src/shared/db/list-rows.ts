/**
 * The lead list's persistent rows (background/repos/list-store.ts): the small row of every lead
 * (what the list shows, sorts and filters by), so a freshly woken worker loads them instead of
 * reading every lead. Kept as `listIndex` buckets plus `listDelta` rows: every transaction that
 * writes leads appends one delta with the rows it changed, so the two together always describe the
 * committed leads; deltas are folded into the buckets later, when the worker is idle.
 * Rows are stored column by column, each text column as one string: IndexedDB reads a few long
 * strings several times faster than as many short ones or objects (100,000 rows in about 0.4 s).
 */
import { contactName } from '../../core/lead/summary';
import { STAGES, type Lead, type Stage } from '../../core/lead/types';
import type { LeadRow } from '../messages';
import { typedColumn } from './typed-column';

/**
 * Buckets of the list's rows. Few, because reading a record costs about as much as reading a
 * megabyte of it; folding a delta of one lead rewrites 1/16 of the rows.
 */
export const LIST_BUCKETS = 16;

/** The bucket a lead's list row is kept in (a stable hash of its id). */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LIST_BUCKETS;
}

/** List rows, one position per lead; each text column is its values joined by SEPARATOR. */
export interface ListColumns {
  count: number;
  id: string;
  companyName: string;
  city: string;
  contact: string;
  source: string;
  /** The lead's lower-case search text (its summary's). */
  search: string;
  completeness: Float64Array;
  score: Float64Array;
  updatedAt: Float64Array;
  ready: Uint8Array;
  /** Index into STAGES. */
  stage: Uint8Array;
}

/** A stage's number in the stored `stage` column. */
export const STAGE_INDEX = Object.fromEntries(STAGES.map((s, i) => [s, i])) as Record<Stage, number>;

const SEPARATOR = '\u0000';
const TEXT_COLUMNS = ['id', 'companyName', 'city', 'contact', 'source', 'search'] as const;
/** The list's text never holds the separator (ids are the extension's own and never do). */
const clean = (text: string) => (text.includes(SEPARATOR) ? text.replaceAll(SEPARATOR, '') : text);

export interface ListBucketRow extends ListColumns {
  bucket: number;
}

/** What one committed transaction changed in the list: rows written, leads deleted. */
export interface ListDeltaRow {
  seq?: number;
  upserts: ListColumns;
  removed: string[];
  /** Every upserted lead was new (an import): none of them is in an earlier bucket or delta. */
  created?: boolean;
  /**
   * A marker without rows: the buckets were rewritten in this transaction, 'replaced' (new rows) or
   * 'folded' (the deltas up to `foldedUpTo` moved into them, the rows unchanged). Every change to the
   * stored rows thus ends with a delta of a higher seq, so a reader knows by the newest seq alone
   * whether its copy is still what is stored (shared/db/list-reader.ts).
   */
  rewritten?: 'replaced' | 'folded';
  foldedUpTo?: number;
}

export interface ListEntry {
  row: LeadRow;
  /** Lower-case text the list's search looks in. */
  search: string;
  /** Lower-case company name, for sorting. */
  company: string;
  /** Lower-case source, for the source filter. */
  source: string;
}

export function toRow(lead: Lead): LeadRow {
  const s = lead.summary;
  return {
    id: lead.id,
    companyName: lead.fields.companyName?.value ?? '',
    city: lead.fields.city?.value ?? '',
    contact: contactName(lead),
    completeness: s?.completeness ?? 0,
    score: s?.score ?? 0,
    ready: s?.ready ?? false,
    stage: s?.stage ?? 'needs-research',
    source: lead.fields.source?.value ?? '',
    updatedAt: lead.updatedAt,
  };
}

function entryOfRow(row: LeadRow, search: string): ListEntry {
  return { row, search, company: row.companyName.toLowerCase(), source: row.source.toLowerCase() };
}

export function entryOf(lead: Lead): ListEntry {
  return entryOfRow(toRow(lead), lead.summary?.search ?? '');
}

export function toColumns(entries: readonly ListEntry[]): ListColumns {
  const text = (value: (e: ListEntry) => string) => entries.map((e) => clean(value(e))).join(SEPARATOR);
  return {
    count: entries.length,
    id: text((e) => e.row.id),
    companyName: text((e) => e.row.companyName),
    city: text((e) => e.row.city),
    contact: text((e) => e.row.contact),
    source: text((e) => e.row.source),
    search: text((e) => e.search),
    completeness: typedColumn(Float64Array, entries, (e) => e.row.completeness),
    score: typedColumn(Float64Array, entries, (e) => e.row.score),
    updatedAt: typedColumn(Float64Array, entries, (e) => e.row.updatedAt),
    ready: typedColumn(Uint8Array, entries, (e) => (e.row.ready ? 1 : 0)),
    stage: typedColumn(Uint8Array, entries, (e) => STAGE_INDEX[e.row.stage] ?? 0),
  };
}

/** Text columns a segment reads in place (`value`) and splits only when a query needs all of one. */
export type SegmentText = 'companyName' | 'city' | 'contact' | 'source' | 'search';

/**
 * Stored columns as a query reads them, without an object per lead: the ids split, the other text
 * columns kept as stored and read in place. A freshly woken worker's first search then finds its
 * rows in the stored search column (searchHits) and reads the values of the page's rows only,
 * instead of first making a string of every value.
 */
export interface ListSegment {
  n: number;
  id: string[];
  completeness: Float64Array;
  score: Float64Array;
  updatedAt: Float64Array;
  ready: Uint8Array;
  stage: Uint8Array;
  /** Row `i`'s value in a text column. */
  value(column: SegmentText, i: number): string;
  /** Every value of a text column (split once, at the first call). */
  text(column: SegmentText): string[];
  /** 1 for each row whose search text contains `needle`. */
  searchHits(needle: string): Uint8Array;
}

/** Where each value of a joined column starts (one past the end of the last, as if a separator followed); null when the count is wrong. */
function valueStarts(joined: string, n: number): Int32Array | null {
  const starts = new Int32Array(n + 1);
  let at = 0;
  for (let i = 1; i < n; i++) {
    const sep = joined.indexOf(SEPARATOR, at);
    if (sep < 0) return null;
    starts[i] = at = sep + 1;
  }
  if (n > 0 && joined.indexOf(SEPARATOR, at) >= 0) return null;
  starts[n] = joined.length + 1;
  return starts;
}

const SEGMENT_TEXT: readonly SegmentText[] = ['companyName', 'city', 'contact', 'source', 'search'];

/** The stored columns as a segment; null when they are damaged. */
export function toSegment(c: ListColumns): ListSegment | null {
  const n = c?.count;
  if (!Number.isInteger(n) || n < 0) return null;
  if ([c.completeness, c.score, c.updatedAt, c.ready, c.stage].some((col) => col?.length !== n)) return null;
  if (TEXT_COLUMNS.some((k) => typeof c[k] !== 'string')) return null;
  const id = n ? c.id.split(SEPARATOR) : [];
  if (id.length !== n) return null;
  const starts = {} as Record<SegmentText, Int32Array>;
  for (const column of SEGMENT_TEXT) {
    const found = valueStarts(c[column], n);
    if (!found) return null;
    starts[column] = found;
  }
  const split: Partial<Record<SegmentText, string[]>> = {};
  const value = (column: SegmentText, i: number) => c[column].slice(starts[column][i], starts[column][i + 1]! - 1);
  return {
    n, id, completeness: c.completeness, score: c.score, updatedAt: c.updatedAt, ready: c.ready, stage: c.stage,
    value,
    text: (column) => (split[column] ??= n ? c[column].split(SEPARATOR) : []),
    searchHits(needle) {
      const hits = new Uint8Array(n);
      // Values never hold the separator, so a needle without it matches within one value.
      if (!n || needle.includes(SEPARATOR)) return hits;
      const joined = c.search;
      const at = starts.search;
      let row = 0;
      for (let p = joined.indexOf(needle); p >= 0; p = joined.indexOf(needle, at[row]!)) {
        while (at[row + 1]! <= p) row++;
        hits[row] = 1;
        if (++row >= n) break;
      }
      return hits;
    },
  };
}

/** The row at position `i` of a segment. */
export function rowAt(s: ListSegment, i: number): LeadRow {
  return {
    id: s.id[i]!, companyName: s.value('companyName', i), city: s.value('city', i), contact: s.value('contact', i), completeness: s.completeness[i]!, score: s.score[i]!,
    ready: s.ready[i] === 1, stage: STAGES[s.stage[i]!] ?? 'needs-research', source: s.value('source', i), updatedAt: s.updatedAt[i]!,
  };
}

/** The entries of stored columns; null when the columns are damaged. */
export function fromColumns(c: ListColumns): ListEntry[] | null {
  const s = toSegment(c);
  return s && Array.from({ length: s.n }, (_, i) => entryOfRow(rowAt(s, i), s.value('search', i)));
}

/** Every bucket, each with its entries (empty buckets too: a complete set is how a good copy is told). */
export function toBuckets(entries: Iterable<ListEntry>): ListBucketRow[] {
  const grouped: ListEntry[][] = Array.from({ length: LIST_BUCKETS }, () => []);
  for (const entry of entries) grouped[bucketOf(entry.row.id)]!.push(entry);
  return grouped.map((list, bucket) => ({ bucket, ...toColumns(list) }));
}

/** The delta that marks a rewrite of the buckets (see `ListDeltaRow.rewritten`). */
export function rewriteMarker(rewritten: 'replaced' | 'folded', foldedUpTo?: number): ListDeltaRow {
  const marker: ListDeltaRow = { upserts: toColumns([]), removed: [], rewritten };
  if (foldedUpTo !== undefined) marker.foldedUpTo = foldedUpTo;
  return marker;
}

export function toDelta(leads: readonly Lead[], removed: readonly string[], created = false): ListDeltaRow {
  const delta: ListDeltaRow = { upserts: toColumns(leads.map(entryOf)), removed: [...removed] };
  if (created && !removed.length) delta.created = true;
  return delta;
}
