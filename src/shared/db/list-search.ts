/**
 * The lead list's filter, sort and page over loaded rows (loaded-rows.ts) and the leads written
 * since they were read (`overlay`): one search for the worker's list (background/repos/lead-list.ts)
 * and the options page's own read of the stored rows (list-reader.ts).
 */
import { FirstInOrder } from '../../core/lead/first-in-order';
import type { LeadRow, Request } from '../messages';
import { rowAt, STAGE_INDEX, type ListEntry } from './list-rows';
import { companyLower, sourceLower, type Segment } from './loaded-rows';

export type LeadQuery = Omit<Extract<Request, { type: 'leads.query' }>, 'type'>;

/** Leads written (an entry) or deleted (null) since the segments were read. */
export type ListOverlay = ReadonlyMap<string, ListEntry | null>;

type Sort = NonNullable<LeadQuery['sort']>;

/** A row the query matched: its sort key and where its row is. */
interface Hit {
  key: number | string;
  id: string;
  segment: Segment | null;
  at: number;
  entry: ListEntry | null;
}

const NO_OVERLAY: ListOverlay = new Map();

export function searchRows(segments: readonly Segment[], q: LeadQuery, overlay: ListOverlay = NO_OVERLAY): { total: number; rows: LeadRow[] } {
  const text = q.text?.toLowerCase() || null;
  const source = q.source?.toLowerCase() || null;
  const stage = q.stage ? STAGE_INDEX[q.stage] : null;
  const sort: Sort = q.sort ?? 'updated';
  const sign = q.descending ?? sort !== 'company' ? -1 : 1;
  const order = (aKey: number | string, aId: string, b: Hit) => (aKey < b.key ? -sign : aKey > b.key ? sign : aId < b.id ? -1 : 1);
  const offset = q.offset ?? 0;
  // The page and what comes before it are kept in order; the other matches are only counted.
  const wanted = new FirstInOrder<Hit>(offset + (q.limit ?? 50), (a, b) => order(a.key, a.id, b));
  let total = 0;

  for (const s of segments) {
    const sources = source === null ? null : sourceLower(s);
    const found = text === null ? null : s.searchHits(text);
    const keys = sortKeys(s, sort);
    for (let i = 0; i < s.n; i++) {
      if (!s.live[i]) continue;
      const id = s.id[i]!;
      if (overlay.size && overlay.has(id)) continue;
      if (found !== null && !found[i]) continue;
      if (sources !== null && sources[i] !== source) continue;
      if (q.incomplete !== undefined && (s.completeness[i]! < 100) !== q.incomplete) continue;
      if (stage !== null && s.stage[i] !== stage) continue;
      if (q.minScore !== undefined && s.score[i]! < q.minScore) continue;
      total++;
      const last = wanted.last;
      if (last && order(keys[i]!, id, last) >= 0) continue;
      wanted.add({ key: keys[i]!, id, segment: s, at: i, entry: null });
    }
  }
  for (const [id, entry] of overlay) {
    if (!entry) continue;
    const r = entry.row;
    if (text !== null && !entry.search.includes(text)) continue;
    if (source !== null && entry.source !== source) continue;
    if (q.incomplete !== undefined && (r.completeness < 100) !== q.incomplete) continue;
    if (q.stage && r.stage !== q.stage) continue;
    if (q.minScore !== undefined && r.score < q.minScore) continue;
    total++;
    wanted.add({ key: entryKey(entry, sort), id, segment: null, at: 0, entry });
  }

  const page = wanted.sorted().slice(offset);
  return { total, rows: page.map((h) => (h.entry ? h.entry.row : rowAt(h.segment!, h.at))) };
}

function sortKeys(s: Segment, sort: Sort): ArrayLike<number | string> {
  switch (sort) {
    case 'updated': return s.updatedAt;
    case 'score': return s.score;
    case 'completeness': return s.completeness;
    case 'company': return companyLower(s);
  }
}

function entryKey(e: ListEntry, sort: Sort): number | string {
  switch (sort) {
    case 'updated': return e.row.updatedAt;
    case 'score': return e.row.score;
    case 'completeness': return e.row.completeness;
    case 'company': return e.company;
  }
}
