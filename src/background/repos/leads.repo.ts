/**
 * All reads and writes of leads go through here: the background is the only writer. Every write
 * announces itself once committed (`subscribe`); `unitOfWork` lets a caller write leads and rows of
 * other tables (the CRM outbox, a job's cursor) in one transaction.
 */
import type { Table } from 'dexie';
import { appError, Failure } from '../../core/errors';
import { importBatch, importSnapshot } from '../../core/lead/import-snapshot';
import { withKeys } from '../../core/lead/lead';
import { withStageChange } from '../../core/lead/stage-history';
import { summarise, type Rules } from '../../core/lead/summary';
import type { Lead } from '../../core/lead/types';
import type { LeadfillDb } from '../../shared/db/schema';
import type { LeadRow } from '../../shared/messages';
import { afterCommit, createLeadEvents, type LeadsChange } from './lead-events';
import { LeadList, toRow, type LeadQuery } from './lead-list';

const SORT_INDEX = { updated: 'updatedAt', score: 'summary.score', company: 'summary.company', completeness: 'summary.completeness' } as const;

/**
 * Another table's writes that belong to every lead write (the CRM outbox enqueues a lead the push rule
 * makes due): run inside the same transaction, so the lead and its outbox row are stored together or not at all.
 */
export interface WriteParticipant {
  tables(): readonly Table[];
  /** After leads were stored (created or changed), inside the write's transaction: database work only. */
  stored(leads: readonly Lead[]): Promise<void>;
  /** After leads were deleted (all of them when `ids` is null), inside the write's transaction. */
  deleted(ids: readonly string[] | null): Promise<void>;
}

