/**
 * The browser's own extension runtime for the content script, without webextension-polyfill: the
 * content script only answers one synchronous request and sends one report, which both Chrome's
 * `chrome` and Firefox's `browser` namespace do natively (the polyfill would add ~3 KB gzipped
 * to every page the script is injected into).
 */

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/**
 * Answers synchronously through `sendResponse` and returns nothing: that works alike in Chrome
 * (which ignores returned Promises before 148) and Firefox.
 */
export type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => undefined;

export interface ContentRuntime {
  id: string;
  onMessage: { addListener(listener: MessageListener): void };
  /** Promise-returning in Firefox's `browser` and in Chrome's `chrome` (MV3) alike. */
  sendMessage(message: unknown): Promise<unknown>;
}

function isDomObject(value: object): boolean {
  return (typeof Node === 'function' && value instanceof Node) || (typeof HTMLCollection === 'function' && value instanceof HTMLCollection);
}

/**
 * Whether `ns` is an extension namespace. The page controls the DOM, and an element with
 * id="browser" shows up as a global of that name (named access) even in the content script's world,
 * with `runtime` as a form field of it: only an object that is no DOM node and whose runtime can
 * send and receive messages counts.
 */
export function isExtensionNamespace(ns: unknown): ns is { runtime: ContentRuntime } {
  if (typeof ns !== 'object' || ns === null || isDomObject(ns)) return false;
  const runtime = (ns as { runtime?: unknown }).runtime;
  if (typeof runtime !== 'object' || runtime === null || isDomObject(runtime)) return false;
  const r = runtime as Partial<Record<keyof ContentRuntime, unknown>>;
  const onMessage = r.onMessage as { addListener?: unknown } | undefined;
  return typeof r.id === 'string' && typeof r.sendMessage === 'function' && typeof onMessage?.addListener === 'function';
}

/** Firefox's `browser` first (Promise-based everywhere), else Chrome's `chrome`; never a page element. */
export function extensionRuntime(scope: object = globalThis): ContentRuntime | null {
  const { browser, chrome } = scope as { browser?: unknown; chrome?: unknown };
  if (isExtensionNamespace(browser)) return browser.runtime;
  if (isExtensionNamespace(chrome)) return chrome.runtime;
  return null;
}
