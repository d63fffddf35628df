/** The lead list's filters and paging as the rep sets them, and the `leads.query` request they make. */
import { STAGES, type Stage } from '../core/lead/types';
import type { Request } from './messages';

export const SORTS = ['updated', 'score', 'company', 'completeness'] as const;
export type Sort = (typeof SORTS)[number];

export interface Filters {
  text: string;
  incomplete: boolean;
  /** "" for every stage. */
  stage: Stage | '';
  /** The number field's text: "" or not a whole number means no minimum. */
  minScore: string;
  source: string;
  sort: Sort;
  descending: boolean;
}

export const DEFAULT_FILTERS: Filters = { text: '', incomplete: false, stage: '', minScore: '', source: '', sort: 'updated', descending: true };

export const PAGE_SIZE = 50;

export type LeadsQuery = Extract<Request, { type: 'leads.query' }>;

/** Only the filters that are set go into the request: an empty field filters nothing. */
export function toQuery(filters: Filters, page = 0, pageSize = PAGE_SIZE): LeadsQuery {
  const query: LeadsQuery = { type: 'leads.query', sort: filters.sort, descending: filters.descending, offset: Math.max(0, page) * pageSize, limit: pageSize };
  const text = filters.text.trim().slice(0, 200);
  if (text) query.text = text;
  if (filters.incomplete) query.incomplete = true;
  if (filters.stage && STAGES.includes(filters.stage)) query.stage = filters.stage;
  const min = filters.minScore.trim();
  if (/^-?\d{1,4}$/.test(min)) query.minScore = Number(min);
  const source = filters.source.trim().slice(0, 200);
  if (source) query.source = source;
  return query;
}

/** Whether any filter narrows the list (sorting does not): without one, "all matching" means all leads. */
export function isFiltered(filters: Filters): boolean {
  const q = toQuery(filters);
  return q.text !== undefined || q.incomplete !== undefined || q.stage !== undefined || q.minScore !== undefined || q.source !== undefined;
}

export interface PageInfo {
  page: number;
  pages: number;
  /** 1-based first and last row shown; 0 and 0 for an empty list. */
  from: number;
  to: number;
  hasPrev: boolean;
  hasNext: boolean;
}

export function pageInfo(total: number, page: number, pageSize = PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const p = Math.min(Math.max(0, page), pages - 1);
  const from = total === 0 ? 0 : p * pageSize + 1;
  const to = Math.min(total, (p + 1) * pageSize);
  return { page: p, pages, from, to, hasPrev: p > 0, hasNext: p < pages - 1 };
}

/**
 * Ids of every lead matching the filters, read page by page (the background answers at most 500 rows
 * a request). Only ids are kept, so even 100,000 matches cost little memory in the page.
 */
export async function matchingIds(
  filters: Filters,
  query: (q: LeadsQuery) => Promise<{ total: number; rows: { id: string }[] }>,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  const size = 500;
  const ids: string[] = [];
  for (let page = 0; ; page++) {
    const { total, rows } = await query(toQuery(filters, page, size));
    for (const r of rows) ids.push(r.id);
    onProgress?.(ids.length, total);
    if (rows.length < size || ids.length >= total) return ids;
  }
}

/** The filters that are set, as the report page's `list.*` address parameters (sorting does not matter there). */
export function filterParams(filters: Filters): Record<string, string> {
  const q = toQuery(filters);
  const out: Record<string, string> = {};
  if (q.text !== undefined) out['text'] = q.text;
  if (q.incomplete !== undefined) out['incomplete'] = String(q.incomplete);
  if (q.stage !== undefined) out['stage'] = q.stage;
  if (q.minScore !== undefined) out['minScore'] = String(q.minScore);
  if (q.source !== undefined) out['source'] = q.source;
  return out;
}

/** Filters back from `filterParams`; anything unreadable filters nothing. */
export function filtersFromParams(params: Readonly<Record<string, string>>): Filters {
  const stage = params['stage'] ?? '';
  return {
    ...DEFAULT_FILTERS,
    text: params['text'] ?? '',
    incomplete: params['incomplete'] === 'true',
    stage: (STAGES as readonly string[]).includes(stage) ? (stage as Stage) : '',
    minScore: params['minScore'] ?? '',
    source: params['source'] ?? '',
  };
}
