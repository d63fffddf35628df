import { browser } from '../shared/browser';
import type { ImportProgress } from '../shared/messages';
import { IMPORT_PROGRESS_KEY } from '../shared/storage-keys';

/** Calls `onProgress` whenever the background reports progress on the import named `batch`; returns the unsubscribe. */
export function watchImportProgress(batch: string, onProgress: (p: { done: number; total: number }) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[IMPORT_PROGRESS_KEY]?.newValue as ImportProgress | undefined;
    if (area === 'session' && next?.batch === batch) onProgress({ done: next.done, total: next.total });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
