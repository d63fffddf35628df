/**
 * The report's dedicated worker: reads 100,000 leads and counts their figures off the page's main
 * thread, so the page keeps painting its progress bar and answering the rep while it runs. It opens
 * the extension's database itself (same origin as the page), and posts progress after every page read.
 */
import { asAppError } from '../core/errors';
import { db } from '../shared/db/db';
import { computeReport } from './compute-report';
import type { ReportWorkerMessage, ReportWorkerRequest } from './worker-messages';

const post = (message: ReportWorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ReportWorkerRequest>) => {
  try {
    const { report, timings } = await computeReport(db, event.data.job, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', report, timings });
  } catch (err) {
    post({ type: 'failed', error: asAppError(err) });
  } finally {
    db.close();
  }
};
