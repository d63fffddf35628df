/**
 * Runs the detection engine in a tab on demand: injects the content script (activeTab or a granted
 * host permission allows it), asks it to detect, and keeps the answer in session storage so a
 * restarted worker still knows what the page showed.
 */
import * as v from 'valibot';
import type { DetectionResult } from '../core/detect/types';
import { browser } from '../shared/browser';

export interface TabDetection {
  url: string;
  detection: DetectionResult | null;
  error: string | null;
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

const cacheKey = (tabId: number) => `detection:${tabId}`;

export async function cachedDetection(tabId: number, url: string): Promise<TabDetection | null> {
  const key = cacheKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabDetection | undefined;
  return stored && stored.url === url ? stored : null;
}

export async function detectInTab(tabId: number): Promise<TabDetection> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  if (!/^https?:\/\//i.test(url)) {
    return { url, detection: null, error: url ? 'restricted-page' : 'no-access' };
  }
  let result: TabDetection;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'detect' });
    const parsed = v.safeParse(DetectionShape, answer);
    result = parsed.success
      ? { url, detection: answer as DetectionResult, error: null }
      : { url, detection: null, error: 'bad-answer' };
  } catch (err) {
    result = { url, detection: null, error: err instanceof Error ? err.message : String(err) };
  }
  await browser.storage.session.set({ [cacheKey(tabId)]: result });
  return result;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(cacheKey(tabId));
}

/** The page's last reading if the tab still shows the same address, else a fresh one. */
export async function detectionFor(tabId: number): Promise<TabDetection> {
  const tab = await browser.tabs.get(tabId);
  return (await cachedDetection(tabId, tab.url ?? '')) ?? detectInTab(tabId);
}
