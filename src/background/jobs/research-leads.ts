/**
 * Bulk research as a durable job: each selected lead's site (its website, else its e-mail domain) is
 * researched like the popup does, and what the pages show fills the lead's empty fields with the page
 * as provenance; values that differ from stored ones become conflicts, as with any detection. A chunk
 * researches a few leads side by side (a few hosts in parallel, one request at a time per host) in
 * `prepare`, outside any transaction, and writes them in the chunk's transaction with the cursor, so
 * a lead is written once. Host access is granted for the run before it starts: a lead whose site
 * was not granted is skipped and listed, never asked for in the middle of the run.
 */
import { applyDetection, detectionToLead } from '../../core/lead/apply-detection';
import { fromStored } from '../../core/lead/stored-lead';
import type { Rules } from '../../core/lead/summary';
import { leadSite } from '../../core/research/lead-site';
import { mergeReadings } from '../../core/research/merge';
import type { AppError } from '../../core/errors';
import type { PageReading } from '../../core/research/merge';
import { siteOf } from '../../core/research/same-site';
import type { LeadfillDb } from '../../shared/db/schema';
import { siteOrigin } from '../../shared/site-access';
import type { LeadsRepo } from '../repos/leads.repo';
import type { JobKind } from './runner';

export const RESEARCH_LEADS = 'research';
/** Leads researched side by side in one chunk: that many hosts in parallel. */
export const LEADS_PER_CHUNK = 4;
/** Skipped leads listed at most (the count is always right). */
const MAX_LISTED = 500;

export interface ResearchLeadsParams {
  leadIds: string[];
}

/** What research read on a site: the pages' readings, and the error when even the start page failed. */
export interface SiteReadings {
  start: string;
  readings: PageReading[];
  error?: AppError;
}

export type SkipReason = 'no-site' | 'no-access' | 'failed';

export interface ResearchLeadsCursor {
  next: number;
  /** Leads not researched, and why: no website or company e-mail, no host access granted, the site failed. */
  skipped: { id: string; reason: SkipReason }[];
}

export interface ResearchLeadsDeps {
  db: LeadfillDb;
  leads: LeadsRepo;
  rules(): Promise<Rules>;
  now(): number;
  /** Whether the rep granted the origin for this run (checked, never asked). */
  mayFetch(origin: string): Promise<boolean>;
  /**
   * Researches one site politely (one request at a time to it); a site researched since `notBefore`
   * (this job's start) is answered from the cache, so a chunk run again after a stopped worker does
   * not fetch the sites it had finished.
   */
  research(url: string, notBefore: number): Promise<SiteReadings>;
  leadsPerChunk?: number;
}

type LeadResult = { id: string; outcome: SiteReadings } | { id: string; skipped: SkipReason };

interface Prepared {
  rules: Rules;
  results: LeadResult[];
}

const cursorOf = (job: { cursor: unknown }): ResearchLeadsCursor => (job.cursor as ResearchLeadsCursor | null) ?? { next: 0, skipped: [] };

export function researchLeadsJob(deps: ResearchLeadsDeps): JobKind {
  const size = deps.leadsPerChunk ?? LEADS_PER_CHUNK;
  return {
    kind: RESEARCH_LEADS,
    // Lead writes span the repository's tables (the CRM outbox joins them): the chunk's transaction too.
    tables: () => deps.leads.tables(),
    // A chunk's research takes seconds (pages with their timeouts); the lease covers it.
    leaseMs: 30_000,
    async prepare(job): Promise<Prepared> {
      const { leadIds } = job.params as ResearchLeadsParams;
      const { next } = cursorOf(job);
      const ids = leadIds.slice(next, next + size);
      const leads = (await deps.db.leads.bulkGet(ids)).map((s) => s && fromStored(s));
      // Two leads of one company in a chunk: its site is researched once.
      const bySite = new Map<string, Promise<SiteReadings>>();
      const results = await Promise.all(
        ids.map(async (id, i): Promise<LeadResult> => {
          const lead = leads[i];
          const site = lead ? leadSite(lead) : null;
          if (!site?.ok) return { id, skipped: 'no-site' };
          const origin = siteOrigin(site.url);
          const key = siteOf(site.url);
          if (!origin || !key) return { id, skipped: 'no-site' };
          if (!(await deps.mayFetch(origin))) return { id, skipped: 'no-access' };
          let run = bySite.get(key);
          if (!run) bySite.set(key, (run = deps.research(site.url, job.createdAt)));
          const outcome = await run;
          return outcome.error && !outcome.readings.length ? { id, skipped: 'failed' } : { id, outcome };
        }),
      );
      return { rules: await deps.rules(), results };
    },
    async chunk(job, prepared) {
      const { leadIds } = job.params as ResearchLeadsParams;
      const cursor = cursorOf(job);
      const { rules, results } = prepared as Prepared;
      const skipped = [...cursor.skipped];
      const at = deps.now();
      for (const r of results) {
        if ('skipped' in r) {
          if (skipped.length < MAX_LISTED) skipped.push({ id: r.id, reason: r.skipped });
          continue;
        }
        const merged = mergeReadings(r.outcome.readings);
        const data = detectionToLead(merged.record, r.outcome.start, at);
        // A lead deleted meanwhile is simply gone; nothing to fill.
        if (await deps.db.leads.get(r.id)) await deps.leads.update(r.id, rules, (lead) => applyDetection(lead, data).lead);
      }
      const next = cursor.next + results.length;
      const failed = results.filter((r) => 'skipped' in r).length;
      return { cursor: { next, skipped }, done: results.length - failed, failed, total: leadIds.length, finished: next >= leadIds.length };
    },
  };
}
