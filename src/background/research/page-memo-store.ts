/**
 * The page memo (page-memo.ts) in storage.local, one key per site being researched, within research's
 * capped share of it (research-cache.ts): a memo is kept while its site's research runs.
 */
import { researchPagesKey } from '../../shared/storage-keys';
import type { MemoEntry, PageMemo } from './page-memo';
import type { ResearchCache } from './research-cache';

export function localPageMemo(cache: ResearchCache): PageMemo {
  return {
    get: async (site) => ((await cache.get(researchPagesKey(site))) as MemoEntry | null) ?? null,
    put: (site, entry) => cache.put(researchPagesKey(site), entry, true),
    remove: (site) => cache.remove(researchPagesKey(site)),
  };
}
