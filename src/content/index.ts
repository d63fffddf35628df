/**
 * Content script, injected on demand (popup opened, shortcut) into the page, or registered for the
 * sites where the rep turned automatic detection on. It answers the background's "detect" with what
 * the engine reads off the page: it never changes the page, never runs page scripts, has no access to
 * the database and reads no settings. Once per page it says it is ready; whether that page is one
 * the rep chose for automatic detection is the background's decision (auto-detect.ts), which then
 * asks for a detection like the popup does.
 */
import { detect } from '../core/detect';
import type { ContentReady } from '../shared/messages';
import { runtime } from './runtime';

const INSTALLED = Symbol.for('leadfill.content');
const scope = globalThis as { [INSTALLED]?: true };

// Injection may happen several times into the same page; one listener is enough.
if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== runtime.id) return undefined;
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'detect') return undefined;
    // Detection is synchronous, so the answer goes back before the listener returns.
    sendResponse(detect(document, location.href));
    return undefined;
  });
  // Only the top frame: automatic detection reads the page the tab shows, not its embeds.
  if (globalThis.top === globalThis.self) {
    const ready: ContentReady = { type: 'content.ready' };
    // The extension may have been reloaded meanwhile: then nobody listens, and the badge stays empty.
    runtime.sendMessage(ready).catch(() => {});
  }
}
