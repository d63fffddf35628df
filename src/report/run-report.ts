/**
 * Builds the report in its own worker (report.worker.ts) and hands the page its progress and figures.
 * The page's main thread only draws: 100,000 leads are read and counted elsewhere.
 */
import { Failure, appError } from '../core/errors';
import type { Report } from '../core/report/report';
import { REPORT_TIMING_PREFIX, type Progress, type ReportJob, type ReportTimings } from './compute-report';
import type { ReportWorkerMessage, ReportWorkerRequest } from './worker-messages';

export type { Progress } from './compute-report';

/**
 * The worker's phases as user timings of the page (DevTools' performance panel shows them; the bench
 * reads them), laid end to end before now.
 */
function noteTimings(timings: ReportTimings): void {
  const phases = Object.entries(timings) as [keyof ReportTimings, number][];
  let start = performance.now() - phases.reduce((sum, [, ms]) => sum + ms, 0);
  for (const [phase, ms] of phases) {
    performance.measure(`${REPORT_TIMING_PREFIX}${phase}`, { start: Math.max(0, start), duration: ms });
    start += ms;
  }
}

/** Runs one report; `signal` stops its worker (the rep chose another selection, or left). */
export function runReport(job: ReportJob, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<Report> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<ReportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      finish();
      if (message.type === 'done') {
        noteTimings(message.timings);
        resolve(message.report);
      }
      else reject(new Failure(message.error));
    };
    // The worker's script failed to load or threw outside its handler.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Failure(appError('unexpected', { name: 'ReportWorkerError' })));
    };
    worker.postMessage({ job } satisfies ReportWorkerRequest);
  });
}
