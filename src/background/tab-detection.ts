/**
 * Detection in a tab on demand: the content script reads the page into a snapshot (page-reading.ts),
 * the engine reads the snapshot here in the background, and the answer is kept in session storage so
 * a restarted worker (and the side panel) still knows what the page showed.
 */
import type { DetectionRecord, DetectionResult } from '../core/detect/types';
import { appError, Failure, orThrow } from '../core/errors';
import { checkSeen, readingDigest, type SeenPage } from '../core/lead/seen-page';
import { browser } from '../shared/browser';
import type { PageError, ReadTimings } from '../shared/messages';
import { isRestrictedPage } from '../shared/site-access';
import { detectionKey } from '../shared/storage-keys';
import { detectPage } from './engine';
import { warmBeforeFirstRun } from './engine-warmup';
import { logFailure } from './log';
import { readTab } from './page-reading';

export interface TabDetection {
  url: string;
  detection: DetectionResult | null;
  error: PageError | null;
  /** The reading's digest (core/lead/seen-page.ts), taken before the cache caps it. */
  digest: string;
  timings?: ReadTimings;
}

/** Session storage is small and shared by every tab: the cache keeps the record, a capped one. */
const CACHED_PER_LIST = 50;

/** What the cache keeps of a detection: the record with its lists capped, no candidates. */
export function cacheable(d: TabDetection): TabDetection {
  if (!d.detection) return { url: d.url, detection: null, error: d.error, digest: d.digest };
  const r = d.detection.record;
  const cap = <T>(list: readonly T[]) => list.slice(0, CACHED_PER_LIST);
  const record: DetectionRecord = { ...r, phones: cap(r.phones), faxes: cap(r.faxes), emails: cap(r.emails), socials: cap(r.socials), people: cap(r.people) };
  return { url: d.url, detection: { ...d.detection, record, candidates: [] }, error: d.error, digest: d.digest };
}

/** The session store's slice this module uses; the tests pass one that refuses writes. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const session = (): SessionArea => browser.storage.session as unknown as SessionArea;

/**
 * Session writes still under way, per tab. The popup gets its answer without waiting for the copy in
 * session storage (a write takes milliseconds the rep would wait for); whoever reads the cache next
 * waits for the write first, so an action right after the answer finds the reading it acts on.
 */
const writing = new Map<number, Promise<void>>();

function keepInBackground(tabId: number, d: TabDetection, store: SessionArea): void {
  const write: Promise<void> = (writing.get(tabId) ?? Promise.resolve()).then(() => remember(tabId, d, store)).finally(() => {
    if (writing.get(tabId) === write) writing.delete(tabId);
  });
  writing.set(tabId, write);
}

/** Resolves when the tab's reading is in session storage (tests, and readers of the cache). */
export async function written(tabId: number): Promise<void> {
  await writing.get(tabId);
}

export async function cachedDetection(tabId: number, url: string, store: SessionArea = session()): Promise<TabDetection | null> {
  await written(tabId);
  const key = detectionKey(tabId);
  const stored = (await store.get(key))[key] as TabDetection | undefined;
  // A reading cached by a build without digests is read again rather than trusted.
  return stored && stored.url === url && typeof stored.digest === 'string' ? stored : null;
}

/**
 * Keeps the reading for later. A refused write (the session quota is full) costs only the cache:
 * the answer in hand is still right, and the next look reads the page again.
 */
export async function remember(tabId: number, d: TabDetection, store: SessionArea = session()): Promise<void> {
  try {
    await store.set({ [detectionKey(tabId)]: cacheable(d) });
  } catch (err) {
    logFailure('cache the page reading', err);
    await store.remove(detectionKey(tabId)).catch(() => {});
  }
}

/**
 * The tab's address. Without the "tabs" permission the browser tells it only where Leadfill may read
 * (activeTab or a granted host permission), so an empty one means no access yet.
 */
async function tabUrl(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) throw new Failure(appError('tab-gone'));
  return tab.url ?? '';
}

/**
 * The page in the tab read and detected now; the engine's clock runs in the background. `addressKnown`
 * hears the tab's address before the page is read, so work that needs only the address (research's
 * cache) runs while the page is read instead of after it.
 */
export async function detectInTab(tabId: number, store: SessionArea = session(), addressKnown?: (url: string) => void): Promise<TabDetection> {
  const url = await tabUrl(tabId);
  if (url) addressKnown?.(url);
  if (!url) return { url, detection: null, error: appError('page-no-access'), digest: await readingDigest(null) };
  if (isRestrictedPage(url)) return { url, detection: null, error: appError('page-restricted'), digest: await readingDigest(null) };
  let result: TabDetection;
  try {
    const read = readTab(tabId);
    // The browser reads the page meanwhile; the answer may have waited for this, at most warmMs.
    const warmMs = warmBeforeFirstRun();
    const reading = await read;
    const started = performance.now();
    const detection = detectPage(reading.snapshot);
    const detectMs = performance.now() - started;
    const snapshotMs = reading.snapshot.readMs;
    const digest = await readingDigest(detection.record);
    result = {
      url,
      detection,
      error: null,
      digest,
      timings: { injectMs: reading.injectMs, snapshotMs, transferMs: Math.max(0, reading.transferMs - warmMs), warmMs, checkMs: reading.checkMs, detectMs, digestMs: performance.now() - started - detectMs },
    };
  } catch (err) {
    // The address was readable, so access was granted: the page itself failed (an error page, a
    // navigation meanwhile, a frame that refused the script, an answer that is no snapshot).
    logFailure('detect in tab', err);
    result = { url, detection: null, error: appError('page-failed'), digest: await readingDigest(null) };
  }
  keepInBackground(tabId, result, store);
  return result;
}

export async function forgetTab(tabId: number): Promise<void> {
  await written(tabId);
  await browser.storage.session.remove(detectionKey(tabId));
}

async function readingAt(tabId: number, url: string): Promise<TabDetection> {
  return (await cachedDetection(tabId, url)) ?? detectInTab(tabId);
}

/** The page's last reading if the tab still shows the same address, else a fresh one. */
export async function detectionFor(tabId: number): Promise<TabDetection> {
  return readingAt(tabId, await tabUrl(tabId));
}

/**
 * The page's reading, provided the tab still shows what the rep saw (`seen`): the same address and the
 * same reading. Refused with "page-changed" otherwise, so an action never stores what the page showed
 * after the rep looked. At another address the page is not read at all: the address alone decides.
 */
export async function detectionAsSeen(tabId: number, seen: SeenPage): Promise<TabDetection> {
  const url = await tabUrl(tabId);
  const d = url === seen.url ? await readingAt(tabId, url) : null;
  orThrow(checkSeen(seen, { url, digest: d?.digest ?? '' }));
  return d!;
}
