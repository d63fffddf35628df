/**
 * Reads every stored lead and counts the report, in one pass: the body of the report worker, written
 * against a database handle so the unit tests run the same code over fake-indexeddb. The next page is
 * requested before the current one is counted, so the database reads while the figures are added up.
 */
import { createReport, type Report, type ReportOptions } from '../core/report/report';
import type { LeadfillDb } from '../shared/db/schema';
import { readLeadPages } from './read-leads';

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

export async function computeReport(db: LeadfillDb, job: ReportJob, onProgress: (p: Progress) => void): Promise<Report> {
  const [isDisposableDomain, total] = await Promise.all([loadDisposableDomains(), db.leads.count()]);
  const report = createReport({ ...job, isDisposableDomain });
  let done = 0;
  onProgress({ done, total });
  for await (const leads of readLeadPages(db)) {
    for (const lead of leads) report.add(lead);
    done += leads.length;
    // Leads written meanwhile are counted too: the bar never runs past its end.
    onProgress({ done, total: Math.max(total, done) });
  }
  return report.result();
}
