/**
 * Reading the lead list's stored rows (list-rows.ts) as they are committed: the worker's list loads
 * them after a wake (background/repos/list-store.ts), and the options page reads them itself
 * (list-reader.ts), so its first search does not wait for a stopped worker to start.
 * Read-only: only the leads repository writes them.
 */
import type { StoredRows } from './loaded-rows';
import { LIST_BUCKETS, toSegment, type ListBucketRow, type ListDeltaRow } from './list-rows';
import type { LeadfillDb } from './schema';

/** The stored rows, and the seq of the newest delta read with them (0 when there was none). */
export interface StoredRowsAt {
  rows: StoredRows;
  seq: number;
}

/** Appends the deltas' segments to `stored`; false when one is damaged. */
export function appendDeltas(stored: StoredRows, deltas: readonly ListDeltaRow[]): boolean {
  for (const delta of deltas) {
    const upserts = toSegment(delta.upserts);
    if (!upserts || !Array.isArray(delta.removed)) return false;
    stored.deltas.push({ upserts, removed: delta.removed, created: delta.created === true });
  }
  return true;
}

/** The stored rows as segments; null when a bucket is missing or anything is damaged. */
export function decodeStored(buckets: readonly ListBucketRow[], deltas: readonly ListDeltaRow[]): StoredRows | null {
  if (new Set(buckets.map((b) => b.bucket)).size !== LIST_BUCKETS) return null;
  const stored: StoredRows = { buckets: [], deltas: [] };
  for (const bucket of buckets) {
    const segment = toSegment(bucket);
    if (!segment) return null;
    stored.buckets.push(segment);
  }
  return appendDeltas(stored, deltas) ? stored : null;
}

/** Where a read of the stored rows spent its time (milliseconds): the database's read, and making segments of what it gave. */
export interface ReadPhases {
  readMs: number;
  decodeMs: number;
}

/** Every stored row, in one read-only transaction; null when the rows are incomplete or damaged. `phases` gets the read's timings. */
export function readStoredRows(db: LeadfillDb, phases?: ReadPhases): Promise<StoredRowsAt | null> {
  return db.transaction('r', [db.listIndex, db.listDelta], async () => {
    const started = performance.now();
    // Both asked for at once: the database reads the deltas while the buckets come over.
    const [buckets, deltas] = await Promise.all([db.listIndex.toArray(), db.listDelta.orderBy('seq').toArray()]);
    const read = performance.now();
    const rows = decodeStored(buckets, deltas);
    if (phases) {
      phases.readMs += read - started;
      phases.decodeMs += performance.now() - read;
    }
    return rows && { rows, seq: deltas.at(-1)?.seq ?? 0 };
  });
}

/** The deltas written after `seq`, oldest first (none: the rows are as they were at `seq`). */
export function readDeltasAfter(db: LeadfillDb, seq: number): Promise<ListDeltaRow[]> {
  return db.listDelta.where('seq').above(seq).toArray();
}
