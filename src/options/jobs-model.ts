/** Which durable jobs the options page shows, and when a finished one means the lists must reload. */
import type { JobView } from '../shared/messages';

/** Jobs the rep should see: those still running or paused, and those that failed. */
export function visibleJobs(jobs: readonly JobView[]): JobView[] {
  return jobs.filter((j) => j.state === 'running' || j.state === 'paused' || j.state === 'failed');
}

/** Ids of jobs that are done in `next` but were not in `before`: their results changed what lists show. */
export function newlyDone(before: readonly JobView[], next: readonly JobView[]): string[] {
  const wasDone = new Set(before.filter((j) => j.state === 'done').map((j) => j.id));
  return next.filter((j) => j.state === 'done' && !wasDone.has(j.id)).map((j) => j.id);
}
