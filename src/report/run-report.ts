/**
 * Builds the report in the page over every stored lead, a chunk at a time, handing the browser back
 * between chunks (progress bar painted, clicks answered). The disposable-domain list is loaded here,
 * lazily, the first time a report runs: it never reaches the content script or the other pages.
 */
import { createReport, type Report, type ReportOptions } from '../core/report/report';
import type { LeadfillDb } from '../shared/db/schema';
import { readLeadsInChunks } from './read-leads';

export interface Progress {
  done: number;
  total: number;
}

let disposable: Promise<(domain: string) => boolean> | null = null;

/** The maintained list of throw-away mail domains, loaded once per page. */
export function loadDisposableDomains(): Promise<(domain: string) => boolean> {
  disposable ??= import('disposable-email-domains-js').then(({ disposableEmailBlocklistSet }) => {
    const set = disposableEmailBlocklistSet();
    return (domain: string) => set.has(domain.toLowerCase());
  });
  return disposable;
}

/** Leads counted between two looks at the event loop: a few milliseconds of work, so clicks and paints get through. */
const SLICE = 200;

/**
 * Hands the browser back for one turn. Not setTimeout: nested timers are clamped to 4 ms, which 500
 * slices would turn into seconds.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export async function runReport(db: LeadfillDb, options: Omit<ReportOptions, 'isDisposableDomain'>, onProgress: (p: Progress) => void): Promise<Report> {
  const [isDisposableDomain, total] = await Promise.all([loadDisposableDomains(), db.leads.count()]);
  const report = createReport({ ...options, isDisposableDomain });
  let done = 0;
  onProgress({ done, total });
  await readLeadsInChunks(db, async (leads) => {
    for (let i = 0; i < leads.length; i += SLICE) {
      for (const lead of leads.slice(i, i + SLICE)) report.add(lead);
      done += Math.min(SLICE, leads.length - i);
      onProgress({ done, total: Math.max(total, done) });
      await nextTask();
    }
  });
  return report.result();
}
