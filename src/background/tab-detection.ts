/**
 * Runs the detection engine in a tab on demand: injects the content script (activeTab or a granted
 * host permission allows it), asks it to detect, and keeps the answer in session storage so a
 * restarted worker still knows what the page showed.
 */
import * as v from 'valibot';
import type { DetectionResult } from '../core/detect/types';
import { appError, Failure } from '../core/errors';
import { browser } from '../shared/browser';
import type { PageError } from '../shared/messages';
import { isRestrictedPage } from '../shared/site-access';
import { detectionKey } from '../shared/storage-keys';
import { logFailure } from './log';

export interface TabDetection {
  url: string;
  detection: DetectionResult | null;
  error: PageError | null;
}

/** The content script runs in a page that may be hostile: its answer is checked before use. */
const DetectionShape = v.looseObject({
  url: v.string(),
  elapsedMs: v.number(),
  record: v.looseObject({
    phones: v.array(v.unknown()),
    faxes: v.array(v.unknown()),
    emails: v.array(v.unknown()),
    socials: v.array(v.unknown()),
    people: v.array(v.unknown()),
  }),
  candidates: v.pipe(v.array(v.unknown()), v.maxLength(5000)),
});


export async function cachedDetection(tabId: number, url: string): Promise<TabDetection | null> {
  const key = detectionKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabDetection | undefined;
  return stored && stored.url === url ? stored : null;
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

export async function detectInTab(tabId: number): Promise<TabDetection> {
  const url = await tabUrl(tabId);
  if (!url) return { url, detection: null, error: appError('page-no-access') };
  if (isRestrictedPage(url)) return { url, detection: null, error: appError('page-restricted') };
  let result: TabDetection;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'detect' });
    const parsed = v.safeParse(DetectionShape, answer);
    if (!parsed.success) logFailure('detect in tab', new Error(`answer does not fit at ${v.getDotPath(parsed.issues[0]) ?? 'top'}`));
    result = parsed.success
      ? { url, detection: answer as DetectionResult, error: null }
      : { url, detection: null, error: appError('page-failed') };
  } catch (err) {
    // The address was readable, so access was granted: the page itself failed (an error page, a
    // navigation meanwhile, a frame that refused the script).
    logFailure('detect in tab', err);
    result = { url, detection: null, error: appError('page-failed') };
  }
  await browser.storage.session.set({ [detectionKey(tabId)]: result });
  return result;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(detectionKey(tabId));
}

/** The page's last reading if the tab still shows the same address, else a fresh one. */
export async function detectionFor(tabId: number): Promise<TabDetection> {
  return (await cachedDetection(tabId, await tabUrl(tabId))) ?? detectInTab(tabId);
}
