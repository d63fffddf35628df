/**
 * The one place that imports webextension-polyfill: every other module gets `browser` from here,
 * so tests can swap it and the Chrome/Firefox differences stay in one file.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Manifest, Runtime, Tabs } from 'webextension-polyfill';

/** The extension's own origin with a trailing slash, e.g. "chrome-extension://abc/". */
export function extensionOrigin(): string {
  return browser.runtime.getURL('');
}
