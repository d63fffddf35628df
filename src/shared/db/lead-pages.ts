/**
 * Every lead (or the chosen ones) read page by page, in id order: for exports written by an
 * extension page straight from the database (issue 13 item 3), and the report's worker. A million leads never pass through
 * one runtime message (Chromium refuses those over 64 MiB) nor sit in memory as one array.
 */
import { fromStored, type StoredLead } from '../../core/lead/stored-lead';
import type { Lead } from '../../core/lead/types';
import type { LeadfillDb } from './schema';

/** Leads per page: a few megabytes of records, read in one request. */
export const LEAD_PAGE = 2_000;

export async function* leadPages(db: LeadfillDb, ids?: readonly string[], size = LEAD_PAGE): AsyncGenerator<Lead[]> {
  if (ids) {
    for (let i = 0; i < ids.length; i += size) {
      const found = (await db.leads.bulkGet(ids.slice(i, i + size))).filter((s) => s !== undefined);
      if (found.length) yield found.map(fromStored);
    }
    return;
  }
  const pageAfter = (after: string | null): Promise<StoredLead[]> => (after === null ? db.leads.orderBy(':id') : db.leads.where(':id').above(after)).limit(size).toArray();
  let next = pageAfter(null);
  for (;;) {
    const page = await next;
    if (!page.length) return;
    // Each page starts after the last id of the one before: a lead written meanwhile is read once or
    // not at all, never twice. It is asked for now, so the database reads while the caller works.
    next = pageAfter(page[page.length - 1]!.id);
    // Awaited on the next turn; if the caller stops before, its failure must not go unhandled.
    next.catch(() => undefined);
    yield page.map(fromStored);
  }
}

/** The chosen leads that still exist (a few: the duplicates a page shows). */
export async function leadsByIds(db: LeadfillDb, ids: readonly string[]): Promise<Lead[]> {
  const leads: Lead[] = [];
  for await (const page of leadPages(db, ids)) for (const lead of page) leads.push(lead);
  return leads;
}
