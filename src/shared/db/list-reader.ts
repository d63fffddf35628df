/**
 * The lead list read by an extension page from the stored rows itself (list-read.ts), without the
 * worker: a stopped worker takes longer to start (its whole script evaluated) than the rows take to
 * read, and the rep's first search in the options page waited for both. The worker keeps every
 * write; the page only reads. Before each answer the page asks for the deltas written after its
 * copy (one small read): none, and its copy is what is stored; new rows, and they join the copy;
 * buckets rewritten past what the copy holds, and the rows are read anew.
 */
import type { LeadRow } from '../messages';
import { appendDeltas, readDeltasAfter, readStoredRows, type ReadPhases, type StoredRowsAt } from './list-read';
import type { ListDeltaRow } from './list-rows';
import { searchRows, type LeadQuery } from './list-search';
import { loadedSegments, type Segment } from './loaded-rows';
import type { LeadfillDb } from './schema';

/** Where a query's time went in the page (milliseconds). */
export interface ListReadPhases extends ReadPhases {
  searchMs: number;
}

interface Copy extends StoredRowsAt {
  segments: Segment[];
}

/** The copy with `deltas` (written after it) added; null when the buckets were rewritten with rows the copy lacks, or a delta is damaged. */
function extended(copy: Copy, deltas: readonly ListDeltaRow[]): Copy | null {
  const rows = { buckets: copy.rows.buckets, deltas: [...copy.rows.deltas] };
  const added: ListDeltaRow[] = [];
  for (const delta of deltas) {
    if (delta.rewritten === 'replaced') return null;
    // Folded: the buckets now hold what the copy holds as deltas, unless a folded delta is newer than the copy.
    if (delta.rewritten === 'folded') {
      if ((delta.foldedUpTo ?? Infinity) > copy.seq) return null;
      continue;
    }
    added.push(delta);
  }
  if (!appendDeltas(rows, added)) return null;
  return { rows, seq: deltas.at(-1)!.seq!, segments: loadedSegments(rows) };
}

export class StoredListReader {
  private copy: Copy | null = null;
  /** One read at a time: a query waits for the one before it, so the copy moves forward in order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: LeadfillDb) {}

  /**
   * The query's answer from the rows as committed now; null when they cannot be read here (incomplete,
   * damaged): the worker answers then. `phases` gets where the time went (database, segments, search).
   */
  query(q: LeadQuery, phases?: ListReadPhases): Promise<{ total: number; rows: LeadRow[] } | null> {
    const answer = this.queue.then(async () => {
      const timed = phases ?? { readMs: 0, decodeMs: 0, searchMs: 0 };
      const segments = await this.current(timed);
      const started = performance.now();
      const found = segments && searchRows(segments, q);
      timed.searchMs += performance.now() - started;
      return found;
    });
    this.queue = answer.catch(() => {});
    return answer;
  }

  private async current(phases: ReadPhases): Promise<Segment[] | null> {
    if (this.copy) {
      const started = performance.now();
      const after = await readDeltasAfter(this.db, this.copy.seq);
      phases.readMs += performance.now() - started;
      if (!after.length) return this.copy.segments;
      this.copy = extended(this.copy, after);
      if (this.copy) return this.copy.segments;
    }
    const read = await readStoredRows(this.db, phases);
    const started = performance.now();
    this.copy = read && { ...read, segments: loadedSegments(read.rows) };
    phases.decodeMs += performance.now() - started;
    return this.copy?.segments ?? null;
  }
}
