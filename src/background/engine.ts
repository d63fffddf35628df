/**
 * The detection engine's home in the extension: the service worker in Chrome, the event page in
 * Firefox. It stays loaded between detections, so the engine runs warm; pages only hand over
 * snapshots (the content script for live tabs, html-detection.ts for fetched HTML).
 */
import { detectSnapshot } from '../core/detect';
import type { PageSnapshot } from '../core/detect/snapshot/types';
import type { DetectionResult } from '../core/detect/types';
import { capRecord } from './report-shape';

let ran = false;

/** Whether the engine has run in this context (its first run compiles its code and expressions). */
export function engineHasRun(): boolean {
  return ran;
}

/**
 * The engine on a snapshot from a tab, a fetched page or a test. The page wrote what the snapshot says:
 * the record leaves here cut to the capped shape automatic reports are checked by (report-shape.ts),
 * so no oversized value and no address other than a web address reaches the leads or the views.
 */
export function detectPage(snapshot: PageSnapshot): DetectionResult {
  ran = true;
  const result = detectSnapshot(snapshot);
  return { ...result, record: capRecord(result.record) };
}
