/** The page memo (page-memo.ts) in storage.local, one key per site being researched. */
import { browser } from '../../shared/browser';
import { researchPagesKey } from '../../shared/storage-keys';
import type { MemoEntry, PageMemo } from './page-memo';

export function localPageMemo(): PageMemo {
  return {
    async get(site) {
      const key = researchPagesKey(site);
      return ((await browser.storage.local.get(key))[key] as MemoEntry | undefined) ?? null;
    },
    put: (site, entry) => browser.storage.local.set({ [researchPagesKey(site)]: entry }),
    remove: (site) => browser.storage.local.remove(researchPagesKey(site)),
  };
}

