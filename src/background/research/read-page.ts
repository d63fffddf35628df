/**
 * The engine on a page research fetched: parsed, never run (html-detection.ts), read like a live
 * page; its links go back to the research plan.
 */
import type { LinkInput } from '../../core/research/link-ranking';
import type { DetectionRecord } from '../../core/detect/types';
import { detectPage } from '../engine';
import { snapshotHtml } from '../html-detection';

export async function readFetchedPage(html: string, url: string): Promise<{ record: DetectionRecord; links: LinkInput[] }> {
  const snapshot = await snapshotHtml(html, url);
  return { record: detectPage(snapshot).record, links: snapshot.links };
}
