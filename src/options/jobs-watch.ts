import { browser } from '../shared/browser';
import type { JobView } from '../shared/messages';
import { JOBS_KEY } from '../shared/storage-keys';

/** Calls `onJobs` with the recent durable jobs whenever the background announces a change; returns the unsubscribe. */
export function watchJobs(onJobs: (jobs: JobView[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[JOBS_KEY]?.newValue;
    if (area === 'session' && Array.isArray(next)) onJobs(next as JobView[]);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
