/**
 * The detection engine: one function, the same in the content script (live DOM) and in Node (linkedom).
 * It only reads the document; it never changes it and never runs the page's scripts.
 */
import { DEFAULT_BUDGET_MS, LATE_READ_CHARS, LATE_READ_LINKS } from './budget';
import { pageCountry } from './country';
import type { DetectContext } from './detector';
import { detectors } from './detectors';
import { fillSelectors, latePage, readPage } from './page';
import { rankCandidates, resolve } from './resolve';
import type { AnyCandidate, DetectionResult } from './types';

export type * from './types';

/** Candidates per field that get a css path, for the popup to point at; a directory page has thousands. */
const SELECTORS_PER_FIELD = 60;

/**
 * `now` is the clock the budget is measured with. On a page too long to read whole, once `budgetMs`
 * have passed the remaining detectors read only its most relevant lines, so even a huge page answers
 * in bounded time. Ordinary pages are always read whole: a slow run (a GC pause, a busy machine)
 * must not change what is found.
 */
export function detect(doc: Document, url: string, now: () => number = () => performance.now(), budgetMs = DEFAULT_BUDGET_MS): DetectionResult {
  const started = now();
  // Reading text may take half the budget; structured data and links are read regardless.
  let page = readPage(doc, url, { now, deadline: started + budgetMs / 2 });
  let late = false;
  const found: AnyCandidate[] = [];
  const ctx: DetectContext = { country: pageCountry(page), found };
  for (const detector of detectors) {
    if (!late && page.truncated && now() - started > budgetMs) {
      late = true;
      page = latePage(page, LATE_READ_CHARS, LATE_READ_LINKS);
    }
    const addressBefore = found.some((c) => c.field === 'address');
    found.push(...detector.detect(page, ctx));
    if (!addressBefore) {
      // Once the organisation's address is known, its country is the best default for bare numbers.
      const address = resolve(found).address;
      if (address?.value.country) ctx.country = pageCountry(page, address.value.country);
    }
  }
  const candidates = rankCandidates(found);
  fillSelectors(candidates, SELECTORS_PER_FIELD);
  return { url, record: resolve(found), candidates, elapsedMs: now() - started };
}
