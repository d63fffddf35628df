/**
 * Every stored lead, page by page by primary key, each page its own short read transaction. The next
 * page is already asked for while the caller counts the current one, so reading and counting overlap.
 * Extension pages and their workers may read the database; only the background writes it.
 */
import type { Lead } from '../core/lead/types';
import type { LeadfillDb } from '../shared/db/schema';

export const READ_PAGE = 1000;

export async function* readLeadPages(db: LeadfillDb, size = READ_PAGE): AsyncGenerator<Lead[]> {
  const pageAfter = (after: string | null): Promise<Lead[]> => (after === null ? db.leads.orderBy(':id') : db.leads.where(':id').above(after)).limit(size).toArray();
  let next = pageAfter(null);
  for (;;) {
    const page = await next;
    if (!page.length) return;
    // A lead written meanwhile is read once or not at all, never twice: each page starts after the last id.
    next = pageAfter(page[page.length - 1]!.id);
    // Awaited on the next turn; if the caller stops before, its failure must not go unhandled.
    next.catch(() => undefined);
    yield page;
  }
}
