/**
 * Content script, injected on demand (popup opened, shortcut) into the page, or registered for the
 * sites where the rep turned automatic detection on (then it also reports the page once, see
 * auto-report.ts). It answers the background's "detect" with what the engine reads off the page: it never
 * changes the page, never runs page scripts, and has no access to the database.
 */
import { detect } from '../core/detect';
import { reportIfAutoSite } from './auto-report';
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
  void reportIfAutoSite(runtime);
}
