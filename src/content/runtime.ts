/**
 * The browser's own extension runtime for the content script, without webextension-polyfill: the
 * content script only answers one synchronous request and sends reports, which both Chrome's
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

const namespaces = globalThis as { browser?: { runtime?: ContentRuntime }; chrome?: { runtime?: ContentRuntime } };

/** Firefox's `browser` first (Promise-based everywhere), else Chrome's `chrome`. */
export const runtime: ContentRuntime = (namespaces.browser?.runtime ?? namespaces.chrome?.runtime)!;
