/**
 * Reads a tab's page: injects the content script (activeTab or a granted host permission allows it)
 * and asks it for a snapshot of the page, which is checked before the engine reads it.
 */
import type { PageSnapshot } from '../core/detect/snapshot/types';
import { browser } from '../shared/browser';
import type { ContentRequest } from '../shared/reader-messages';
import { acceptSnapshot } from './snapshot-shape';

export interface PageReading {
  snapshot: PageSnapshot;
  /** Milliseconds the injection took (the script is compiled afresh in every new page). */
  injectMs: number;
  /** Milliseconds from the request to the answer, the page's reading included. */
  askMs: number;
}

/** The snapshot of the tab's top frame; throws when the page cannot be read or answers nonsense. */
export async function readTab(tabId: number, now: () => number = () => performance.now()): Promise<PageReading> {
  const started = now();
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const injected = now();
  const request: ContentRequest = { type: 'snapshot' };
  const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  const answered = now();
  const snapshot = acceptSnapshot(answer);
  if (!snapshot) throw new Error('the page answered with something that is no page snapshot');
  return { snapshot, injectMs: injected - started, askMs: answered - injected };
}

/** Asks the content script already in the tab's top frame (a registered one) for a snapshot; null when it answers nonsense. */
export async function askTopFrame(tabId: number): Promise<PageSnapshot | null> {
  const request: ContentRequest = { type: 'snapshot' };
  return acceptSnapshot(await browser.tabs.sendMessage(tabId, request, { frameId: 0 }));
}