export function createLeadsRepo(db: LeadfillDb, participants: readonly WriteParticipant[] = []) {
  const tables = () => [db.leads, ...participants.flatMap((p) => p.tables())];
  const write = <T>(work: () => Promise<T>) => db.transaction('rw', tables(), work);
  const stored = async (leads: readonly Lead[]) => { for (const p of participants) await p.stored(leads); };
  const deleted = async (ids: readonly string[] | null) => { for (const p of participants) await p.deleted(ids); };

  /** Keys and summary are derived on every write, so lookups and the list never see stale ones. */
  const prepare = (lead: Lead, rules: Rules): Lead => {
    const keyed = withKeys(lead);
    const summary = summarise(keyed, rules);
    // The stage changed with the lead's last change, so that change's time is the stage's.
    return withStageChange({ ...keyed, summary }, summary.stage, lead.updatedAt);
  };
  /** An imported lead (keys already derived) also keeps how complete it arrived, for the quality report. */
  const prepareImported = (lead: Lead, rules: Rules): Lead => {
    const summary = summarise(lead, rules);
    const atImport = importSnapshot(lead, rules.profile, lead.createdAt, importBatch(lead) ?? undefined);
    return withStageChange({ ...lead, summary, atImport }, summary.stage, lead.createdAt);
  };

  const events = createLeadEvents();
  const list = new LeadList((visit) => db.leads.each(visit));
  events.subscribe((change) => list.apply(change));
  const announce = (change: LeadsChange) => afterCommit(() => events.emit(change));

  /** Stores one prepared lead, inside the caller's transaction, and announces it as created or updated. */
  async function store(next: Lead, existed: boolean): Promise<Lead> {
    await db.leads.put(next);
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
     * The tables every lead write spans (the leads and the participants' tables): a caller that writes
     * leads inside its own transaction (a job's chunk) must span at least these, or the write fails.
     */
    tables,

    unitOfWork<T>(extra: readonly Table[], work: () => Promise<T>): Promise<T> {
      return db.transaction('rw', [...new Set([...tables(), ...extra])], work);
    },

    get: (id: string) => db.leads.get(id),
    all: () => db.leads.toArray(),
    list: () => db.leads.orderBy('updatedAt').reverse().toArray(),
    count: () => db.leads.count(),

    /** Leads sharing any of these lookup keys: the candidates for matching a page or a duplicate. */
    async withAnyKey(keys: readonly string[]): Promise<Lead[]> {
      if (!keys.length) return [];
      return db.leads.where('keys').anyOf([...keys]).distinct().toArray();
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
        const lead = await db.leads.get(id);
        if (!lead) throw new Failure(appError('lead-not-found'));
        return store(prepare(change(lead), rules), true);
      });
    },

    addMany(leads: readonly Lead[], rules: Rules): Promise<number> {
      const prepared = leads.map((l) => prepare(l, rules));
      return write(async () => {
        await db.leads.bulkAdd(prepared);
        await stored(prepared);
        announce({ kind: 'created', leads: prepared });
        return prepared.length;
      });
    },

    /**
     * Stores freshly imported leads (keys already derived by the importer) in chunks. Each chunk is
     * its own transaction, started while the previous one still commits, so deriving summaries and
     * writing overlap. A chunk the database refuses is reported, the others are kept.
     */
    async addImported(leads: readonly Lead[], rules: Rules, onProgress: (done: number) => void): Promise<{ added: number; failed: number; error: string | null }> {
      const CHUNK = 5000;
      let done = 0;
      const writes: Promise<number>[] = [];
      for (let i = 0; i < leads.length; i += CHUNK) {
        const chunk = leads.slice(i, i + CHUNK).map((lead) => prepareImported(lead, rules));
        writes.push(write(async () => {
          await db.leads.bulkAdd(chunk);
          await stored(chunk);
          announce({ kind: 'created', leads: chunk });
        }).then(() => {
          done += chunk.length;
          onProgress(done);
          return chunk.length;
        }));
      }
      const results = await Promise.allSettled(writes);
      const added = results.reduce((n, r) => n + (r.status === 'fulfilled' ? r.value : 0), 0);
      const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      return { added, failed: leads.length - added, error: refused ? String(refused.reason instanceof Error ? refused.reason.message : refused.reason) : null };
    },

    delete(id: string): Promise<void> {
      return write(async () => {
        await db.leads.delete(id);
        await deleted([id]);
        announce({ kind: 'deleted', ids: [id] });
      });
    },
    deleteMany(ids: readonly string[]): Promise<void> {
      return write(async () => {
        await db.leads.bulkDelete([...ids]);
        await deleted(ids);
        if (ids.length) announce({ kind: 'deleted', ids });
      });
    },
    clear(): Promise<number> {
      return write(async () => {
        const n = await db.leads.count();
        await db.leads.clear();
        await deleted(null);
        announce({ kind: 'bulk' });
        return n;
      });
    },

    /**
     * One step of re-scoring after the rep changed the profile or scoring rules (the "rescore" job):
     * the next `limit` leads by id after `after`, each summary derived again under `rules`. Only
     * leads whose summary changed are written and announced. Meant to run inside the job's chunk
     * transaction, which also advances the job's cursor to `last`.
     */
    rescore(after: string | null, limit: number, rules: Rules): Promise<{ last: string | null; seen: number; changed: number }> {
      return write(async () => {
        const batch = await (after === null ? db.leads.orderBy(':id') : db.leads.where(':id').above(after)).limit(limit).toArray();
        const changed: Lead[] = [];
        // A rules change can move a lead's stage: its history records when.
        const now = Date.now();
        for (const lead of batch) {
          const summary = summarise(lead, rules);
          if (JSON.stringify(summary) !== JSON.stringify(lead.summary)) changed.push(withStageChange({ ...lead, summary }, summary.stage, now));
        }
        if (changed.length) {
          await db.leads.bulkPut(changed);
          // A new stage can make a lead due under the push rule ("qualified and above").
          await stored(changed);
          announce({ kind: 'updated', leads: changed });
        }
        return { last: batch.at(-1)?.id ?? after, seen: batch.length, changed: changed.length };
      });
    },

    async query(q: LeadQuery): Promise<{ total: number; rows: LeadRow[] }> {
      const sort = SORT_INDEX[q.sort ?? 'updated'];
      const descending = q.descending ?? q.sort !== 'company';
      let coll = db.leads.orderBy(sort);
      if (descending) coll = coll.reverse();
      const offset = q.offset ?? 0;
      const limit = q.limit ?? 50;
      const filtered = Boolean(q.text || q.source || q.incomplete !== undefined || q.stage || q.minScore !== undefined);
      if (!filtered) {
        // Straight from the index: counting and paging need no look at the leads themselves.
        const [total, page] = await Promise.all([db.leads.count(), coll.offset(offset).limit(limit).toArray()]);
        return { total, rows: page.map(toRow) };
      }
      return list.query(q);
    },
  };
}

export type LeadsRepo = ReturnType<typeof createLeadsRepo>;
