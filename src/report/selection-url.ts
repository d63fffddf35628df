/** The report's selection in its address, so a link (from the lead list, the options page) opens the right report. */
import { GROUP_BY, type GroupBy, type Selection } from '../core/report/selection';

export interface ReportQuery {
  by: GroupBy;
  batch?: string | undefined;
  source?: string | undefined;
  campaign?: string | undefined;
  /** ISO days, YYYY-MM-DD, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** The lead list's filter, as its query parameters ("list.text", "list.stage", …). */
  list?: Record<string, string>;
}

const DAY_MS = 86_400_000;
const isDay = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

export function parseReportQuery(search: string): ReportQuery {
  const p = new URLSearchParams(search);
  const by = p.get('by');
  const q: ReportQuery = { by: (GROUP_BY as readonly string[]).includes(by ?? '') ? (by as GroupBy) : 'source' };
  for (const key of ['batch', 'source', 'campaign'] as const) {
    const v = p.get(key);
    if (v !== null) q[key] = v;
  }
  const from = p.get('from');
  const to = p.get('to');
  if (isDay(from)) q.from = from;
  if (isDay(to)) q.to = to;
  const list = [...p].filter(([k]) => k.startsWith('list.'));
  if (list.length) q.list = Object.fromEntries(list.map(([k, v]) => [k.slice(5), v]));
  return q;
}

export function reportSearch(q: ReportQuery): string {
  const p = new URLSearchParams({ by: q.by });
  for (const key of ['batch', 'source', 'campaign', 'from', 'to'] as const) if (q[key] !== undefined) p.set(key, q[key] as string);
  for (const [k, v] of Object.entries(q.list ?? {})) p.set(`list.${k}`, v);
  return `?${p.toString()}`;
}

/** The selection for the core; days are read in UTC, the "to" day included. */
export function selectionOf(q: ReportQuery, ids?: ReadonlySet<string>): Selection {
  const s: Selection = {};
  if (q.batch !== undefined) s.batch = q.batch;
  if (q.source !== undefined) s.source = q.source;
  if (q.campaign !== undefined) s.campaign = q.campaign;
  if (q.from) s.from = Date.parse(q.from);
  if (q.to) s.to = Date.parse(q.to) + DAY_MS;
  if (ids) s.ids = ids;
  return s;
}
