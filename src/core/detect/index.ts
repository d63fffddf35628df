/**
 * The detection engine. A page is read once into a snapshot of plain data (snapshot/), from the live
 * DOM or from parsed HTML; the detectors then work on that snapshot alone. The engine only reads the
 * document; it never changes it and never runs the page's scripts.
 */
import { DEFAULT_BUDGET_MS, LATE_READ_CHARS, LATE_READ_LINKS, SNAPSHOT_BUDGET_MS } from './budget';
import { calibrateResult } from './calibration';
import { pageCountry } from './context/country';
import type { DetectContext } from './detector';
import { detectors } from './detectors';
import { fillSelectors, latePage, pageFromSnapshot } from './page';
import { rankCandidates, resolve } from './resolve';
import { takeSnapshot } from './snapshot';
import type { PageSnapshot } from './snapshot/types';
import type { AnyCandidate, DetectionResult } from './types';

export type * from './types';
export type { PageSnapshot } from './snapshot/types';
export { takeSnapshot } from './snapshot';

/**
 * Candidates per field the result carries, best first, for the popup's "also seen"; a directory page
 * has thousands, and the best record is resolved from all of them before the list is cut.
 */
export const CANDIDATES_PER_FIELD = 50;

export interface EngineOptions {
  /** Calibrated confidences (default); false gives the detectors' own, for fitting the calibration. */
  calibrate?: boolean;
}

export interface EngineClock {
  /** The clock the budget is measured with. */
  now?: () => number;
  budgetMs?: number;
  /** When the budget started (default: now); the snapshot may have used part of it. */
  startedAt?: number;
}

/**
 * The detectors on a snapshot. On a page too long to read whole, once `budgetMs` have passed the
 * remaining detectors read only its most relevant lines, so even a huge page answers in bounded
 * time. Ordinary pages are always read whole: a slow run (a GC pause, a busy machine) must not
 * change what is found.
 */
export function detectSnapshot(snapshot: PageSnapshot, clock: EngineClock = {}, options: EngineOptions = {}): DetectionResult {
  const now = clock.now ?? (() => performance.now());
  const budgetMs = clock.budgetMs ?? DEFAULT_BUDGET_MS;
  const started = clock.startedAt ?? now();
  let page = pageFromSnapshot(snapshot);
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
  const ranked = rankCandidates(found, CANDIDATES_PER_FIELD);
  fillSelectors(ranked);
  const raw = { candidates: ranked, record: resolve(found) };
  const { candidates, record } = options.calibrate === false ? raw : calibrateResult(raw.candidates, raw.record);
  return { url: snapshot.url, record, candidates, elapsedMs: now() - started };
}

/** Snapshot and detection in one go, on any DOM. Reading the text may take half the budget. */
export function detect(doc: Document, url: string, now: () => number = () => performance.now(), budgetMs = DEFAULT_BUDGET_MS, options: EngineOptions = {}): DetectionResult {
  const startedAt = now();
  const snapshot = takeSnapshot(doc, url, { now, deadline: startedAt + (budgetMs * SNAPSHOT_BUDGET_MS) / DEFAULT_BUDGET_MS });
  return detectSnapshot(snapshot, { now, budgetMs, startedAt }, options);
}
