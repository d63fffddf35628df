/**
 * The lead list's rows in the database (shared/db/list-rows.ts): buckets plus one delta per
 * transaction that wrote leads. Only the leads repository calls `record` and `replaceAll`, inside
 * its own transactions, so the stored rows always describe the committed leads.
 */
import type { Lead } from '../../core/lead/types';
import { fromStored } from '../../core/lead/stored-lead';
import { bucketOf, entryOf, fromColumns, LIST_BUCKETS, rewriteMarker, toBuckets, toColumns, toDelta, toSegment, type ListBucketRow, type ListDeltaRow, type ListEntry } from '../../shared/db/list-rows';
import type { LeadfillDb } from '../../shared/db/schema';
import type { StoredRows } from '../../shared/db/loaded-rows';
import { readStoredRows } from '../../shared/db/list-read';

export function createListStore(db: LeadfillDb) {
  const tables = [db.listIndex, db.listDelta] as const;

  /** Inside a transaction over the leads and `tables`: every list row from the leads as stored now. */
  async function replaceFromLeads(): Promise<StoredRows> {
    const entries: ListEntry[] = [];
    await db.leads.each((stored) => {
      entries.push(entryOf(fromStored(stored)));
    });
    const buckets = await replaceAll(entries);
    return { buckets: buckets.map((b) => toSegment(b)!), deltas: [] };
  }

  /** Inside a transaction over `tables`: the stored rows become exactly `entries`. */
  async function replaceAll(entries: Iterable<ListEntry>): Promise<ListBucketRow[]> {
    const buckets = toBuckets(entries);
    await db.listDelta.clear();
    await db.listIndex.bulkPut(buckets);
    await db.listDelta.add(rewriteMarker('replaced'));
    return buckets;
  }

  return {
    tables,

    /** Inside a transaction that writes leads: what it changed, appended as one delta (`created`: only new leads). */
    async record(leads: readonly Lead[], removed: readonly string[] = [], created = false): Promise<void> {
      if (leads.length || removed.length) await db.listDelta.add(toDelta(leads, removed, created));
    },

    /** As `record`, with the delta made before the transaction (an import's chunk). */
    async recordDelta(delta: ListDeltaRow): Promise<void> {
      if (delta.upserts.count || delta.removed.length) await db.listDelta.add(delta);
    },

    async replaceAll(entries: Iterable<ListEntry>): Promise<void> {
      await replaceAll(entries);
    },

    /** Every row as stored (one read-only transaction); null when the stored rows are incomplete or damaged. */
    async load(): Promise<StoredRows | null> {
      return (await readStoredRows(db))?.rows ?? null;
    },

    /** Whether the buckets are all there (cheap: no rows read). */
    async complete(): Promise<boolean> {
      return (await db.listIndex.count()) === LIST_BUCKETS;
    },

    /** Reads every lead and stores the rows anew: when the stored rows could not be read. */
    rebuild(): Promise<StoredRows> {
      return db.transaction('rw', [db.leads, ...tables], replaceFromLeads);
    },

    /**
     * Folds the deltas into the buckets they touch, in one transaction, so loading stays one read
     * per bucket; a marker of the fold takes their place. Nothing but the database takes part: no copy in memory has to be in step.
     * False when the stored rows are damaged (then `rebuild`).
     */
    compact(): Promise<boolean> {
      return db.transaction('rw', tables, async () => {
        const deltas = await db.listDelta.orderBy('seq').toArray();
        // Markers alone change no row: nothing to fold.
        if (deltas.every((d) => d.rewritten)) return true;
        const changes = deltas.map((d) => ({ upserts: fromColumns(d.upserts), removed: d.removed }));
        const touched = new Set<number>();
        for (const { upserts, removed } of changes) {
          if (!upserts || !Array.isArray(removed)) return false;
          for (const e of upserts) touched.add(bucketOf(e.row.id));
          for (const id of removed) touched.add(bucketOf(id));
        }
        const keys = [...touched];
        const buckets = await db.listIndex.bulkGet(keys);
        const rows = new Map<string, ListEntry>();
        for (const bucket of buckets) {
          const list = bucket && fromColumns(bucket);
          if (!list) return false;
          for (const e of list) rows.set(e.row.id, e);
        }
        for (const { upserts, removed } of changes) {
          for (const id of removed) rows.delete(id);
          for (const e of upserts!) rows.set(e.row.id, e);
        }
        const grouped = new Map<number, ListEntry[]>(keys.map((k) => [k, []]));
        for (const e of rows.values()) grouped.get(bucketOf(e.row.id))?.push(e);
        await db.listIndex.bulkPut([...grouped].map(([bucket, list]) => ({ bucket, ...toColumns(list) })));
        await db.listDelta.bulkDelete(deltas.map((d) => d.seq!));
        // The readers that saw every folded delta keep their copy; the others read the rows anew.
        await db.listDelta.add(rewriteMarker('folded', deltas.at(-1)!.seq!));
        return true;
      });
    },
  };
}

export type ListStore = ReturnType<typeof createListStore>;
