/**
 * The lead list's filter-and-sort view in the worker's memory: a search over 100,000 leads would
 * otherwise read every stored lead (seconds); here it scans small rows (milliseconds). A freshly
 * woken worker loads the rows' stored copy (list-store.ts) at its first list query; the writes
 * announced after that are kept on top of it (`overlay`).
 */
import { entryOf, type ListEntry } from '../../shared/db/list-rows';
import type { LeadRow } from '../../shared/messages';
import type { LeadsChange } from './lead-events';
import { loadedSegments, type Segment, type StoredRows } from '../../shared/db/loaded-rows';
import { searchRows, type LeadQuery } from '../../shared/db/list-search';

export type { LeadQuery };

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
    return searchRows(segments, q, overlay);
  }
}

function applyTo(overlay: Map<string, ListEntry | null>, change: LeadsChange): void {
  if (change.kind === 'created' || change.kind === 'updated') for (const lead of change.leads) overlay.set(lead.id, entryOf(lead));
  else if (change.kind === 'deleted') for (const id of change.ids) overlay.set(id, null);
}
