/**
 * The lead list's rows as the options page asks for them: read by the page from the stored rows
 * (shared/db/list-reader.ts), so a search does not wait for a stopped worker to start; the worker
 * answers only when the page cannot read them (incomplete or damaged rows, which it rebuilds).
 */
import { db } from '../shared/db/db';
import { StoredListReader } from '../shared/db/list-reader';
import type { LeadsQuery } from '../shared/list-query';
import type { Responses } from '../shared/messages';
import { send } from '../shared/send';

/** The User Timing measure of each answer, with its phases (the bench reads it: what the rep waits for after the typing pause). */
export const LEADS_QUERY_MEASURE = 'leadfill:leads-query';

const reader = new StoredListReader(db);

export async function queryLeads(query: LeadsQuery): Promise<Responses['leads.query']> {
  const start = performance.now();
  const { type: _type, ...q } = query;
  const phases = { readMs: 0, decodeMs: 0, searchMs: 0 };
  const read = await reader.query(q, phases).catch((err: unknown) => {
    console.warn('Leadfill: the lead list could not be read here; the background answers.', err);
    return null;
  });
  const answer = read ?? (await send(query));
  performance.measure(LEADS_QUERY_MEASURE, { start, detail: { text: q.text ?? '', by: read ? 'page' : 'worker', ...phases } });
  return answer;
}
