/**
 * Reads every stored lead and counts the report, in one pass: the body of the report worker, written
 * against a database handle so the unit tests run the same code over fake-indexeddb. The next page is
 * requested before the current one is counted, so the database reads while the figures are added up.
 */
import { createReport, type Report, type ReportOptions } from '../core/report/report';
import type { LeadfillDb } from '../shared/db/schema';
import { leadPages } from '../shared/db/lead-pages';

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
  /** The disposable-domain list and the lead count. */
  setupMs: number;
  /** Waiting for pages of leads the database had not delivered yet. */
  readWaitMs: number;
  /** Counting the leads, page by page. */
  countMs: number;
  /** Duplicates and totals once all leads are read. */
  finishMs: number;
}

export async function computeReport(db: LeadfillDb, job: ReportJob, onProgress: (p: Progress) => void): Promise<{ report: Report; timings: ReportTimings }> {
  const timings: ReportTimings = { setupMs: 0, readWaitMs: 0, countMs: 0, finishMs: 0 };
  let at = performance.now();
  const lap = (phase: keyof ReportTimings) => {
    const now = performance.now();
    timings[phase] += now - at;
    at = now;
  };
  const [isDisposableDomain, total] = await Promise.all([loadDisposableDomains(), db.leads.count()]);
  const counter = createReport({ ...job, isDisposableDomain });
  let done = 0;
  onProgress({ done, total });
  lap('setupMs');
  for await (const leads of leadPages(db, undefined, READ_PAGE)) {
    lap('readWaitMs');
    for (const lead of leads) counter.add(lead);
    done += leads.length;
    // Leads written meanwhile are counted too: the bar never runs past its end.
    onProgress({ done, total: Math.max(total, done) });
    lap('countMs');
  }
  lap('readWaitMs');
  const report = counter.result();
  lap('finishMs');
  return { report, timings };
}
