/**
 * Reads every stored lead in chunks by primary key, each chunk its own short read transaction, so the
 * page shows progress and stays responsive while 100,000 leads go by. Extension pages may read the
 * database; only the background writes it.
 */
import { fromStored } from '../core/lead/stored-lead';
import type { Lead } from '../core/lead/types';
import type { LeadfillDb } from '../shared/db/schema';

export const READ_CHUNK = 1000;

export async function readLeadsInChunks(db: LeadfillDb, onChunk: (leads: Lead[]) => void | Promise<void>, size = READ_CHUNK): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const range = last === null ? db.leads.orderBy(':id') : db.leads.where(':id').above(last);
    const chunk: Lead[] = (await range.limit(size).toArray()).map(fromStored);
    if (!chunk.length) return;
    last = chunk[chunk.length - 1]?.id ?? null;
    await onChunk(chunk);
  }
}
