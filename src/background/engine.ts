/**
 * The detection engine's home in the extension: the service worker in Chrome, the event page in
 * Firefox. It stays loaded between detections, so the engine runs warm; pages only hand over
 * snapshots (the content script for live tabs, html-detection.ts for fetched HTML).
 */
import { detectSnapshot } from '../core/detect';
import type { PageSnapshot } from '../core/detect/snapshot/types';
import type { DetectionResult } from '../core/detect/types';

let detected = false;

/** The engine on a snapshot from a tab, a fetched page or a test. */
export function detectPage(snapshot: PageSnapshot): DetectionResult {
  detected = true;
  return detectSnapshot(snapshot);
}

/** Whether the engine has run in this context (warm-up included). */
export function hasDetected(): boolean {
  return detected;
}
