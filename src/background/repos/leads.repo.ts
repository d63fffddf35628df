/** All reads and writes of leads go through here: the background is the only writer. */
import { appError, Failure } from '../../core/errors';
import { withKeys } from '../../core/lead/lead';
import { summarise, type Rules } from '../../core/lead/summary';
import type { Lead } from '../../core/lead/types';
import type { LeadfillDb } from '../../shared/db/schema';
import type { LeadRow, Request } from '../../shared/messages';
import { LeadList, toRow } from './lead-list';

export type LeadQuery = Omit<Extract<Request, { type: 'leads.query' }>, 'type'>;

const SORT_INDEX = { updated: 'updatedAt', score: 'summary.score', company: 'summary.company', completeness: 'summary.completeness' } as const;

export function createLeadsRepo(db: LeadfillDb) {
  /** Keys and summary are derived on every write, so lookups and the list never see stale ones. */
  const prepare = (lead: Lead, rules: Rules): Lead => {
    const keyed = withKeys(lead);
    return { ...keyed, summary: summarise(keyed, rules) };
  };

  const list = new LeadList((visit) => db.leads.each(visit));

  return {
    get: (id: string) => db.leads.get(id),
    all: () => db.leads.toArray(),
    list: () => db.leads.orderBy('updatedAt').reverse().toArray(),
    count: () => db.leads.count(),

    /** Leads sharing any of these lookup keys: the candidates for matching a page or a duplicate. */
    async withAnyKey(keys: readonly string[]): Promise<Lead[]> {
      if (!keys.length) return [];
      return db.leads.where('keys').anyOf([...keys]).distinct().toArray();
    },

    async put(lead: Lead, rules: Rules): Promise<Lead> {
      const stored = prepare(lead, rules);
      await db.leads.put(stored);
      list.upsert([stored]);
      return stored;
    },

    /**
     * Read, change and write one lead in one transaction, so two quick clicks cannot lose each
     * other's change. `change` must not do network or other non-database work.
     */
    async update(id: string, rules: Rules, change: (lead: Lead) => Lead): Promise<Lead> {
      const stored = await db.transaction('rw', db.leads, async () => {
        const lead = await db.leads.get(id);
        if (!lead) throw new Failure(appError('lead-not-found'));
        const next = prepare(change(lead), rules);
        await db.leads.put(next);
        return next;
      });
      list.upsert([stored]);
      return stored;
    },

    async addMany(leads: readonly Lead[], rules: Rules): Promise<number> {
      const stored = leads.map((l) => prepare(l, rules));
      await db.leads.bulkAdd(stored);
      list.upsert(stored);
      return leads.length;
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
        const chunk = leads.slice(i, i + CHUNK).map((lead) => ({ ...lead, summary: summarise(lead, rules) }));
        writes.push(db.leads.bulkAdd(chunk).then(() => {
          list.upsert(chunk);
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

    async delete(id: string): Promise<void> {
      await db.leads.delete(id);
      list.remove([id]);
    },
    async deleteMany(ids: readonly string[]): Promise<void> {
      await db.leads.bulkDelete([...ids]);
      list.remove(ids);
    },
    async clear(): Promise<number> {
      const n = await db.leads.count();
      await db.leads.clear();
      list.reset();
      return n;
    },

    /** After the rep changed the profile or scoring rules: every summary is re-derived. */
    async resummarise(rules: Rules): Promise<void> {
      await db.leads.toCollection().modify((lead) => {
        lead.summary = summarise(lead, rules);
      });
      list.reset();
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
