/**
 * What the report page and its worker say to each other. They never leave the extension's origin
 * (a dedicated worker answers only the page that started it), so they are not runtime messages and
 * the background does not see them.
 */
import type { AppError } from '../core/errors';
import type { Report } from '../core/report/report';
import type { Progress, ReportJob, ReportTimings } from './compute-report';

/** Page → worker: count this report. One job per worker; a new selection starts a new worker. */
export interface ReportWorkerRequest {
  job: ReportJob;
}

/** Worker → page. */
export type ReportWorkerMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; report: Report; timings: ReportTimings }
  | { type: 'failed'; error: AppError };
