/**
 * The quality report's inputs in the database (shared/db/report-rows.ts), kept in step with the
 * leads: a part of every transaction that writes leads (the leads repository joins it to all of them),
 * so the stored inputs always describe the committed leads. Its deltas are folded into the buckets
 * with the list's, when the writes pause.
 */
import { REPORT_INPUT_VERSION, reportInputOf, type ReportInput } from '../../core/report/report-input';
import { fromStored } from '../../core/lead/stored-lead';
import type { Lead } from '../../core/lead/types';
import { bucketOf } from '../../shared/db/list-rows';
import { fromColumns, toBuckets, toColumns, toDelta, type ReportDeltaRow } from '../../shared/db/report-rows';
import type { LeadfillDb } from '../../shared/db/schema';
import type { WriteParticipant } from './leads.repo';

/** The delta recording that `leads` were written: their inputs, column by column. */
export function reportDeltaOf(leads: readonly Lead[]): ReportDeltaRow {
  return toDelta(leads.map((lead) => reportInputOf(lead)), []);
}

export function createReportInputStore(db: LeadfillDb) {
  const tables = [db.reportInputs, db.reportInputDelta] as const;
  /** Whether the stored buckets were found of this derivation (REPORT_INPUT_VERSION). */
  let current = false;

  /** Inside a transaction over `tables`: the stored inputs become exactly `inputs`. */
  async function replaceAll(inputs: Iterable<ReportInput>): Promise<void> {
    await db.reportInputDelta.clear();
    await db.reportInputs.bulkPut(toBuckets(inputs));
  }

  const participant: WriteParticipant = {
    tables: () => tables,
    async stored(leads: readonly Lead[], ahead) {
      // Made before the transaction when the caller could (an import's chunk): the transaction holds only the write.
      if (leads.length) await db.reportInputDelta.add(ahead?.reportDelta ?? reportDeltaOf(leads));
    },
    async deleted(ids: readonly string[] | null) {
      if (ids === null) await replaceAll([]);
      else if (ids.length) await db.reportInputDelta.add(toDelta([], ids));
    },
  };

  return {
    /** Joined to every write of the leads repository. */
    participant,

    /** Derives every input from the leads again: when the stored ones are damaged or of an older derivation. */
    rebuild(): Promise<void> {
      return db.transaction('rw', [db.leads, ...tables], async () => {
        const inputs: ReportInput[] = [];
        await db.leads.each((stored) => {
          inputs.push(reportInputOf(fromStored(stored)));
        });
        await replaceAll(inputs);
        current = true;
      });
    },

    /**
     * Folds the deltas into the buckets they touch, in one transaction, so the report reads one
     * record per bucket. False when the stored inputs are damaged or stale (then `rebuild`): the
     * report reads the leads themselves until then.
     */
    compact(): Promise<boolean> {
      return db.transaction('rw', tables, async () => {
        // Once per worker (compaction follows its start): inputs of an older derivation, after an update, are derived again.
        if (!current) {
          if ((await db.reportInputs.get(0))?.v !== REPORT_INPUT_VERSION) return false;
          current = true;
        }
        const deltas = await db.reportInputDelta.orderBy('seq').toArray();
        if (!deltas.length) return true;
        const changes = deltas.map((d) => ({ upserts: fromColumns(d.upserts), removed: d.removed }));
        const touched = new Set<number>();
        for (const { upserts, removed } of changes) {
          if (!upserts || !Array.isArray(removed)) return false;
          for (const input of upserts) touched.add(bucketOf(input.id));
          for (const id of removed) touched.add(bucketOf(id));
        }
        const keys = [...touched];
        const inputs = new Map<string, ReportInput>();
        for (const bucket of await db.reportInputs.bulkGet(keys)) {
          const list = bucket && fromColumns(bucket);
          if (!list) return false;
          for (const input of list) inputs.set(input.id, input);
        }
        for (const { upserts, removed } of changes) {
          for (const id of removed) inputs.delete(id);
          for (const input of upserts!) inputs.set(input.id, input);
        }
        const grouped = new Map<number, ReportInput[]>(keys.map((k) => [k, []]));
        for (const input of inputs.values()) grouped.get(bucketOf(input.id))?.push(input);
        await db.reportInputs.bulkPut([...grouped].map(([bucket, list]) => ({ bucket, ...toColumns(list) })));
        await db.reportInputDelta.bulkDelete(deltas.map((d) => d.seq!));
        return true;
      });
    },
  };
}

export type ReportInputStore = ReturnType<typeof createReportInputStore>;
