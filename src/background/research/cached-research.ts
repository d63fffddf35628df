/**
 * Research for bulk runs (background/jobs/research-leads.ts): the same plan as the popup's, one
 * request at a time per site, sharing the popup's per-site cache. Free of browser APIs but fetch, so
 * the job runs in Node tests against real servers.
 */
import { DEFAULT_RESEARCH, researchSite, type ResearchIo, type ResearchOptions } from '../../core/research/research-site';
import { siteOf } from '../../core/research/same-site';
import type { ResearchState } from '../../shared/messages';
import type { SiteReadings } from '../jobs/research-leads';
import type { ResearchStore } from './site-research';
import { rememberingIo, type PageMemo } from './page-memo';
import { logFailure } from '../log';

/**
 * Research for bulk runs: a site whose research ended since `notBefore` is answered from the cache;
 * otherwise it is researched (one request at a time to it) and the result cached like the popup's.
 */
export function cachedSiteResearch(deps: { store: ResearchStore; now(): number; io: Pick<ResearchIo, 'fetch' | 'read'>; options?: ResearchOptions; memo?: PageMemo }) {
  return async (url: string, notBefore: number): Promise<SiteReadings> => {
    const site = siteOf(url);
    const cached = site ? await deps.store.get(site) : null;
    if (cached && cached.status !== 'running' && cached.at >= notBefore) return { start: cached.start, readings: cached.readings, ...(cached.error ? { error: cached.error } : {}) };
    // Pages read before a stopped worker are not asked for again: the memo answers them.
    const pages = site && deps.memo ? await rememberingIo(deps.memo, site, notBefore, deps.now(), deps.io) : deps.io;
    const io: ResearchIo = { ...pages, clock: { now: () => performance.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) } };
    const outcome = await researchSite(url, io, deps.options ?? BULK_RESEARCH);
    if (site) {
      const state: ResearchState = { site, start: url, status: outcome.error ? 'failed' : 'done', at: deps.now(), pages: outcome.pages, cancelled: false, readings: outcome.readings, ...(outcome.error ? { error: outcome.error } : {}) };
      await deps.store.put(state).catch((err: unknown) => logFailure('research result write', err));
      await deps.memo?.remove(site).catch((err: unknown) => logFailure('research page memo removal', err));
    }
    return { start: url, readings: outcome.readings, ...(outcome.error ? { error: outcome.error } : {}) };
  };
}

/** Bulk research asks each site one page at a time, with a longer pause than the rep's own research. */
export const BULK_RESEARCH: ResearchOptions = { ...DEFAULT_RESEARCH, perHost: 1, gapMs: 500 };
