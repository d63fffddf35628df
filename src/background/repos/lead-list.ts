/**
 * The lead list's filter-and-sort view in the worker's memory: a search over 100,000 leads would
 * otherwise read every stored lead (seconds); here it scans small rows (milliseconds). A freshly
 * woken worker loads the rows' stored copy (list-store.ts) at its first list query; the writes
 * announced after that are kept on top of it (`overlay`).
 */
import { entryOf, rowAt, STAGE_INDEX, type ListEntry } from '../../shared/db/list-rows';
import type { LeadRow, Request } from '../../shared/messages';
import type { LeadsChange } from './lead-events';
import { FirstInOrder } from '../../core/lead/first-in-order';
import { companyLower, loadedSegments, sourceLower, type Segment, type StoredRows } from './loaded-rows';

export type LeadQuery = Omit<Extract<Request, { type: 'leads.query' }>, 'type'>;

/** Where the rows come from (the leads repository gives the database's list store). */
export interface ListSource {
  /** The stored rows; null when they cannot be read. */
  load(): Promise<StoredRows | null>;
  /** Reads every lead and stores the rows anew. */
  rebuild(): Promise<StoredRows>;
  /** Whether the stored rows are all there (without reading them). */
  complete(): Promise<boolean>;
}

interface Loaded {
  segments: Segment[];
  /** Leads written (an entry) or deleted (null) since the segments were read. */
  overlay: Map<string, ListEntry | null>;
}

/** A row the query matched: its sort key and where its row is. */
interface Hit {
  key: number | string;
  id: string;
  segment: Segment | null;
  at: number;
  entry: ListEntry | null;
}

type Sort = NonNullable<LeadQuery['sort']>;

export class LeadList {
  private loaded: Loaded | null = null;
  /** Changes announced while the rows load, replayed on top (replaying one the load already saw changes nothing). */
  private pending: LeadsChange[] | null = null;
  private loading: Promise<Loaded> | null = null;

  constructor(private readonly source: ListSource) {}

  private async load(): Promise<Loaded> {
    for (;;) {
      this.pending = [];
      const stored = (await this.source.load()) ?? (await this.source.rebuild());
      const changes = this.pending;
      this.pending = null;
      // Everything changed meanwhile (all leads deleted, every summary derived anew): read again.
      if (changes.some((c) => c.kind === 'bulk')) continue;
      const loaded: Loaded = { segments: loadedSegments(stored), overlay: new Map() };
      for (const change of changes) applyTo(loaded.overlay, change);
      return loaded;
    }
  }

  private async ready(): Promise<Loaded> {
    if (this.loaded) return this.loaded;
    this.loading ??= this.load()
      .then((loaded) => (this.loaded = loaded))
      .finally(() => { this.loading = null; });
    return this.loading;
  }

  /** At worker start: when the stored rows are incomplete, they are rebuilt from the leads now, not at the first query. */
  async warm(): Promise<void> {
    if (!this.loaded && !(await this.source.complete())) await this.ready();
  }

  /** Keeps in step with the repository's announced changes. */
  apply(change: LeadsChange): void {
    if (this.pending) this.pending.push(change);
    if (!this.loaded) return;
    if (change.kind === 'bulk') this.loaded = null;
    else applyTo(this.loaded.overlay, change);
  }

  async query(q: LeadQuery): Promise<{ total: number; rows: LeadRow[] }> {
    const { segments, overlay } = await this.ready();
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

function applyTo(overlay: Map<string, ListEntry | null>, change: LeadsChange): void {
  if (change.kind === 'created' || change.kind === 'updated') for (const lead of change.leads) overlay.set(lead.id, entryOf(lead));
  else if (change.kind === 'deleted') for (const id of change.ids) overlay.set(id, null);
}
