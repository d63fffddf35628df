/**
 * Content script, injected on demand (popup opened, shortcut) into the page, or registered for the
 * sites where the rep turned automatic detection on. It answers the background's request with a
 * snapshot of the page (plain data: text lines, links, structured data, see core/detect/snapshot);
 * the detection engine itself runs in the background. It never changes the page, never runs page
 * scripts, has no access to the database and reads no settings. Once per page it says it is ready;
 * whether that page is one the rep chose for automatic detection is the background's decision.
 */
import * as v from 'valibot';
import { SNAPSHOT_BUDGET_MS } from '../core/detect/budget';
import { takeSnapshot } from '../core/detect/snapshot';
import { ContentRequestSchema, type ContentAnswer, type ContentReady } from '../shared/reader-messages';
import { extensionRuntime } from './runtime';

const INSTALLED = Symbol.for('leadfill.content');
const scope = globalThis as { [INSTALLED]?: true };
const runtime = extensionRuntime();

// Injection may happen several times into the same page; one listener is enough.
if (runtime && !scope[INSTALLED]) {
  scope[INSTALLED] = true;
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== runtime.id || !v.is(ContentRequestSchema, message)) return undefined;
    const started = performance.now();
    const snapshot: ContentAnswer = takeSnapshot(document, location.href, { now: () => performance.now(), deadline: started + SNAPSHOT_BUDGET_MS });
    // Reading is synchronous, so the answer goes back before the listener returns.
    sendResponse(snapshot);
    return undefined;
  });
  // Only the top frame: automatic detection reads the page the tab shows, not its embeds.
  if (globalThis.top === globalThis.self) {
    const ready: ContentReady = { type: 'content.ready' };
    // The extension may have been reloaded meanwhile: then nobody listens, and the badge stays empty.
    runtime.sendMessage(ready).catch(() => {});
  }
}
