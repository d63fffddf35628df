/**
 * Reads a tab's page: injects the content script (activeTab or a granted host permission allows it)
 * and calls its page reader in the script's own world (no message, so a page that shadows the
 * extension's globals cannot stop it). The snapshot is checked before the engine reads it.
 */
import type { PageSnapshot } from '../core/detect/snapshot/types';
import { browser } from '../shared/browser';
import { acceptSnapshot } from './snapshot-shape';

export interface PageReading {
  snapshot: PageSnapshot;
  /** Milliseconds the injection took (the script is compiled afresh in every new page). */
  injectMs: number;
  /** Milliseconds from the call to the answer, the page's reading included. */
  askMs: number;
}

/**
 * Runs in the page, in the content script's world (serialised by scripting.executeScript, so it
 * names the reader's symbol itself: reader-messages.ts PAGE_READER).
 */
function callPageReader(): unknown {
  const read = (globalThis as Record<symbol, unknown>)[Symbol.for('leadfill.readPage')];
  return typeof read === 'function' ? (read as () => unknown)() : null;
}

/** The snapshot from the content script in the tab's top frame; null when it answers nonsense. */
async function askReader(tabId: number): Promise<PageSnapshot | null> {
  const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: callPageReader });
  return acceptSnapshot(first?.result);
}

/** The snapshot of the tab's top frame; throws when the page cannot be read or answers nonsense. */
export async function readTab(tabId: number, now: () => number = () => performance.now()): Promise<PageReading> {
  const started = now();
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content.js'] });
  const injected = now();
  const snapshot = await askReader(tabId);
  const answered = now();
  if (!snapshot) throw new Error('the page answered with something that is no page snapshot');
  return { snapshot, injectMs: injected - started, askMs: answered - injected };
}

/** Asks the content script already in the tab's top frame (a registered one) for a snapshot. */
export const askTopFrame = askReader;
