/**
 * All reads and writes of leads go through here: the background is the only writer. Leads are
 * stored in their compact shape (core/lead/stored-lead.ts) and read back as `Lead`. Every write
 * announces itself once committed (`subscribe`); `unitOfWork` lets a caller write leads and rows of
 * other tables (the CRM outbox, a job's cursor) in one transaction.
 */
import Dexie, { type Table } from 'dexie';
import { appError, Failure } from '../../core/errors';
import { importBatch, importSnapshot } from '../../core/lead/import-snapshot';
import { withKeys } from '../../core/lead/lead';
import { withStageChange } from '../../core/lead/stage-history';
import { queryIndexKeys } from '../../core/lead/lookup-keys';
import { fromStored, toStored, type StoredLead } from '../../core/lead/stored-lead';
import { summarise, type Rules } from '../../core/lead/summary';
import { reportInputOf } from '../../core/report/report-input';
import type { Lead } from '../../core/lead/types';
import type { LeadfillDb } from '../../shared/db/schema';
import { toDelta, type ListDeltaRow } from '../../shared/db/list-rows';
import type { ReportDeltaRow } from '../../shared/db/report-rows';
import type { LeadRow } from '../../shared/messages';
import { afterCommit, createLeadEvents, type LeadsChange } from './lead-events';
import { LeadList, type LeadQuery } from './lead-list';
import { createListStore } from './list-store';
import { createReportInputStore, reportDeltaOf } from './report-inputs.store';

/** Folding the list's deltas waits for a pause in the writes (an import's chunks come in a row). */
const COMPACT_DELAY_MS = 10_000;

/** An imported lead (keys already derived) with its summary, and how complete it arrived, for the quality report. */
export function prepareImported(lead: Lead, rules: Rules): Lead {
  const summary = summarise(lead, rules);
  const atImport = importSnapshot(lead, rules.profile, lead.createdAt, importBatch(lead) ?? undefined);
  const prepared = withStageChange({ ...lead, summary, atImport }, summary.stage, lead.createdAt);
  // Derived here, where the import maps a chunk while the one before commits, not inside the write.
  reportInputOf(prepared);
  return prepared;
}

/**
 * A chunk of imported leads made ready for writing: the records as stored, the list's delta and the
 * report inputs' delta. Made outside the write's transaction (the import job makes the next chunk's
 * while one commits), so the transaction holds only the writes.
 */
export interface ImportedChunk extends MadeAhead {
  leads: readonly Lead[];
  records: StoredLead[];
  delta: ListDeltaRow;
}

export function readyToStore(leads: readonly Lead[]): ImportedChunk {
  return { leads, records: leads.map(toStored), delta: toDelta(leads, [], true), reportDelta: reportDeltaOf(leads) };
}

/** Rows a participant would make inside a write's transaction, made before it for exactly the leads it stores. */
export interface MadeAhead {
  reportDelta?: ReportDeltaRow;
}

/**
 * Another table's writes that belong to every lead write (the CRM outbox enqueues a lead the push rule
 * makes due): run inside the same transaction, so the lead and its outbox row are stored together or not at all.
 */
export interface WriteParticipant {
  tables(): readonly Table[];
  /** After leads were stored (created or changed), inside the write's transaction: database work only (with what was made `ahead` for these leads). */
  stored(leads: readonly Lead[], ahead?: MadeAhead): Promise<void>;
  /** After leads were deleted (all of them when `ids` is null), inside the write's transaction. */
  deleted(ids: readonly string[] | null): Promise<void>;
}

