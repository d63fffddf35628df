/**
 * Builds the report in its own worker (report.worker.ts) and hands the page its progress and figures.
 * The page's main thread only draws: 100,000 leads are read and counted elsewhere.
 */
import { Failure, appError } from '../core/errors';
import type { Report } from '../core/report/report';
import type { Progress, ReportJob } from './compute-report';
import type { ReportWorkerMessage, ReportWorkerRequest } from './worker-messages';

export type { Progress } from './compute-report';

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
      if (message.type === 'done') resolve(message.report);
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
