/**
 * The detection engine: one function, the same in the content script (live DOM) and in Node (linkedom).
 * It only reads the document; it never changes it and never runs the page's scripts.
 */
import { pageCountry } from './country';
import type { DetectContext } from './detector';
import { detectors } from './detectors';
import { readPage } from './page';
import { rankCandidates, resolve } from './resolve';
import type { AnyCandidate, DetectionResult } from './types';

export type * from './types';

export function detect(doc: Document, url: string, now: () => number = () => performance.now()): DetectionResult {
  const started = now();
  const page = readPage(doc, url);
  const found: AnyCandidate[] = [];
  const ctx: DetectContext = { country: pageCountry(page), found };
  for (const detector of detectors) {
    const addressBefore = found.some((c) => c.field === 'address');
    found.push(...detector.detect(page, ctx));
    if (!addressBefore) {
      // Once the organisation's address is known, its country is the best default for bare numbers.
      const address = resolve(found).address;
      if (address?.value.country) ctx.country = pageCountry(page, address.value.country);
    }
  }
  return { url, record: resolve(found), candidates: rankCandidates(found), elapsedMs: now() - started };
}
