/**
 * Content script, injected on demand (popup opened, shortcut) into the page. It answers the
 * background's "detect" with what the engine reads off the page, and does nothing else: it never
 * changes the page, never runs page scripts, and has no access to the database.
 */
import { detect } from '../core/detect';
import { browser, type Runtime } from '../shared/browser';

const INSTALLED = Symbol.for('leadfill.content');
const scope = globalThis as { [INSTALLED]?: true };

// Injection may happen several times into the same page; one listener is enough.
if (!scope[INSTALLED]) {
  scope[INSTALLED] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'detect') return undefined;
    return Promise.resolve(detect(document, location.href));
  });
}
