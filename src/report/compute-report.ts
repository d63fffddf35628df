/**
 * Reads every stored lead's report input and counts the report, in one pass: the body of the report
 * worker, written against a database handle so the unit tests run the same code over fake-indexeddb.
 * When the stored inputs are not in step with the leads (damaged, or of an older derivation the
 * background has not rebuilt yet), it reads the leads themselves, page by page: slower, never wrong.
 */
import { createReport, type Report, type ReportOptions } from '../core/report/report';
import type { LeadfillDb } from '../shared/db/schema';
import { leadPages } from '../shared/db/lead-pages';
import { forEachInput, liveCount, liveSegments, type ReportSegment } from '../shared/db/report-rows';

/** Leads per page: one progress report each. */
export const READ_PAGE = 1000;

export interface Progress {
  done: number;
  total: number;
}

/** What the page sends: everything but the disposable-domain list, which the worker loads itself. */
export type ReportJob = Omit<ReportOptions, 'isDisposableDomain'>;

let disposable: Promise<(domain: string) => boolean> | null = null;

/** The maintained list of throw-away mail domains, loaded once per worker, never by the other pages. */
export function loadDisposableDomains(): Promise<(domain: string) => boolean> {
  disposable ??= import('disposable-email-domains-js').then(({ disposableEmailBlocklistSet }) => {
    const set = disposableEmailBlocklistSet();
    return (domain: string) => set.has(domain.toLowerCase());
  });
  return disposable;
}

/** The page's user timings of a report's phases are named `leadfill-report:<phase>`. */
export const REPORT_TIMING_PREFIX = 'leadfill-report:';

/** Where the worker's time went, in milliseconds: the bench splits report_s by them. */
export interface ReportTimings {
  /** The disposable-domain list. */
  setupMs: number;
  /** Reading the report inputs (or waiting for pages of leads the database had not delivered yet). */
  readWaitMs: number;
  /** Counting the leads. */
  countMs: number;
  /** Duplicates and totals once all leads are read. */
  finishMs: number;
}

/** Where the report read its leads from: their report inputs, or (when those are not in step) the leads. */
export type ReadFrom = 'inputs' | 'leads';

/** The stored report inputs of every lead, in one read; null when they are not in step with the leads. */
async function storedInputs(db: LeadfillDb): Promise<{ segments: ReportSegment[] | null; total: number }> {
  return db.transaction('r', [db.leads, db.reportInputs, db.reportInputDelta], async () => {
    const [total, buckets, deltas] = await Promise.all([db.leads.count(), db.reportInputs.toArray(), db.reportInputDelta.orderBy('seq').toArray()]);
    const segments = liveSegments(buckets, deltas);
    // The background writes both in one transaction; a count apart means a copy went wrong.
    return { segments: segments && liveCount(segments) === total ? segments : null, total };
  });
}

export async function computeReport(db: LeadfillDb, job: ReportJob, onProgress: (p: Progress) => void): Promise<{ report: Report; timings: ReportTimings; readFrom: ReadFrom }> {
  const timings: ReportTimings = { setupMs: 0, readWaitMs: 0, countMs: 0, finishMs: 0 };
  let at = performance.now();
  const lap = (phase: keyof ReportTimings) => {
    const now = performance.now();
    timings[phase] += now - at;
    at = now;
  };
  const isDisposableDomain = await loadDisposableDomains();
  const counter = createReport({ ...job, isDisposableDomain });
  lap('setupMs');
  const { segments, total } = await storedInputs(db);
  let done = 0;
  onProgress({ done, total });
  lap('readWaitMs');
  if (segments) {
    forEachInput(segments, (input) => {
      counter.addInput(input);
      if (++done % READ_PAGE === 0 || done === total) onProgress({ done, total });
    });
    lap('countMs');
  } else {
    for await (const leads of leadPages(db, undefined, READ_PAGE)) {
      lap('readWaitMs');
      for (const lead of leads) counter.add(lead);
      done += leads.length;
      // Leads written meanwhile are counted too: the bar never runs past its end.
      onProgress({ done, total: Math.max(total, done) });
      lap('countMs');
    }
    lap('readWaitMs');
  }
  const report = counter.result();
  lap('finishMs');
  return { report, timings, readFrom: segments ? 'inputs' : 'leads' };
}