export function createLeadsRepo(db: LeadfillDb, others: readonly WriteParticipant[] = [], log: (what: string, err: unknown) => void = () => {}) {
  // The quality report's inputs change with every lead, whoever writes it.
  const reportInputs = createReportInputStore(db);
  const participants = [reportInputs.participant, ...others];
  const stored = async (leads: readonly Lead[], ahead?: MadeAhead) => { for (const p of participants) await p.stored(leads, ahead); };
  const deleted = async (ids: readonly string[] | null) => { for (const p of participants) await p.deleted(ids); };

  /** Keys and summary are derived on every write, so lookups and the list never see stale ones. */
  const prepare = (lead: Lead, rules: Rules): Lead => {
    const keyed = withKeys(lead);
    const summary = summarise(keyed, rules);
    // The stage changed with the lead's last change, so that change's time is the stage's.
    return withStageChange({ ...keyed, summary }, summary.stage, lead.updatedAt);
  };

  const events = createLeadEvents();
  const listStore = createListStore(db);
  const list = new LeadList(listStore);
  /** Every transaction that writes leads spans these: the list's stored rows change with the leads, and the participants' rows. */
  const tables = (): Table[] => [db.leads, ...listStore.tables, ...participants.flatMap((p) => p.tables())];
  const write = <T>(work: () => Promise<T>) => db.transaction('rw', tables(), work);
  const announce = (change: LeadsChange) => afterCommit(() => events.emit(change));

  let compacting: ReturnType<typeof setTimeout> | null = null;
  /** Folds the list's deltas into its buckets (or rebuilds damaged ones): a cache's upkeep, safe to lose with the worker. */
  const compactList = async () => {
    if (!(await listStore.compact())) await listStore.rebuild();
    if (!(await reportInputs.compact())) await reportInputs.rebuild();
  };
  const scheduleCompaction = () => {
    if (compacting) clearTimeout(compacting);
    compacting = setTimeout(() => {
      compacting = null;
      compactList().catch((err: unknown) => log('lead list rows', err));
    }, COMPACT_DELAY_MS);
  };
  events.subscribe((change) => {
    list.apply(change);
    scheduleCompaction();
  });
  const read = async (id: string) => {
    const stored = await db.leads.get(id);
    return stored && fromStored(stored);
  };

  /** Stores one prepared lead, inside the caller's transaction, and announces it as created or updated. */
  async function store(next: Lead, existed: boolean): Promise<Lead> {
    await db.leads.put(toStored(next));
    await listStore.record([next], [], !existed);
    await stored([next]);
    announce({ kind: existed ? 'updated' : 'created', leads: [next] });
    return next;
  }

  return {
    /** Listens to committed changes; returns the unsubscribe function. */
    subscribe: events.subscribe,

    /**
     * Runs `work` in one read-write transaction over the leads and `tables`: the repo's own writes
     * inside it join that transaction, so either everything is stored or nothing, and changes are
     * announced only after the commit. `work` may only await database operations (a fetch or a timer
     * inside would end the transaction early).
     */
    /**
     * The tables every lead write spans (the leads, the list's stored rows and the participants'
     * tables): a caller that writes leads inside its own transaction (a job's chunk) must span at
     * least these, or the write fails.
     */
    tables,

    unitOfWork<T>(extra: readonly Table[], work: () => Promise<T>): Promise<T> {
      return db.transaction('rw', [...new Set([...tables(), ...extra])], work);
    },

    get: read,
    all: async () => (await db.leads.toArray()).map(fromStored),
    /** Every lead, most recently changed first. */
    list: async () => (await db.leads.toArray()).map(fromStored).sort((a, b) => b.updatedAt - a.updatedAt),
    count: () => db.leads.count(),

    /** Leads sharing any of these lookup keys: the candidates for matching a page or a duplicate. */
    async withAnyKey(keys: readonly string[]): Promise<Lead[]> {
      if (!keys.length) return [];
      const wanted = new Set(keys);
      // The index finds a superset (core/lead/lookup-keys.ts); the leads' own keys decide.
      const found = await db.leads.where('lookup').anyOf(queryIndexKeys(keys)).distinct().toArray();
      return found.map(fromStored).filter((lead) => lead.keys.some((k) => wanted.has(k)));
    },

    put(lead: Lead, rules: Rules): Promise<Lead> {
      return write(async () => store(prepare(lead, rules), (await db.leads.where('id').equals(lead.id).count()) > 0));
    },

    /**
     * Read, change and write one lead in one transaction, so two quick clicks cannot lose each
     * other's change. `change` must not do network or other non-database work.
     */
    update(id: string, rules: Rules, change: (lead: Lead) => Lead): Promise<Lead> {
      return write(async () => {
        const lead = await read(id);
        if (!lead) throw new Failure(appError('lead-not-found'));
        return store(prepare(change(lead), rules), true);
      });
    },

    addMany(leads: readonly Lead[], rules: Rules): Promise<number> {
      const prepared = leads.map((l) => prepare(l, rules));
      return write(async () => {
        await db.leads.bulkAdd(prepared.map(toStored));
        await listStore.record(prepared, [], true);
        await stored(prepared);
        announce({ kind: 'created', leads: prepared });
        return prepared.length;
      });
    },

    /**
     * Stores a chunk of imported leads (keys and summaries derived), in the caller's transaction (the
     * import job's chunk), from their records made ahead (`ready`, when the caller made them). A lead whose id is stored already is left alone and counted as known:
     * imported ids come from the rows' content, so these are rows imported before.
     */
    addImported(leads: readonly Lead[], ready: ImportedChunk = readyToStore(leads)): Promise<{ added: number; known: number }> {
      return write(async () => {
        const known = new Set<number>();
        try {
          await db.leads.bulkAdd(ready.records);
        } catch (err) {
          // Caught inside the transaction, the other leads of the chunk stay written.
          if (!(err instanceof Dexie.BulkError)) throw err;
          for (const [at, failure] of Object.entries(err.failuresByPos)) {
            if (failure.name !== 'ConstraintError') throw err;
            known.add(Number(at));
          }
        }
        const added = known.size ? leads.filter((_, i) => !known.has(i)) : leads;
        if (added.length) {
          // What was made ahead describes the whole chunk: with rows known already, made again for the added ones.
          await listStore.recordDelta(known.size ? toDelta(added, [], true) : ready.delta);
          await stored(added, known.size ? undefined : ready);
          announce({ kind: 'created', leads: added });
        }
        return { added: added.length, known: known.size };
      });
    },

    delete(id: string): Promise<void> {
      return write(async () => {
        await db.leads.delete(id);
        await listStore.record([], [id]);
        await deleted([id]);
        announce({ kind: 'deleted', ids: [id] });
      });
    },
    deleteMany(ids: readonly string[]): Promise<void> {
      return write(async () => {
        await db.leads.bulkDelete([...ids]);
        await listStore.record([], ids);
        await deleted(ids);
        if (ids.length) announce({ kind: 'deleted', ids });
      });
    },
    clear(): Promise<number> {
      return write(async () => {
        const n = await db.leads.count();
        await db.leads.clear();
        await listStore.replaceAll([]);
        await deleted(null);
        announce({ kind: 'bulk' });
        return n;
      });
    },

    /**
     * One step of re-scoring after the rep changed the profile or scoring rules (the "rescore" job):
     * the next `limit` leads by id after `after`, each summary derived again under `rules`. Only
     * leads whose summary changed are written and announced. Meant to run inside the job's chunk
     * transaction (over `tables()`), which also advances the job's cursor to `last`.
     */
    rescore(after: string | null, limit: number, rules: Rules): Promise<{ last: string | null; seen: number; changed: number }> {
      return write(async () => {
        const batch = await (after === null ? db.leads.orderBy(':id') : db.leads.where(':id').above(after)).limit(limit).toArray();
        const changed: Lead[] = [];
        // A rules change can move a lead's stage: its history records when.
        const now = Date.now();
        const rows: StoredLead[] = [];
        for (const row of batch) {
          const lead = fromStored(row);
          const summary = summarise(lead, rules);
          if (JSON.stringify(summary) === JSON.stringify(row.summary)) continue;
          const next = withStageChange({ ...lead, summary }, summary.stage, now);
          changed.push(next);
          rows.push(toStored(next));
        }
        if (changed.length) {
          await db.leads.bulkPut(rows);
          await listStore.record(changed);
          // A new stage can make a lead due under the push rule ("qualified and above").
          await stored(changed);
          announce({ kind: 'updated', leads: changed });
        }
        return { last: batch.at(-1)?.id ?? after, seen: batch.length, changed: changed.length };
      });
    },

    /** The lead list's rows: filtered, sorted and paged in memory (lead-list.ts). */
    query: (q: LeadQuery): Promise<{ total: number; rows: LeadRow[] }> => list.query(q),
    /** At worker start: the list's rows rebuilt from the leads ahead of the first query if their stored copy is incomplete. */
    async warmList(): Promise<void> {
      await list.warm();
      // After the first requests a new worker serves: folding holds the list's rows meanwhile.
      scheduleCompaction();
    },
    /** Folds the list's deltas now instead of after the next pause in the writes. */
    compactList,
  };
}

export type LeadsRepo = ReturnType<typeof createLeadsRepo>;
