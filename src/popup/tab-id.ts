import { appError, Failure } from '../core/errors';
import { browser } from '../shared/browser';

/**
 * Which tab the popup shows: `?tabId=N` when given (tests, the popup opened in its own window),
 * otherwise the active tab of the current window.
 */
export async function resolveTabId(search = location.search): Promise<number> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Failure(appError('no-active-tab'));
  return tab.id;
}
