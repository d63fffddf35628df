/**
 * Reads a tab's page: injects the content script (activeTab or a granted host permission allows it),
 * whose page reader answers as the injection's result (no message, so a page that shadows the
 * extension's globals cannot stop it). The snapshot is checked before the engine reads it.
 */
import type { PageSnapshot } from '../core/detect/snapshot/types';
import { browser } from '../shared/browser';
import { MAX_ANSWER_CHARS } from '../shared/reader-messages';
import { acceptSnapshot } from './snapshot-shape';

export interface PageReading {
  snapshot: PageSnapshot;
  /** Milliseconds until the script ran: the injection's way to the page and its compilation. */
  injectMs: number;
  /** Milliseconds the snapshot took from the end of the reading back to the background. */
  transferMs: number;
  /** Milliseconds the background took to parse the answer and check the snapshot's shape. */
  checkMs: number;
}

/** Milliseconds since 1970 with fractions, comparable across the extension's contexts. */
const clock = (): number => performance.timeOrigin + performance.now();

/**
 * Runs in the page, in the content script's world (serialised by scripting.executeScript, so it
 * names the reader's symbol itself: reader-messages.ts PAGE_READER).
 */
function callPageReader(): unknown {
  const read = (globalThis as Record<symbol, unknown>)[Symbol.for('leadfill.readPage')];
  return typeof read === 'function' ? (read as () => unknown)() : null;
}

/** The snapshot in the page reader's answer (JSON text), or null when the answer is no snapshot the engine may read. */
export function snapshotOfAnswer(answer: unknown): PageSnapshot | null {
  if (typeof answer !== 'string' || answer.length > MAX_ANSWER_CHARS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    return null;
  }
  return acceptSnapshot(parsed);
}

/** The snapshot from the content script in the tab's top frame; null when it answers nonsense. */
async function askReader(tabId: number): Promise<PageSnapshot | null> {
  const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: callPageReader });
  return snapshotOfAnswer(first?.result);
}

/**
 * The snapshot of the tab's top frame, in one round trip: content.js installs the reader and ends by
 * calling it, so the injection's result is the snapshot. Throws when the page cannot be read or
 * answers nonsense.
 */
export async function readTab(tabId: number, now: () => number = clock): Promise<PageReading> {
  const started = now();
  const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['content.js'] });
  const answered = now();
  const snapshot = snapshotOfAnswer(first?.result);
  const checkMs = now() - answered;
  if (!snapshot) throw new Error('the page answered with something that is no page snapshot');
  // The two clocks agree only to a fraction of a millisecond: each phase is kept within the round trip.
  const total = answered - started;
  const transferMs = Math.min(Math.max(0, answered - snapshot.readAt), total - snapshot.readMs);
  return { snapshot, injectMs: Math.max(0, total - snapshot.readMs - transferMs), transferMs, checkMs };
}

/** Asks the content script already in the tab's top frame (a registered one) for a snapshot. */
export const askTopFrame = askReader;
