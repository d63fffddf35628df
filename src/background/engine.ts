/**
 * The detection engine's home in the extension: the service worker in Chrome, the event page in
 * Firefox. It stays loaded between detections, so the engine runs warm; pages only hand over
 * snapshots (content script) and HTML is parsed into one (html-snapshot.ts).
 */
import { detectSnapshot } from '../core/detect';
import type { PageSnapshot } from '../core/detect/snapshot/types';
import type { DetectionResult } from '../core/detect/types';
import { snapshotHtml } from './html-snapshot';

/** The engine on a snapshot from a tab, a fetched page or a test. */
export function detectPage(snapshot: PageSnapshot): DetectionResult {
  return detectSnapshot(snapshot);
}

/**
 * The engine on a page's HTML as fetched (research): parsed, never run, then read exactly as a live
 * page is. `url` is the page's address after redirects, for its domain and relative links.
 */
export async function detectHtml(html: string, url: string): Promise<DetectionResult> {
  return detectPage(await snapshotHtml(html, url));
}
