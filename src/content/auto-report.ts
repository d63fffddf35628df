/**
 * The automatic case: on a site where the rep turned automatic detection on, the registered content
 * script reads the page once it has loaded and reports to the background, which only sets the badge
 * from it. On any other page (the script injected on demand) this does nothing.
 */
import { detect } from '../core/detect';
import type { ContentRuntime } from './runtime';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

const namespaces = globalThis as { browser?: { storage?: { local?: StorageArea } }; chrome?: { storage?: { local?: StorageArea } } };

/** Whether the rep chose this origin (settings.autoDetectOrigins, written only by the background). */
export async function isAutoSite(origin: string, local = namespaces.browser?.storage?.local ?? namespaces.chrome?.storage?.local): Promise<boolean> {
  if (!local) return false;
  const settings = (await local.get('settings'))['settings'] as { autoDetectOrigins?: unknown } | undefined;
  const origins = settings?.autoDetectOrigins;
  return Array.isArray(origins) && origins.includes(origin);
}

export async function reportIfAutoSite(runtime: ContentRuntime): Promise<void> {
  if (globalThis.top !== globalThis.self) return;
  try {
    if (!(await isAutoSite(location.origin))) return;
    const { url, record, elapsedMs } = detect(document, location.href);
    // The record is all the badge needs; the ranked candidates stay in the page.
    await runtime.sendMessage({ type: 'content.detected', result: { url, record, candidates: [], elapsedMs } });
  } catch {
    // The extension was reloaded or the worker refused: the badge just stays empty.
  }
}
