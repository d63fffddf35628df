/**
 * Re-scoring as a durable job: after the rep changed the profile or the scoring rules, every lead's
 * summary (completeness, score, stage: what the list sorts and filters by) is derived again, a chunk
 * of leads per transaction, while the list stays usable. Started with `replace`, so a further change
 * of rules starts over instead of finishing under the old ones.
 */
import type { Rules } from '../../core/lead/summary';
import type { LeadfillDb } from '../../shared/db/schema';
import type { LeadsRepo } from '../repos/leads.repo';
import type { JobKind } from './runner';

export const RESCORE = 'rescore';
/**
 * Leads per chunk. A chunk's transaction holds the leads store, so the list and the popup wait for it:
 * 1,000 leads take 0.2–1 s (about what writing them costs, measured in the bench), and the per-chunk
 * overhead of the runner stays at a few per cent.
 */
export const RESCORE_CHUNK = 1_000;

export interface RescoreDeps {
  db: LeadfillDb;
  leads: LeadsRepo;
  /** The rules as stored now; read before each chunk, so every chunk uses the newest. */
  rules(): Promise<Rules>;
  chunkSize?: number;
}

export function rescoreJob(deps: RescoreDeps): JobKind {
  const size = deps.chunkSize ?? RESCORE_CHUNK;
  return {
    kind: RESCORE,
    // Lead writes span the repository's tables (the CRM outbox joins them): the chunk's transaction too.
    tables: () => deps.leads.tables(),
    // Outside the transaction: the settings store may have to read them first. A rules change in
    // between cancels this job (a new one replaces it), and the chunk is then dropped by the runner.
    prepare: () => deps.rules(),
    async chunk(job, rules) {
      const after = typeof job.cursor === 'string' ? job.cursor : null;
      const total = after === null ? await deps.db.leads.count() : undefined;
      const step = await deps.leads.rescore(after, size, rules as Rules);
      return { cursor: step.last, done: step.seen, ...(total === undefined ? {} : { total }), finished: step.seen < size };
    },
  };
}
