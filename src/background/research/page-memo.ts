/**
 * The pages a bulk run has read on a site whose research has not ended yet, kept page by page: a
 * worker stopped in the middle of a site leaves them here, and the next worker reads them from here
 * instead of asking the site again. Removed when the site's research ends (its result is cached then).
 * Free of browser APIs (the store comes in; page-memo-store.ts is the real one), so Node tests run it.
 */
import type { ResearchIo } from '../../core/research/research-site';
import type { DetectionRecord } from '../../core/detect/types';
import type { LinkInput } from '../../core/research/link-ranking';
import { logFailure } from '../log';

export interface MemoPage {
  /** The address after redirects. */
  url: string;
  record: DetectionRecord;
  links: LinkInput[];
}

export interface MemoEntry {
  /** When the run that read these pages started on the site. */
  at: number;
  /** By the address asked for. */
  pages: Record<string, MemoPage>;
}

export interface PageMemo {
  get(site: string): Promise<MemoEntry | null>;
  put(site: string, entry: MemoEntry): Promise<void>;
  remove(site: string): Promise<void>;
}

/** Marks a body that stands for a page read before: `read` answers it from the memo. */
const REMEMBERED = '\u0000leadfill-remembered-page:';

/**
 * `io` with the site's memo in front: a web page read since `notBefore` is answered from it without a
 * request; every page read now is written to it before the next request goes out.
 */
export async function rememberingIo(memo: PageMemo, site: string, notBefore: number, now: number, io: Pick<ResearchIo, 'fetch' | 'read'>): Promise<Pick<ResearchIo, 'fetch' | 'read'>> {
  const stored = await memo.get(site).catch(() => null);
  const entry: MemoEntry = stored && stored.at >= notBefore ? { at: stored.at, pages: { ...stored.pages } } : { at: now, pages: {} };
  const asked = new Map<string, string>();
  return {
    async fetch(url, want) {
      const page = want === 'html' ? entry.pages[url] : undefined;
      if (page) return { ok: true, value: { url: page.url, text: `${REMEMBERED}${url}` } };
      const fetched = await io.fetch(url, want);
      if (fetched.ok) asked.set(fetched.value.url, url);
      return fetched;
    },
    async read(text, url) {
      if (text.startsWith(REMEMBERED)) {
        const page = entry.pages[text.slice(REMEMBERED.length)];
        if (page) return { record: page.record, links: page.links };
      }
      const reading = await io.read(text, url);
      entry.pages[asked.get(url) ?? url] = { url, record: reading.record, links: reading.links };
      // Written before research asks for the next page; a memo that could not be written costs a re-read only.
      await memo.put(site, entry).catch((err: unknown) => logFailure('research page memo write', err));
      return reading;
    },
  };
}
